/** Nests a flat heading list (depth, slug, text) into a tree for a table of contents. */
export interface TocItem {
	depth: number;
	slug: string;
	text: string;
	children: TocItem[];
}

export function nestHeadings(headings: Array<{ depth: number; slug: string; text: string }>): TocItem[] {
	const root: TocItem[] = [];
	const stack: TocItem[] = [];
	for (const heading of headings) {
		const item = { depth: heading.depth, slug: heading.slug, text: heading.text, children: [] };
		while (stack.length > 0 && stack.at(-1)!.depth >= item.depth) stack.pop();
		(stack.at(-1)?.children ?? root).push(item);
		stack.push(item);
	}
	return root;
}

/** Headings that are sections of the document (not GFM's 脚注 heading). */
export const sectionHeadings = <T extends { slug: string }>(headings: T[]) => headings.filter((h) => h.slug !== 'footnote-label');
