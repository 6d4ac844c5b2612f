/** Marks links to other sites in chapter and glossary text (see lib/external-links.ts). */
import type { Element, Root } from 'hast';
import { toString } from 'hast-util-to-string';
import { visit } from 'unist-util-visit';
import { externalLinkMark, externalLinkRel, isExternalHref, showsItsAddressClass } from '../lib/external-links.ts';

export function rehypeExternalLinks() {
	return (tree: Root) => {
		visit(tree, 'element', (node: Element) => {
			if (node.tagName !== 'a' || typeof node.properties.href !== 'string' || !isExternalHref(node.properties.href)) return;
			node.properties.rel = externalLinkRel;
			if (toString(node) === node.properties.href) node.properties.className = [...((node.properties.className as string[] | undefined) ?? []), showsItsAddressClass];
			node.children.push({ type: 'element', tagName: 'span', properties: { className: ['external-mark'], dataPagefindIgnore: '' }, children: [{ type: 'text', value: externalLinkMark }] });
		});
	};
}
