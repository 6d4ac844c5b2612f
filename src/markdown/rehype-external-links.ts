/** Marks links to other sites in chapter and glossary text (see lib/external-links.ts). */
import type { Element, Root } from 'hast';
import { visit } from 'unist-util-visit';
import { externalLinkMark, externalLinkRel, isExternalHref } from '../lib/external-links.ts';

export function rehypeExternalLinks() {
	return (tree: Root) => {
		visit(tree, 'element', (node: Element) => {
			if (node.tagName !== 'a' || typeof node.properties.href !== 'string' || !isExternalHref(node.properties.href)) return;
			node.properties.rel = externalLinkRel;
			node.children.push({ type: 'element', tagName: 'span', properties: { className: ['external-mark'], dataPagefindIgnore: '' }, children: [{ type: 'text', value: externalLinkMark }] });
		});
	};
}
