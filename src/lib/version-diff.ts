/**
 * What changed in a chapter between two versions of a plan (中間案 → 最終案),
 * block by block: headings, paragraphs and list items as the site numbers
 * them, and tables. Blocks are matched with jsdiff's array diff; a changed
 * block shows its word-level differences (Japanese words from Intl.Segmenter).
 */
import { diffArrays, diffWords } from 'diff';
import type { Element, ElementContent, RootContent } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toString } from 'hast-util-to-string';

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
				const rows = [] as string[];
				for (const row of selectAll(node, 'tr')) rows.push(selectAll(row, 'th', 'td').map((cell) => toString(cell).trim()).join(' | '));
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
	walk(fromHtml(html, { fragment: true }).children);
	return blocks;
}

function selectAll(node: Element, ...tagNames: string[]): Element[] {
	const found: Element[] = [];
	const walk = (children: ElementContent[]) => {
		for (const child of children) {
			if (child.type !== 'element') continue;
			if (tagNames.includes(child.tagName)) found.push(child);
			else walk(child.children);
		}
	};
	walk(node.children);
	return found;
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
	const counts = { changed: 0, added: 0, removed: 0 };
	const parts = diffArrays(before, after, { comparator: (a, b) => a.kind === b.kind && a.text === b.text });
	for (let i = 0; i < parts.length; i++) {
		const part = parts[i]!;
		if (!part.added && !part.removed) {
			rows.push({ kind: 'unchanged', blocks: part.value });
			continue;
		}
		// A removal followed by an addition is an edit of the same blocks: pair them up.
		const next = parts[i + 1];
		const removed = part.removed ? part.value : [];
		const added = part.removed && next?.added ? (i++, next.value) : part.added ? part.value : [];
		const paired = Math.min(removed.length, added.length);
		for (let k = 0; k < Math.max(removed.length, added.length); k++) {
			const b = removed[k];
			const a = added[k];
			if (k < paired && b && a && b.kind === a.kind) {
				rows.push({ kind: 'changed', before: b, after: a, parts: wordParts(b.text, a.text) });
				counts.changed++;
			} else {
				if (b) {
					rows.push({ kind: 'removed', block: b });
					counts.removed++;
				}
				if (a) {
					rows.push({ kind: 'added', block: a });
					counts.added++;
				}
			}
		}
	}
	return { rows, counts };
}
