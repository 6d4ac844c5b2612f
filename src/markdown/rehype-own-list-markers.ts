/**
 * Plans write their own mark at the start of each list item (・次第, ▶ 個人,
 * ① 安全, （１）…, ア …), and the text keeps it verbatim. A list whose every
 * item starts with such a mark gets the class `own-markers`, and the
 * stylesheet drops the browser's bullet or number there: it would be a second
 * mark (「• ・次第」, 「1. (1) …」). The list stays a <ul>/<ol>. A list with
 * one item without a mark keeps the browser's.
 */
import type { Element, Root } from 'hast';
import { toString } from 'hast-util-to-string';
import { CONTINUE, SKIP, visit } from 'unist-util-visit';
import { headingNumberText } from '../lib/heading-numbering.ts';
import { kanaNumbers } from '../lib/importer/detect-headings.ts';

const ownMarkersClass = 'own-markers';

/** Bullets plans print before an item, the text right after them or after a space (・次第, ▶ 個人). */
const bullets = new Set('・●○◯■□◆◇▶▷►➢※-–—');

/** A number, a letter or ア イ ウ … as plans number list items. */
const itemLabel = `[0-9０-９]+|[A-Za-zＡ-Ｚａ-ｚ]|[${kanaNumbers}]`;
/**
 * List numbering beyond what headings use (headingNumberText: ①, （１）, １．, １ ):
 * ⑴, a number, letter or kana in brackets or before a closing one (（ア）, 1), a)),
 * and ア イ ウ before a separator (ア alone would also start アプリ).
 */
const listNumbering = new RegExp(`^(?:[⑴-⒇]|[（(［[〔](?:${itemLabel})[）)］\\]〕]|(?:${itemLabel})[）)]|[${kanaNumbers}][\\s\\u3000．.、])`);

function startsWithOwnMarker(item: Element): boolean {
	const text = toString(item).trimStart();
	return bullets.has(text.charAt(0)) || headingNumberText(text) !== undefined || listNumbering.test(text);
}

function carriesOwnMarkers(node: Element): boolean {
	if (node.tagName !== 'ul' && node.tagName !== 'ol') return false;
	const items = node.children.filter((child): child is Element => child.type === 'element' && child.tagName === 'li');
	return items.length > 0 && items.every(startsWithOwnMarker);
}

export function rehypeOwnListMarkers() {
	return (tree: Root) => {
		visit(tree, 'element', (node: Element) => {
			// Footnotes show the document's numbers (rehype-footnotes), which their text does not repeat.
			if (node.properties.dataFootnotes !== undefined) return SKIP;
			if (carriesOwnMarkers(node)) {
				const classes = Array.isArray(node.properties.className) ? node.properties.className : [];
				node.properties.className = [...classes, ownMarkersClass];
			}
			return CONTINUE;
		});
	};
}
