/**
 * What Pagefind indexes: the built page with its text width-folded
 * (foldWidth), so ＤＸ and DX are one word in the index (Pagefind lower-cases
 * words itself; excerpts keep their capitals). Only the
 * index sees this; the page in dist/ keeps the text as published. Attributes
 * (the result title in data-pagefind-meta) are left as they are.
 */
import type { Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import { visit } from 'unist-util-visit';
import { foldWidth } from './normalize.ts';

export function htmlForIndex(html: string): string {
	const tree: Root = fromHtml(html);
	visit(tree, 'text', (node) => {
		node.value = foldWidth(node.value);
	});
	return toHtml(tree);
}
