import { describe, expect, it } from 'vitest';
import { chapterBlocks, type DiffRow, diffChapters, headingAnchors } from '../../src/lib/version-diff.ts';

const html = (body: string) => body.replace(/\n\s*/g, '');

describe('chapter blocks', () => {
	it('lists headings, paragraphs, list items (own text) and tables in document order, skipping notes and footnotes', () => {
		const blocks = chapterBlocks(
			html(`
			<div class="heading-wrapper"><h2 id="s1" data-cite="第１節">第１節 目的</h2><a class="heading-anchor" href="#s1"><span class="visually-hidden">リンク</span></a></div>
			<p id="s1-p1">本文です<sup><a href="#user-content-fn-1" id="user-content-fnref-1" data-footnote-ref="">1</a></sup>。<a class="para-link" href="#s1-p1"></a></p>
			<ul><li id="s1-p2">項目<ul><li id="s1-p3">入れ子</li></ul></li></ul>
			<table><tr><th>指標</th><th>値</th></tr><tr><td>率</td><td>48.2%</td></tr></table>
			<aside class="editorial-note"><p>編集部注</p></aside>
			<section data-footnotes><p>脚注</p></section>`),
		);
		expect(blocks).toEqual([
			{ kind: 'heading', id: 's1', depth: 2, text: '第１節 目的' },
			// A footnote's number marked as one: the notes are not on the changes page.
			{ kind: 'paragraph', id: 's1-p1', text: '本文です（注1）。' },
			{ kind: 'paragraph', id: 's1-p2', text: '項目' },
			{ kind: 'paragraph', id: 's1-p3', text: '入れ子' },
			{
				kind: 'table',
				id: 's1',
				text: '指標 | 値\n率 | 48.2%',
				cells: [
					[{ text: '指標', header: true }, { text: '値', header: true }],
					[{ text: '率', header: false }, { text: '48.2%', header: false }],
				],
			},
		]);
	});
});

describe('table diff', () => {
	const table = (...rows: string[]) => chapterBlocks(`<h2 id="s1">第１節</h2><table>${rows.map((row, r) => `<tr>${row.split('|').map((cell, c) => (r === 0 || c === 0 ? `<th>${cell}</th>` : `<td>${cell}</td>`)).join('')}</tr>`).join('')}</table>`);
	/** Each row of the changed table in a line: its change, then its cells with [-removed-] and {+added+} words. */
	const shown = (before: ReturnType<typeof table>, after: ReturnType<typeof table>) => {
		const changed = diffChapters(before, after).rows.find((row) => row.kind === 'changed');
		if (changed?.kind !== 'changed') return undefined;
		return changed.table?.map((row) =>
			[row.change ?? '', ...row.cells.map((cell) => cell.parts.map((part) => (part.change === 'removed' ? `[-${part.text}-]` : part.change === 'added' ? `{+${part.text}+}` : part.text)).join(''))].join(' | '),
		);
	};

	it('shows a changed table row by row: a figure changed in its cell, a row added where it stands, a row removed where it stood', () => {
		expect(
			shown(
				table('指標|現況値|目標値', 'オンライン利用率|48.2%|80.0%', '電子申請件数|3,477件|5,000件', '窓口の数|12|10'),
				table('指標|現況値|目標値', 'オンライン利用率|48.2%|90.0%', 'キャッシュレス決済の導入率|20%|50%', '電子申請件数|3,477件|5,000件'),
			),
		).toEqual([
			' | 指標 | 現況値 | 目標値',
			' | オンライン利用率 | 48.2% | [-80.0-]{+90.0+}%',
			'added | {+キャッシュレス決済の導入率+} | {+20%+} | {+50%+}',
			' | 電子申請件数 | 3,477件 | 5,000件',
			'removed | [-窓口の数-] | [-12-] | [-10-]',
		]);
	});

	it('matches columns by their heading when a column is added, and lists a removed one last', () => {
		expect(shown(table('指標|基準値|目標値', '利用率|40%|80%'), table('指標|現況値|目標値|備考', '利用率|48%|80%|県調査'))).toEqual([
			' | 指標 | {+現況値+} | 目標値 | {+備考+} | [-基準値-]',
			' | 利用率 | {+48%+} | 80% | {+県調査+} | [-40%-]',
		]);
	});

	it('keeps a renamed row one row, edited, when the rest of it is alike', () => {
		expect(shown(table('指標|値', 'オンライン利用率|48.2%', '件数|3'), table('指標|値', 'オンライン利用率（県）|48.2%', '件数|3'))).toEqual([
			' | 指標 | 値',
			' | オンライン利用率{+（県）+} | 48.2%',
			' | 件数 | 3',
		]);
	});
});

describe('chapter diff', () => {
	const p = (id: string, text: string) => ({ kind: 'paragraph' as const, id, text });
	const h = (id: string, text: string) => ({ kind: 'heading' as const, id, depth: 2, text });
	/** A row in a line: its kind and the text (before→after) it shows, to `length` characters. */
	const line = (length: number) => (row: DiffRow) =>
		row.kind === 'unchanged' ? 'unchanged' : row.kind === 'changed' || row.kind === 'moved' ? `${row.kind} ${row.before.text.slice(0, length)}→${row.after.text.slice(0, length)}` : `${row.kind} ${row.block.text.slice(0, length)}`;

	it('pairs a replaced paragraph as a change with word-level parts', () => {
		const diff = diffChapters([h('s1', '第１節'), p('s1-p1', '行政手続の電子化を進めます。')], [h('s1', '第１節'), p('s1-p1', '行政手続のオンライン化を進めます。')]);
		expect(diff.counts).toEqual({ changed: 1, added: 0, removed: 0, moved: 0 });
		const changed = diff.rows.find((r) => r.kind === 'changed')!;
		expect(changed.kind === 'changed' && changed.parts).toEqual([
			{ text: '行政手続の' },
			{ text: '電子', change: 'removed' },
			{ text: 'オンライン', change: 'added' },
			{ text: '化を進めます。' },
		]);
	});

	it('reports added and removed blocks and keeps unchanged runs together', () => {
		const before = [h('s1', '第１節'), p('s1-p1', 'a'), p('s1-p2', '消える段落'), p('s1-p3', 'c')];
		const after = [h('s1', '第１節'), p('s1-p1', 'a'), p('s1-p2', 'c'), h('s2', '第２節'), p('s2-p1', '新しい段落')];
		const diff = diffChapters(before, after);
		expect(diff.counts).toEqual({ changed: 0, added: 2, removed: 1, moved: 0 });
		expect(diff.rows.map((r) => r.kind)).toEqual(['unchanged', 'removed', 'unchanged', 'added', 'added']);
		expect(diff.rows[0]).toEqual({ kind: 'unchanged', blocks: [before[0], before[1]] });
	});

	it('shows a paragraph inserted before an edited one as added, and the edit as an edit of the paragraph it changed, not of the one inserted', () => {
		const period = p('s3-p1', '本計画の期間は、改訂により、令和６年度から令和９年度までの４か年とします。');
		const inserted = p('s3-p1', '本計画は、令和４年３月に策定した計画を改訂するものです。');
		const edited = p('s3-p2', '本計画の期間は、令和６年度から令和９年度までの４か年とします。');
		const diff = diffChapters([h('s3', '第３節 計画の期間'), period], [h('s3', '第３節 計画の期間'), inserted, edited]);
		expect(diff.rows.map(line(6))).toEqual([
			'unchanged',
			'added 本計画は、令',
			'changed 本計画の期間→本計画の期間',
		]);
		expect(diff.counts).toEqual({ changed: 1, added: 1, removed: 0, moved: 0 });
	});

	it('shows a section inserted before others as added, and those after it renumbered, not renamed or removed', () => {
		const text = p('x', 'デジタル活用支援員を配置します。');
		const before = [h('s2-9', '９ デジタルデバイド対策'), text, h('s2-10', '10 情報セキュリティ対策')];
		const after = [h('s2-9', '９ 生成ＡＩの適正な活用'), p('y', '生成ＡＩを適正に活用します。'), h('s2-10', '10 デジタルデバイド対策'), text, h('s2-11', '11 情報セキュリティ対策')];
		const rows = diffChapters(before, after).rows;
		expect(rows.map(line(20))).toEqual([
			'added ９ 生成ＡＩの適正な活用',
			'added 生成ＡＩを適正に活用します。',
			'changed ９ デジタルデバイド対策→10 デジタルデバイド対策',
			'unchanged',
			'changed 10 情報セキュリティ対策→11 情報セキュリティ対策',
		]);
	});

	it('shows two paragraphs swapped as one moved, once, where it now stands, not as the same text removed and added', () => {
		const [a, b, c] = [p('p1', '推進本部を置きます。'), p('p2', '協議会と連携します。'), p('p3', '毎年度公表します。')];
		const diff = diffChapters([a, b, c], [b, a, c]);
		expect(diff.rows.map(line(4))).toEqual(['unchanged', 'moved 推進本部→推進本部', 'unchanged']);
		expect(diff.counts).toEqual({ changed: 0, added: 0, removed: 0, moved: 1 });
	});

	it('treats a chapter missing on one side as wholly added or removed', () => {
		expect(diffChapters([], [p('p1', 'x')]).counts).toEqual({ changed: 0, added: 1, removed: 0, moved: 0 });
		expect(diffChapters([p('p1', 'x')], []).counts).toEqual({ changed: 0, added: 0, removed: 1, moved: 0 });
		expect(diffChapters([p('p1', 'x')], [p('p1', 'x')]).counts).toEqual({ changed: 0, added: 0, removed: 0, moved: 0 });
	});
});

describe('heading anchors on a changes page', () => {
	const h = (id: string, text: string) => ({ kind: 'heading' as const, id, depth: 2, text });
	const p = (id: string, text: string) => ({ kind: 'paragraph' as const, id, text });

	it('keeps the new version’s section ids and marks removed headings', () => {
		const diff = diffChapters([h('s1', '第１節'), p('s1-p1', 'a'), h('s2', '第２節 消える')], [h('s1', '第１節'), p('s1-p1', 'a')]);
		expect([...headingAnchors(diff.rows)].map(([block, id]) => [block.text, id])).toEqual([
			['第１節', 's1'],
			['第２節 消える', 'removed-s2'],
		]);
	});

	it('gives an id once even when the same heading shows as context twice', () => {
		const diff = diffChapters([h('s1', 'a'), p('p1', 'x'), h('s1', 'a')], [h('s1', 'a'), p('p1', 'y'), h('s1', 'a')]);
		const ids = [...headingAnchors(diff.rows).values()];
		expect(ids).toEqual(['s1']);
	});
});
