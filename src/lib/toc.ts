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
