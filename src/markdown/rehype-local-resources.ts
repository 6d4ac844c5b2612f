/**
 * Keeps the promise that a page requests nothing from other origins: an image
 * (the only embedded resource the sanitiser lets through) whose address points
 * elsewhere loses it. Runs after the sanitiser, which has already removed
 * javascript: and data: addresses.
 */
import type { Element, Root } from 'hast';
import { visit } from 'unist-util-visit';

/**
 * A path on this site: no scheme and not protocol-relative (//host/…), read
 * as a browser reads it: tabs and newlines anywhere are dropped, so
 * `/&#9;/host/x.png` is //host/x.png.
 */
export const isSameSiteAddress = (url: string) => !/^[\x00-\x20]*([a-z][a-z0-9+.-]*:|[/\\]{2})/i.test(url.replace(/[\t\n\r]/g, ''));

export function rehypeLocalResources() {
	return (tree: Root) => {
		visit(tree, 'element', (node: Element) => {
			const src = node.properties.src;
			if (typeof src === 'string' && !isSameSiteAddress(src)) delete node.properties.src;
		});
	};
}
