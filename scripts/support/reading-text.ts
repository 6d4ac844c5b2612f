/** The text a reader reads as a page's content: without what the site adds around it (term tips, permalinks, related links, navigation lists marked data-pagefind-ignore). */
import type { Element, Root } from 'hast';
import { toString } from 'hast-util-to-string';
import { SKIP, visit } from 'unist-util-visit';

/** A copy of `element` without what the search index leaves out (data-pagefind-ignore and everything in it). */
export function indexedTree(element: Element): Root {
	const root: Root = { type: 'root', children: [structuredClone(element)] };
	visit(root, 'element', (node: Element, index, parent) => {
		if (node.properties.dataPagefindIgnore === undefined || !parent || index === undefined) return;
		parent.children.splice(index, 1);
		return [SKIP, index];
	});
	return root;
}

export const readingText = (element: Element): string => toString(indexedTree(element));
