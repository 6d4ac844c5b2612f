import type { Element, ElementContent, Root, Text } from 'hast';
import { toString } from 'hast-util-to-string';
import { SKIP, visit } from 'unist-util-visit';
import { hasClass } from './has-class.ts';
import { isHeading } from './heading-level.ts';

const isElement = (node: ElementContent | undefined, tagName: string): node is Element => node?.type === 'element' && node.tagName === tagName;
const isBlank = (node: ElementContent) => node.type === 'text' && node.value.trim() === '';
const isEmpty = (cell: Element) => cell.children.every(isBlank);
/** A cell written all in bold (`| **幹事会** |`): how Markdown marks a row's name. */
const isAllBold = (cell: Element) => {
	const content = cell.children.filter((child) => !isBlank(child));
	return content.length === 1 && isElement(content[0], 'strong');
};
const cellsOf = (row: Element) => row.children.filter((child): child is Element => isElement(child, 'td') || isElement(child, 'th'));

/**
 * The first column of a table's body as row headers, where the Markdown says
 * what a table from a PDF meant: every cell in bold → each names its row
 * (`<th scope="row">`); blank cells under a filled one → that cell was merged
 * over them (`<th scope="rowgroup" rowspan>`), so a screen reader names the
 * group in every row of it, not only in the first.
 */
function firstColumnHeaders(table: Element): void {
	const body = table.children.find((child): child is Element => isElement(child, 'tbody'));
	const rows = body?.children.filter((child): child is Element => isElement(child, 'tr')) ?? [];
	const firsts = rows.map((row) => cellsOf(row)[0]);
	if (firsts.length === 0 || !firsts.every((cell) => cell?.tagName === 'td')) return;
	const cells = firsts as Element[];
	if (cells.every(isAllBold)) {
		for (const cell of cells) Object.assign(cell, { tagName: 'th', properties: { ...cell.properties, scope: 'row' } });
		return;
	}
	if (isEmpty(cells[0]!) || !cells.some(isEmpty)) return;
	let group: Element | undefined;
	rows.forEach((row, i) => {
		const cell = cells[i]!;
		if (!isEmpty(cell)) {
			group = Object.assign(cell, { tagName: 'th', properties: { ...cell.properties, scope: 'rowgroup', rowSpan: 1 } });
			return;
		}
		group!.properties.rowSpan = Number(group!.properties.rowSpan) + 1;
		// With the line break before it, as the other rows have one per cell.
		const at = row.children.indexOf(cell);
		const from = at > 0 && isBlank(row.children[at - 1]!) ? at - 1 : at;
		row.children.splice(from, at - from + 1);
	});
	// A group of one row is a row's own name.
	for (const cell of cells) if (cell.properties.rowSpan === 1) Object.assign(cell.properties, { scope: 'row', rowSpan: undefined });
}

/**
 * A header cell's text is read out with every cell it heads: a glossary
 * term's 「？」 there (remark-glossary-terms) would make each of them
 * 「DX ？ 「…」の解説 推進本部」. The term's link stays.
 */
function withoutTermTips(table: Element): void {
	visit(table, 'element', (cell: Element) => {
		if (cell.tagName !== 'th') return;
		visit(cell, 'element', (node: Element, index, parent) => {
			if (!parent || index === undefined || !(hasClass(node, 'term-tip-button') || hasClass(node, 'term-tip'))) return;
			parent.children.splice(index, 1);
			return [SKIP, index];
		});
		return SKIP;
	});
}

/**
 * A break before a header's 「（」 (現況値／（令和３年度）): header cells keep
 * their words whole (keep-all, chapter-text.css), which also holds 値（ together,
 * so a phone could narrow a column of figures only by cutting inside a word.
 */
function breaksBeforeParentheses(table: Element): void {
	visit(table, 'element', (cell: Element) => {
		if (cell.tagName !== 'th') return;
		visit(cell, 'text', (node: Text, index, parent) => {
			if (!parent || index === undefined) return;
			const [first, ...rest] = node.value.split(/(?<=\S)(?=（)/);
			if (rest.length === 0) return;
			const parts: ElementContent[] = [{ type: 'text', value: first! }];
			for (const part of rest) parts.push({ type: 'element', tagName: 'wbr', properties: {}, children: [] }, { type: 'text', value: part });
			parent.children.splice(index, 1, ...parts);
			return [SKIP, index + parts.length];
		});
		return SKIP;
	});
}

/** A figure with at most a short unit (４８.２％, １市町村, 約1,000件, △3.5): cells a reader compares down a column. */
const figureCell = /^(?:約|△|▲|[-−－+＋])?[0-9０-９][0-9０-９,，.．]*\s*[^\s0-9０-９]{0,4}$/;
/** What a table writes for a figure it does not give. */
const noFigure = /^[-－―—ー]?$/;

/**
 * Columns whose body cells are all figures (blank or 「－」 aside) are set right-aligned in tabular numerals,
 * header and all, as the indicator tables are: digits line up and a reader compares down the column.
 */
function figureColumns(table: Element): void {
	const rows = table.children.filter((child): child is Element => isElement(child, 'thead') || isElement(child, 'tbody')).flatMap((group) => group.children.filter((row): row is Element => isElement(row, 'tr')));
	const body = rows.filter((row) => cellsOf(row).every((cell) => cell.tagName === 'td' || cell.properties.scope === 'row'));
	const header = rows.filter((row) => !body.includes(row));
	// Tables whose merged row headers shift their rows' cells are left as they are.
	if (body.length === 0 || body.some((row) => cellsOf(row).length !== cellsOf(body[0]!).length)) return;
	cellsOf(body[0]!).forEach((_, column) => {
		const cells = body.map((row) => cellsOf(row)[column]!);
		const texts = cells.map((cell) => toString(cell).trim());
		if (cells.some((cell) => cell.tagName !== 'td') || !texts.some((text) => figureCell.test(text)) || !texts.every((text) => figureCell.test(text) || noFigure.test(text))) return;
		for (const cell of [...cells, ...header.map((row) => cellsOf(row)[column]).filter((cell) => cell !== undefined)]) {
			cell.properties.className = [...((cell.properties.className as string[] | undefined) ?? []), 'num'];
		}
	});
}

/** The class of the labelled scroll box around each table (rehype-print-scope finds it by it). */
export const tableScrollClass = 'table-scroll';

/**
 * Makes Markdown tables accessible: header cells get `scope="col"` (an empty
 * one, the corner above row names, becomes a data cell), the first column
 * names the rows where the Markdown says so (firstColumnHeaders), columns of
 * figures are right-aligned (figureColumns), header
 * cells keep a glossary term's link but not its toggletip and may break
 * before a 「（」 (breaksBeforeParentheses), and each
 * table sits in a keyboard-focusable, labelled scroll region so a wide table
 * scrolls inside its box on a phone instead of widening the page (WCAG 1.4.10
 * exempts such two-dimensional content from reflow).
 *
 * Tables from the PDFs have no title, so the region is named by its number and
 * the heading it comes under (「表1 ■委員」): a screen reader moving from
 * table to table hears which one it is, not only 「表1」.
 */
export function rehypeTables() {
	return (tree: Root) => {
		let count = 0;
		let heading: string | undefined;
		visit(tree, 'element', (node: Element, index, parent) => {
			if (isHeading(node)) {
				heading = toString(node).trim() || heading;
				return SKIP;
			}
			if (node.tagName !== 'table' || !parent || index === undefined) return;
			visit(node, 'element', (cell: Element, _, row) => {
				if (cell.tagName !== 'th' || row?.type !== 'element' || row.tagName !== 'tr') return;
				// An empty corner cell heads nothing: a header cell there is read out as a blank column name.
				if (isEmpty(cell)) cell.tagName = 'td';
				else cell.properties.scope ??= 'col';
			});
			firstColumnHeaders(node);
			figureColumns(node);
			withoutTermTips(node);
			breaksBeforeParentheses(node);
			count++;
			// Not 「表1（横にスクロールできます）」: most tables fit a wide screen, where that would be untrue; the edge shadow shows when one scrolls.
			const label = heading ? `表${count} ${heading}` : `表${count}`;
			parent.children[index] = {
				type: 'element',
				tagName: 'div',
				properties: { className: [tableScrollClass], role: 'region', tabIndex: 0, ariaLabel: label },
				children: [node],
			};
			return [SKIP, index + 1];
		});
	};
}
