/**
 * Leftover HTML from the extractor (`<ul>`, `<ol>`, `<li>`, `<p>`, `<b>`,
 * `<u>`, `<br>`) turned into Markdown: lists, paragraphs, **bold**; `<u>` and
 * unknown tags keep only their text. The extractor often leaves lists open
 * and without `<li>` (`<ul style="…"> ・ 項目 ・ 項目`); the HTML parser closes
 * them, and the text is kept as it reads.
 */
import type { ElementContent, Root, RootContent } from 'hast';
import { fromHtml } from 'hast-util-from-html';

const htmlTag = /<\/?(?:ul|ol|li|p|b|strong|u|br|i|em|span|div|font)\b[^>]*>/i;

/**
 * Stands for the boundary between two HTML blocks flattened into one table
 * cell. It becomes a space only after stray-space cleaning, which would
 * otherwise take `創出 AI` for an extraction artifact.
 */
export const blockBoundary = '\ue000';

export function hasHtml(text: string): boolean {
	return htmlTag.test(text);
}

export type HtmlBlock = { kind: 'paragraph'; text: string } | { kind: 'list'; ordered: boolean; items: string[] };

function parse(html: string): Root {
	return fromHtml(html, { fragment: true });
}

/** Inline Markdown of some nodes: bold marked, `<u>` and other tags reduced to their text, `<br>` as `separator`. */
function inline(nodes: Array<RootContent | ElementContent>, lineBreak: string): string {
	let out = '';
	for (const node of nodes) {
		if (node.type === 'text') out += node.value.replace(/[ \t\r\n]+/g, ' ');
		else if (node.type === 'element') {
			if (node.tagName === 'br') out += lineBreak;
			else if (node.tagName === 'b' || node.tagName === 'strong') {
				const inner = inline(node.children, lineBreak).trim();
				out += inner ? `**${inner}**` : '';
			} else if (['p', 'li', 'ul', 'ol', 'div'].includes(node.tagName)) out += `${blockBoundary}${inline(node.children, lineBreak)}${blockBoundary}`;
			else out += inline(node.children, lineBreak);
		}
	}
	return out;
}

/** Collapses runs of spaces; `boundary` marks block edges (a space in blocks, blockBoundary in cells). */
function tidy(text: string, boundary = ' '): string {
	return text
		.replace(/[ \ue000]*\ue000[ \ue000]*/g, boundary)
		.replace(/ {2,}/g, ' ')
		.replace(new RegExp(`^[ ${blockBoundary}]+|[ ${blockBoundary}]+$`, 'g'), '');
}

/**
 * HTML inside a table cell: one line of text (Markdown tables cannot hold
 * lists or breaks), with blockBoundary between the blocks it had.
 */
export function htmlToInline(html: string): string {
	return tidy(inline(parse(html).children, blockBoundary), blockBoundary);
}

/** HTML standing on its own: Markdown paragraphs and lists. */
export function htmlToBlocks(html: string): HtmlBlock[] {
	const blocks: HtmlBlock[] = [];
	let loose: Array<RootContent | ElementContent> = [];
	const flush = () => {
		const text = tidy(inline(loose, '\\\n'));
		if (text) blocks.push({ kind: 'paragraph', text });
		loose = [];
	};
	for (const node of parse(html).children) {
		if (node.type === 'element' && (node.tagName === 'ul' || node.tagName === 'ol')) {
			flush();
			const items = node.children.filter((c) => c.type === 'element' && c.tagName === 'li');
			if (items.length > 0) {
				blocks.push({ kind: 'list', ordered: node.tagName === 'ol', items: items.map((li) => tidy(inline([li], ' '))) });
				// Text the extractor left beside the items (outside any <li>) is kept after them.
				const rest = tidy(inline(node.children.filter((c) => !(c.type === 'element' && c.tagName === 'li')), ' '));
				if (rest) blocks.push({ kind: 'paragraph', text: rest });
			} else {
				const text = tidy(inline(node.children, '\\\n'));
				if (text) blocks.push({ kind: 'paragraph', text });
			}
		} else if (node.type === 'element' && (node.tagName === 'p' || node.tagName === 'div')) {
			flush();
			const text = tidy(inline(node.children, '\\\n'));
			if (text) blocks.push({ kind: 'paragraph', text });
		} else loose.push(node);
	}
	flush();
	return blocks;
}
