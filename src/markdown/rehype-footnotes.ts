import type { Element, Root } from 'hast';
import { visit } from 'unist-util-visit';
import { footnoteIdPrefix } from '../lib/page-ids.ts';

const itemPrefix = `${footnoteIdPrefix}fn-`;
const refPrefix = `#${itemPrefix}`;

/**
 * The name of a footnote's 「↩」: which footnote it leaves, so a list of the page's links tells them apart
 * (WCAG 2.4.4); the second and later for a note referred to more than once say which reference they return to.
 */
const backLabel = (label: string, nth: number) => `脚注${label}の${nth > 1 ? `${nth}つ目の` : ''}参照箇所に戻る`;

/**
 * Footnotes as the plan has them. GFM renumbers footnotes 1, 2, 3 in order
 * of use; plans number theirs through the whole document ([^6] in chapter 3):
 * show the author's number. The 「↩」 back to the reference is the site's,
 * not the plan's: it stays out of the search index and its excerpts.
 */
export function rehypeFootnotes() {
	return (tree: Root) => {
		visit(tree, 'element', (node: Element) => {
			const href = node.properties.href;
			if (node.tagName === 'a' && node.properties.dataFootnoteRef !== undefined && typeof href === 'string' && href.startsWith(refPrefix)) {
				node.children = [{ type: 'text', value: decodeURIComponent(href.slice(refPrefix.length)) }];
			}
			if (node.tagName === 'a' && node.properties.dataFootnoteBackref !== undefined) node.properties.dataPagefindIgnore = '';
			const id = node.properties.id;
			if (node.tagName === 'li' && typeof id === 'string' && id.startsWith(itemPrefix)) {
				const label = id.slice(itemPrefix.length);
				if (/^\d+$/.test(label)) node.properties.value = label;
				let nth = 0;
				visit(node, 'element', (child: Element) => {
					if (child.tagName === 'a' && child.properties.dataFootnoteBackref !== undefined) child.properties.ariaLabel = backLabel(decodeURIComponent(label), ++nth);
				});
			}
		});
	};
}
