/**
 * What changed in a chapter between two versions of a plan (中間案 → 最終案),
 * block by block: headings, paragraphs and list items as the site numbers
 * them, and tables. Blocks are matched with jsdiff's array diff; a changed
 * block shows its word-level differences (Japanese words from Intl.Segmenter).
 */
import { diffArrays, diffWords } from 'diff';
import type { ElementContent, RootContent } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { select, selectAll } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
import { visit } from 'unist-util-visit';

export interface Block {
	kind: 'heading' | 'paragraph' | 'table';
	/** The element id on the chapter page (a table takes its section's id). */
	id: string;
	/** Heading level for headings. */
	depth?: number;
	text: string;
}

export interface TextPart {
	text: string;
	change?: 'added' | 'removed';
}

export type DiffRow =
	| { kind: 'unchanged'; blocks: Block[] }
	| { kind: 'changed'; before: Block; after: Block; parts: TextPart[] }
	| { kind: 'added'; block: Block }
	| { kind: 'removed'; block: Block };

export interface ChapterDiff {
	rows: DiffRow[];
	counts: { changed: number; added: number; removed: number };
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
				const rows = selectAll('tr', node).map((row) => selectAll('th, td', row).map((cell) => toString(cell).trim()).join(' | '));
				blocks.push({ kind: 'table', id: sectionId, text: rows.join('\n') });
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

export function diffChapters(before: Block[], after: Block[]): ChapterDiff {
	const rows: DiffRow[] = [];
	const parts = diffArrays(before, after, { comparator: (a, b) => a.kind === b.kind && a.text === b.text });
	for (let i = 0; i < parts.length; i++) {
		const part = parts[i]!;
		if (!part.added && !part.removed) {
			rows.push({ kind: 'unchanged', blocks: part.value });
			continue;
		}
		// A removal followed by an addition is an edit of the same blocks: pair them up.
		let removed: Block[] = [];
		let added: Block[] = part.value;
		if (part.removed) {
			removed = part.value;
			added = parts[i + 1]?.added ? parts[++i]!.value : [];
		}
		for (let k = 0; k < Math.max(removed.length, added.length); k++) {
			const [b, a] = [removed[k], added[k]];
			if (b && a && b.kind === a.kind) rows.push({ kind: 'changed', before: b, after: a, parts: wordParts(b.text, a.text) });
			else {
				if (b) rows.push({ kind: 'removed', block: b });
				if (a) rows.push({ kind: 'added', block: a });
			}
		}
	}
	const count = (kind: DiffRow['kind']) => rows.filter((r) => r.kind === kind).length;
	return { rows, counts: { changed: count('changed'), added: count('added'), removed: count('removed') } };
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
		else if (row.kind === 'changed') add(row.after);
		else add(row.block, row.kind === 'removed' ? 'removed-' : '');
	}
	return anchors;
}
