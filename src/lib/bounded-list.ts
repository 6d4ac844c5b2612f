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

/** What a page shared by the whole site shows of one prefecture: the items of its first few plans, and how many of its plans it leaves out. */
export interface PrefectureExcerpt<T> {
	prefecture: { code: string; name: string };
	/** The items of the prefecture's first plans, a plan's items together. */
	shown: T[];
	/** Plans of the prefecture left out. */
	morePlans: number;
}

/** Groups items by prefecture (in the order they come) and keeps each prefecture's first `limit` plans. */
export function firstPlansOfEachPrefecture<T extends { planId: string; prefecture: { code: string; name: string } }>(
	items: readonly T[],
	limit = itemsPerPrefecture,
): Array<PrefectureExcerpt<T>> {
	const groups = new Map<string, { prefecture: T['prefecture']; plans: Map<string, T[]> }>();
	for (const item of items) {
		if (!groups.has(item.prefecture.code)) groups.set(item.prefecture.code, { prefecture: item.prefecture, plans: new Map() });
		const { plans } = groups.get(item.prefecture.code)!;
		if (!plans.has(item.planId)) plans.set(item.planId, []);
		plans.get(item.planId)!.push(item);
	}
	return [...groups.values()].map(({ prefecture, plans }) => {
		const { shown, more } = bounded([...plans.values()], limit);
		return { prefecture: { code: prefecture.code, name: prefecture.name }, shown: shown.flat(), morePlans: more };
	});
}
