import { describe, expect, it } from 'vitest';
import { findFurniture, isPageNumber } from '../../../src/lib/importer/furniture.ts';
import { normalizeLines } from '../../../src/lib/importer/normalize-lines.ts';
import { findToc, tocKey } from '../../../src/lib/importer/toc.ts';

describe('page furniture', () => {
	it.each(['12', '- 12 -', '－１２－', '3/20', 'p.12', 'P12', '12ページ'])('%s is a page number', (text) => {
		expect(isPageNumber(text)).toBe(true);
	});
	it.each(['１市町村 ７市町村', '2025年度', '(1)'])('%s is not', (text) => {
		expect(isPageNumber(text)).toBe(false);
	});

	it('drops a short line repeated at page intervals, keeping the first', () => {
		const page = (n: number) => ['みらい県デジタル推進計画', `第${n}節の本文です。`, '続きの本文です。'];
		const furniture = findFurniture(normalizeLines([...page(1), ...page(2), ...page(3)].join('\n')));
		expect([...furniture.dropped.keys()]).toEqual([4, 7]);
	});

	it('keeps a title that recurs at irregular places (summary, overview, own section)', () => {
		const lines = ['推進を支える土台づくり', ...Array<string>(40).fill('本文。'), '推進を支える土台づくり', ...Array<string>(3).fill('本文。'), '推進を支える土台づくり'];
		expect(findFurniture(normalizeLines(lines.join('\n'))).dropped.size).toBe(0);
	});
});

describe('findToc', () => {
	const toc = ['目次', '', '第1章 基本的な考え方', '- 策定趣旨・ねらい . . . P3', '- 位置付け 戦略期間 . . . P4', '- 本戦略を共有する主体', '(プレイヤー) . . . P5', '第2章 背景・課題', '- D X 推進により目指す姿 . . . P10', '', '本文'];

	it('reads chapters and entries, joining an entry wrapped over two lines', () => {
		const found = findToc(normalizeLines(toc.join('\n')))!;
		expect(found).toMatchObject({ start: 1, end: 9 });
		expect(found.chapters.map((c) => [c.number, c.title, c.entries.map((e) => e.title)])).toEqual([
			['第1章', '基本的な考え方', ['策定趣旨・ねらい', '位置付け 戦略期間', '本戦略を共有する主体(プレイヤー)']],
			['第2章', '背景・課題', ['D X 推進により目指す姿']],
		]);
	});

	it('matches entries to body titles despite spacing, width and asides', () => {
		const [first] = findToc(normalizeLines(toc.join('\n')))!.chapters;
		expect(first!.entries[1]!.keys).toEqual(expect.arrayContaining([tocKey('位置付け'), tocKey('戦略期間')]));
		expect(first!.entries[2]!.keys).toContain(tocKey('本戦略を共有する主体（プレーヤー）'));
		expect(tocKey('D X 推進により目指す姿')).toBe(tocKey('ＤＸ推進により目指す姿'));
	});

	it('needs entries with page numbers', () => {
		expect(findToc(normalizeLines('目次\n\n本文です。\n'))).toBeUndefined();
	});
});
