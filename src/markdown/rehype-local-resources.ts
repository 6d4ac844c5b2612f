/**
 * Keeps the promise that a page requests nothing from other origins: an image
 * (the only embedded resource the sanitiser lets through) whose address points
 * elsewhere becomes a link to it, named by its text alternative, which the
 * resident may follow (an empty image would be all they got). Runs after the
 * sanitiser, which has already removed javascript: and data: addresses, and
 * before rehype-external-links, which marks the link as going to another site.
 */
import type { Element, ElementContent, Root } from 'hast';
import { SKIP, visit } from 'unist-util-visit';
import { isSameSiteAddress } from '../lib/external-links.ts';

export function rehypeLocalResources() {
	return (tree: Root) => {
		visit(tree, 'element', (node: Element, index, parent) => {
			const src = node.properties.src;
			if (typeof src !== 'string' || isSameSiteAddress(src)) return;
			delete node.properties.src;
			if (node.tagName !== 'img' || !parent || index === undefined) return;
			const name: ElementContent = { type: 'text', value: `図: ${String(node.properties.alt ?? '')}` };
			// Inside a link already, the words alone: a link holds no other link.
			const insideLink = parent.type === 'element' && parent.tagName === 'a';
			parent.children[index] = insideLink ? name : { type: 'element', tagName: 'a', properties: { href: src }, children: [name] };
			return SKIP;
		});
	};
}
