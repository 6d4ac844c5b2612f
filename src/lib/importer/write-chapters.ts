/**
 * File contents: each chapter's frontmatter and Markdown body, in the form
 * content/README.md describes. Nothing is made up: a title the document does
 * not give is left empty with a comment, so the content check points at it.
 */
import type { FileBlocks } from './build-blocks.ts';
import { assignHeadingIds } from './heading-ids.ts';
import { quote } from './report.ts';
import { renderTable } from './tables.ts';
import type { Block, ChapterOutput, ListItem } from './types.ts';

/** A YAML scalar: plain when that is unambiguous, otherwise double-quoted. */
function yamlString(value: string): string {
	const plain =
		value !== '' &&
		!/^[\s\-?:,[\]{}#&*!|>'"%@`]/.test(value) &&
		!/[:#]\s|\s$|:$|[\n"]/.test(value) &&
		!/^(?:true|false|yes|no|on|off|null|~|[-+]?[\d.]+)$/i.test(value);
	return plain ? value : JSON.stringify(value);
}

function renderList(items: ListItem[]): string {
	// Each level is indented to the text of its parent item, as CommonMark nests lists.
	const indents: number[] = [];
	return items
		.map((item) => {
			indents.length = item.depth;
			const indent = indents.reduce((sum, n) => sum + n, 0);
			indents[item.depth] = item.marker.length + 1;
			const pad = ' '.repeat(indent + item.marker.length + 1);
			return `${' '.repeat(indent)}${item.marker} ${item.text.replaceAll('\n', `\n${pad}`)}`;
		})
		.join('\n');
}

function renderBlock(block: Block): string {
	switch (block.kind) {
		case 'heading':
			return `${'#'.repeat(block.level)} ${block.text}${block.id ? ` {#${block.id}}` : ''}`;
		case 'paragraph':
			return block.text;
		case 'list':
			return renderList(block.items);
		case 'table':
			return renderTable(block.rows);
	}
}

export interface ChapterText {
	plan: string;
	file: FileBlocks;
	/** Footnote definitions, already cleaned: `[^n]: text`. */
	footnotes: Array<{ n: number; text: string }>;
}

export function writeChapter({ plan, file, footnotes }: ChapterText): ChapterOutput {
	const { start, blocks } = file;
	const headings = blocks.filter((b): b is Extract<Block, { kind: 'heading' }> => b.kind === 'heading');
	const ids = assignHeadingIds(headings.map((h) => ({ level: h.level, text: h.text, kana: h.style === 'kana' })));
	headings.forEach((h, i) => {
		const id = ids[i];
		if (id !== undefined) h.id = id;
	});
	const frontmatter = ['---', `plan: ${plan}`, `order: ${start.order}`];
	if (start.number) frontmatter.push(`number: ${yamlString(start.number)}`);
	if (start.title) frontmatter.push(`title: ${yamlString(start.title)}`);
	else {
		const hint = blocks.find((b) => b.kind === 'heading' || b.kind === 'paragraph');
		const first = hint && 'text' in hint ? hint.text.split('\n')[0]!.replace(/\\$/, '') : '';
		frontmatter.push(`title: # 本文に題名がありません。題名を記入してください${first ? `（最初の行: ${quote(first)}）` : ''}`);
		frontmatter.push('# titleIsDescriptive: true    # 文書に題名がなく、上の題名を編集部が付けたときは、行頭の # を消します');
	}
	frontmatter.push('---');
	// Two lists in a row would merge into one in Markdown; a different bullet keeps them apart.
	let previousBullet: string | undefined;
	const body = blocks.map((block) => {
		if (block.kind !== 'list') {
			previousBullet = undefined;
			return renderBlock(block);
		}
		const bullet = previousBullet === '-' ? '*' : '-';
		const items = block.items.map((item) => (item.depth === 0 && item.marker === '-' ? { ...item, marker: bullet } : item));
		previousBullet = bullet;
		return renderBlock({ ...block, items });
	});
	// The frontmatter, a blank line, then each block and a blank line.
	let line = frontmatter.length + 2;
	const blockLines = blocks.map((block, i) => {
		const at = { source: block.line, line };
		line += body[i]!.split('\n').length + 1;
		return at;
	});
	for (const note of footnotes) body.push(`[^${note.n}]: ${note.text}`);
	return { path: `${start.id}.md`, content: `${frontmatter.join('\n')}\n\n${body.join('\n\n')}\n`, blockLines };
}
