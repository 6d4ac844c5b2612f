/** Nests a chapter's flat section list (depth, id, text) into a tree for a table of contents. */
export interface TocItem {
	depth: number;
	id: string;
	text: string;
	children: TocItem[];
}

export function nestHeadings(headings: Array<{ depth: number; id: string; text: string }>): TocItem[] {
	const root: TocItem[] = [];
	const stack: TocItem[] = [];
	for (const heading of headings) {
		const item = { depth: heading.depth, id: heading.id, text: heading.text, children: [] };
		while (stack.length > 0 && stack.at(-1)!.depth >= item.depth) stack.pop();
		(stack.at(-1)?.children ?? root).push(item);
		stack.push(item);
	}
	return root;
}

/** Longest contents list that still lists h4 headings: past it, a reader scans and a keyboard tabs through too much before the text. */
export const contentsListLength = 30;

/** The headings a chapter's contents list: h2–h4, or h2–h3 when the h4s would make the list longer than contentsListLength. */
export function contentsHeadings<T extends { depth: number }>(headings: readonly T[]): T[] {
	const upTo = (depth: number) => headings.filter((h) => h.depth >= 2 && h.depth <= depth);
	const withH4 = upTo(4);
	return withH4.length <= contentsListLength ? withH4 : upTo(3);
}

/** A chapter's table of contents: its contents headings (contentsHeadings), nested; empty when it has none. */
export const contentsTree = <T extends { depth: number; id: string; text: string }>(headings: readonly T[]): TocItem[] => nestHeadings(contentsHeadings(headings));
