/**
 * What changed in a chapter between two versions of a plan (中間案 → 最終案),
 * block by block: headings, paragraphs and list items as the site numbers
 * them, and tables. Blocks are matched with jsdiff's array diff, and a block
 * that replaced a like one is an edit of it; a changed block shows its
 * word-level differences (Japanese words from Intl.Segmenter), a changed table
 * its rows and cells (rows matched by their first cell, columns by their heading).
 */
import { diffArrays, diffChars, diffWords } from 'diff';
import type { ElementContent, RootContent } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { select, selectAll } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
import { visit } from 'unist-util-visit';
import { headingWords } from './heading-numbering.ts';

export interface Block {
	kind: 'heading' | 'paragraph' | 'table';
	/** The element id on the chapter page (a table takes its section's id). */
	id: string;
	/** Heading level for headings. */
	depth?: number;
	/** The text compared: a table's rows a line each, its cells apart by ' | '. */
	text: string;
	/** A table's cells, row by row. */
	cells?: TableCell[][];
}

export interface TableCell {
	text: string;
	/** A `th`: its row's or column's heading. */
	header: boolean;
}

/** A cell of a changed table as both versions have it: the new version's text with the words that changed, or a cell added or removed whole. */
export interface DiffCell {
	header: boolean;
	parts: TextPart[];
}

export interface DiffTableRow {
	/** A row only one version has; otherwise its cells say what changed. */
	change?: 'added' | 'removed';
	cells: DiffCell[];
}

export interface TextPart {
	text: string;
	change?: 'added' | 'removed';
}

export type DiffRow =
	| { kind: 'unchanged'; blocks: Block[] }
	| { kind: 'changed'; before: Block; after: Block; parts: TextPart[]; table?: DiffTableRow[] }
	| { kind: 'added'; block: Block }
	| { kind: 'removed'; block: Block }
	/** The same text in another place of the chapter: shown where it now stands. */
	| { kind: 'moved'; before: Block; after: Block };

export interface ChapterDiff {
	rows: DiffRow[];
	counts: { changed: number; added: number; removed: number; moved: number };
}

const headingDepth = /^h([2-6])$/;
const isList = (node: ElementContent) => node.type === 'element' && (node.tagName === 'ul' || node.tagName === 'ol');

/** The blocks of a chapter's rendered HTML, in document order. */
export function chapterBlocks(html: string): Block[] {
	const blocks: Block[] = [];
	let sectionId = '';
	const walk = (children: Array<RootContent | ElementContent>) => {
		for (const node of children) {
			if (node.type !== 'element' || node.tagName === 'aside' || node.tagName === 'nav' || node.properties.dataFootnotes !== undefined) continue;
			const heading = headingDepth.exec(node.tagName);
			const id = typeof node.properties.id === 'string' ? node.properties.id : undefined;
			if (heading && id) {
				sectionId = id;
				blocks.push({ kind: 'heading', id, depth: Number(heading[1]), text: toString(node).trim() });
			} else if (node.tagName === 'table') {
				const cells = selectAll('tr', node).map((row) => selectAll('th, td', row).map((cell) => ({ text: toString(cell).trim(), header: cell.tagName === 'th' })));
				blocks.push({ kind: 'table', id: sectionId, text: cells.map((row) => row.map((cell) => cell.text).join(' | ')).join('\n'), cells });
			} else if ((node.tagName === 'p' || node.tagName === 'li') && id) {
				// A list item's own text: nested lists are blocks of their own.
				blocks.push({ kind: 'paragraph', id, text: node.children.filter((c) => !isList(c)).map((c) => toString(c)).join('').trim() });
				walk(node.children.filter(isList));
			} else {
				walk(node.children);
			}
		}
	};
	const tree = fromHtml(html, { fragment: true });
	// A footnote's number reads as one (「のことです（注1）。」), not a bare 1 run into the text: the notes are not on the changes page.
	visit(tree, 'element', (node, index, parent) => {
		if (node.tagName !== 'sup' || !select('a[data-footnote-ref]', node) || !parent || index === undefined) return;
		parent.children[index] = { type: 'text', value: `（注${toString(node).trim()}）` };
	});
	walk(tree.children);
	return blocks;
}

const segmenter = new Intl.Segmenter('ja', { granularity: 'word' });

function wordParts(before: string, after: string): TextPart[] {
	return diffWords(before, after, { intlSegmenter: segmenter }).map((part) => ({
		text: part.value,
		...(part.added ? { change: 'added' as const } : part.removed ? { change: 'removed' as const } : {}),
	}));
}

/** How alike two texts are, 0 to 1: the share of characters they keep. */
function textLikeness(before: string, after: string): number {
	const kept = diffChars(before, after).reduce((n, part) => n + (part.added || part.removed ? 0 : part.value.length), 0);
	return kept / Math.max(before.length, after.length, 1);
}

/**
 * How alike two blocks of one kind are, 0 to 1: headings that say the same words under another number (a
 * section renumbered: ９ → 10) are the same heading; other blocks, the share of characters they keep.
 */
function likeness(before: Block, after: Block): number {
	if (before.kind !== after.kind) return 0;
	if (before.kind === 'heading' && headingWords(before.text) === headingWords(after.text)) return 1;
	return textLikeness(before.text, after.text);
}

/** Below this likeness a removed and an added block (or table row) are two, not one edited: a paragraph inserted next to an edited one is not the edit. */
const sameBlockLikeness = 0.5;

type Paired<T> = { kind: 'added'; item: T } | { kind: 'removed'; item: T } | { kind: 'changed'; before: T; after: T };
type Aligned<T> = Paired<T> | { kind: 'same'; before: T; after: T };

/**
 * A run of removed items and the run of added items that replaced them: each removed item paired, in order,
 * with the added item most like it, if alike enough (an edit); the rest removed or added, each where it
 * stood. Pairing the k-th with the k-th would show a kept paragraph "rewritten" into one inserted before it,
 * and a renumbered section "renamed".
 */
function replacedRun<T>(removed: T[], added: T[], like: (before: T, after: T) => number): Array<Paired<T>> {
	const pairedWith = new Map<number, number>();
	let from = 0;
	removed.forEach((item, r) => {
		let best = -1;
		let bestLikeness = sameBlockLikeness;
		for (let a = from; a < added.length; a++) {
			const likeThis = like(item, added[a]!);
			if (likeThis > bestLikeness || (best === -1 && likeThis === bestLikeness)) [best, bestLikeness] = [a, likeThis];
		}
		if (best === -1) return;
		pairedWith.set(best, r);
		from = best + 1;
	});
	const rows: Array<Paired<T>> = [];
	let nextRemoved = 0;
	added.forEach((item, a) => {
		const r = pairedWith.get(a);
		if (r === undefined) {
			rows.push({ kind: 'added', item });
			return;
		}
		for (; nextRemoved < r; nextRemoved++) rows.push({ kind: 'removed', item: removed[nextRemoved]! });
		rows.push({ kind: 'changed', before: removed[r]!, after: item });
		nextRemoved = r + 1;
	});
	for (; nextRemoved < removed.length; nextRemoved++) rows.push({ kind: 'removed', item: removed[nextRemoved]! });
	return rows;
}

/**
 * Two sequences in order: items `same` matches kept as pairs, and between them each run removed and the run
 * added in its place paired by likeness (replacedRun). `same` may match items that differ (table rows by name):
 * both are given.
 */
function aligned<T>(before: T[], after: T[], same: (before: T, after: T) => boolean, like: (before: T, after: T) => number): Array<Aligned<T>> {
	const rows: Array<Aligned<T>> = [];
	const parts = diffArrays(before, after, { comparator: same });
	let nextBefore = 0;
	let nextAfter = 0;
	for (let i = 0; i < parts.length; i++) {
		const part = parts[i]!;
		if (!part.added && !part.removed) {
			for (let k = 0; k < part.value.length; k++) rows.push({ kind: 'same', before: before[nextBefore++]!, after: after[nextAfter++]! });
			continue;
		}
		// A removal followed by an addition may be an edit of some of the same items.
		const removed = part.removed ? part.value : [];
		const added = part.added ? part.value : parts[i + 1]?.added ? parts[++i]!.value : [];
		nextBefore += removed.length;
		nextAfter += added.length;
		rows.push(...replacedRun(removed, added, like));
	}
	return rows;
}

/**
 * Two versions of a table, row by row in the new version's order (a removed row where it stood): rows match
 * by their first cell (the row's name), or, renamed, by being alike; columns by their heading, or by place
 * when both have as many. A column only the old version has comes last, removed.
 */
function tableRows(before: TableCell[][], after: TableCell[][]): DiffTableRow[] {
	const width = (rows: TableCell[][]) => Math.max(0, ...rows.map((row) => row.length));
	const [headBefore, headAfter] = [before[0] ?? [], after[0] ?? []];
	const samePlaces = width(before) === width(after);
	// For each of the new version's columns, the old version's, if any.
	const columnOf = Array.from({ length: width(after) }, (_, i) => (samePlaces ? i : headBefore.findIndex((cell) => cell.text === headAfter[i]?.text)));
	const removedColumns = Array.from({ length: width(before) }, (_, i) => i).filter((i) => !columnOf.includes(i));
	const whole = (cell: TableCell | undefined, change: 'added' | 'removed'): DiffCell => ({ header: cell?.header ?? false, parts: cell?.text ? [{ text: cell.text, change }] : [] });
	const rowOf = (row: TableCell[], change: 'added' | 'removed'): DiffTableRow =>
		change === 'added'
			? { change, cells: row.map((cell) => whole(cell, change)) }
			: { change, cells: [...columnOf.map((i) => whole(i === -1 ? undefined : row[i], change)), ...removedColumns.map((i) => whole(row[i], change))] };
	const edited = (old: TableCell[], row: TableCell[]): DiffTableRow => ({
		cells: [
			...columnOf.map((i, j) => {
				const cell = row[j];
				if (i === -1 || old[i] === undefined) return whole(cell, 'added');
				return { header: cell?.header ?? old[i].header, parts: wordParts(old[i].text, cell?.text ?? '') };
			}),
			...removedColumns.map((i) => whole(old[i], 'removed')),
		],
	});
	const rowText = (row: TableCell[]) => row.map((cell) => cell.text).join(' | ');
	return aligned(before, after, (a, b) => (a[0]?.text ?? '') === (b[0]?.text ?? ''), (a, b) => textLikeness(rowText(a), rowText(b))).map((row) =>
		row.kind === 'same' || row.kind === 'changed' ? edited(row.before, row.after) : rowOf(row.item, row.kind),
	);
}

/** A removed block and the added one that replaced it, as a change: its words, and a table's rows and cells. */
function changedBlock(before: Block, after: Block): DiffRow {
	const table = before.cells && after.cells ? { table: tableRows(before.cells, after.cells) } : {};
	return { kind: 'changed', before, after, parts: wordParts(before.text, after.text), ...table };
}

export function diffChapters(before: Block[], after: Block[]): ChapterDiff {
	const rows: DiffRow[] = [];
	for (const row of aligned(before, after, (a, b) => a.kind === b.kind && a.text === b.text, likeness)) {
		const last = rows.at(-1);
		if (row.kind === 'same' && last?.kind === 'unchanged') last.blocks.push(row.after);
		else if (row.kind === 'same') rows.push({ kind: 'unchanged', blocks: [row.after] });
		else rows.push(row.kind === 'changed' ? changedBlock(row.before, row.after) : { kind: row.kind, block: row.item });
	}
	const moved = withMoves(rows);
	const count = (kind: DiffRow['kind']) => moved.filter((r) => r.kind === kind).length;
	return { rows: moved, counts: { changed: count('changed'), added: count('added'), removed: count('removed'), moved: count('moved') } };
}

/**
 * A block removed in one place and added, word for word, in another is one block moved: shown once, where it
 * now stands, rather than the same text struck out and underlined, which reads as one thing dropped and another added.
 */
function withMoves(rows: DiffRow[]): DiffRow[] {
	const sameText = (block: Block) => `${block.kind}\n${block.text}`;
	const removedByText = Map.groupBy(rows.flatMap((row) => (row.kind === 'removed' ? [row.block] : [])), sameText);
	const movedFrom = new Set<Block>();
	const placed = rows.map((row): DiffRow => {
		if (row.kind !== 'added') return row;
		const before = removedByText.get(sameText(row.block))?.shift();
		if (!before) return row;
		movedFrom.add(before);
		return { kind: 'moved', before, after: row.block };
	});
	return placed.filter((row) => row.kind !== 'removed' || !movedFrom.has(row.block));
}

/**
 * Element ids for the headings on a changes page: a section of the new
 * version keeps its id, so links to `#<section>` land on its changes; a
 * removed heading gets `removed-<id>` (its id may live on in the new version).
 * Each id once.
 */
export function headingAnchors(rows: DiffRow[]): Map<Block, string> {
	const anchors = new Map<Block, string>();
	const used = new Set<string>();
	const add = (block: Block, prefix = '') => {
		const id = `${prefix}${block.id}`;
		if (block.kind !== 'heading' || used.has(id)) return;
		used.add(id);
		anchors.set(block, id);
	};
	for (const row of rows) {
		if (row.kind === 'unchanged') row.blocks.forEach((b) => add(b));
		else if (row.kind === 'changed' || row.kind === 'moved') add(row.after);
		else add(row.block, row.kind === 'removed' ? 'removed-' : '');
	}
	return anchors;
}
