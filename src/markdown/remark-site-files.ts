/**
 * Puts links and images to files addressed from the site's root (`/images/zu1.png`, in public/) under the
 * deployment base, as the build's own pages are (routes.ts): one content folder builds a site at `/` and
 * sub-path sites (`/pref12/`) alike.
 */
import type { Root } from 'mdast';
import { visit } from 'unist-util-visit';
import { fileUnderBase } from '../lib/routes.ts';

export function remarkSiteFiles() {
	return (tree: Root) => {
		visit(tree, ['link', 'image', 'definition'], (node) => {
			if ('url' in node && typeof node.url === 'string') node.url = fileUnderBase(node.url);
		});
	};
}
