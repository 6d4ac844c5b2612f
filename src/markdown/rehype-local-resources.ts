/**
 * Keeps the promise that a page requests nothing from other origins: an image
 * (the only embedded resource the sanitiser lets through) whose address points
 * elsewhere loses it. Runs after the sanitiser, which has already removed
 * javascript: and data: addresses.
 */
import type { Element, Root } from 'hast';
import { visit } from 'unist-util-visit';
import { isSameSiteAddress } from '../lib/external-links.ts';

export function rehypeLocalResources() {
	return (tree: Root) => {
		visit(tree, 'element', (node: Element) => {
			const src = node.properties.src;
			if (typeof src === 'string' && !isSameSiteAddress(src)) delete node.properties.src;
		});
	};
}
