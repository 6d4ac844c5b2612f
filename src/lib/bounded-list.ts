/**
 * Lists that would grow with the whole site (all plans of a prefecture, all
 * sections on a theme, every use of a term) show a fixed number of items on
 * shared pages and link to the rest, so no page grows with the site.
 */

/** Items shown per prefecture on the home page, theme pages, the comparison matrix and term pages. */
export const itemsPerPrefecture = 3;

export interface BoundedList<T> {
	shown: T[];
	/** How many were left out. */
	more: number;
}

export function bounded<T>(items: readonly T[], limit = itemsPerPrefecture): BoundedList<T> {
	return { shown: items.slice(0, limit), more: Math.max(0, items.length - limit) };
}

/** Items per page on a page listing one prefecture's items (paginated: a prefecture may have many plans). */
export const itemsPerPage = 30;
