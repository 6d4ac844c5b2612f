/** The text a reader reads as a page's content: without what the site adds around it (term tips, permalinks, related links, navigation lists marked data-pagefind-ignore). */
import type { Element, Root } from 'hast';
import { toString } from 'hast-util-to-string';
import { SKIP, visit } from 'unist-util-visit';

export function readingText(element: Element): string {
	const root: Root = { type: 'root', children: [structuredClone(element)] };
	visit(root, 'element', (node: Element, index, parent) => {
		if (node.properties.dataPagefindIgnore === undefined || !parent || index === undefined) return;
		parent.children.splice(index, 1);
		return [SKIP, index];
	});
	return toString(root);
}
