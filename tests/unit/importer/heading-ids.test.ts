import { describe, expect, it } from 'vitest';
import { textHashId } from '../../../src/lib/heading-numbering.ts';
import { assignHeadingIds } from '../../../src/lib/importer/heading-ids.ts';
import { chapterOutline } from '../../../src/markdown/chapter-outline.ts';

describe('textHashId', () => {
	it('is the id the build gives an unnumbered heading without {#id}', async () => {
		const outline = await chapterOutline('## 【概念図】\n\n本文\n');
		expect(outline.ok && outline.sections[0]!.id).toBe(textHashId('【概念図】'));
	});
});

describe('assignHeadingIds', () => {
	it('leaves numbered headings to the build, gives the others explicit ids', () => {
		const ids = assignHeadingIds([
			{ level: 2, text: '第１節 趣旨', kana: false },
			{ level: 3, text: '【概念図】', kana: false },
			{ level: 3, text: '１ 行政', kana: false },
			{ level: 4, text: 'ア 窓口の見直し', kana: true },
			{ level: 4, text: 'イ 予約の見直し', kana: true },
		]);
		expect(ids).toEqual([undefined, textHashId('【概念図】'), undefined, 's1-1-a', 's1-1-i']);
	});

	it('makes clashing ids unique', () => {
		const ids = assignHeadingIds([
			{ level: 2, text: '【目指す姿】', kana: false },
			{ level: 2, text: '【目指す姿】', kana: false },
			{ level: 2, text: '１ 行政', kana: false },
			{ level: 2, text: '１ 行政', kana: false },
		]);
		expect(ids).toEqual([textHashId('【目指す姿】'), `${textHashId('【目指す姿】')}-2`, undefined, 'n1-2']);
	});

	it('produces ids the build accepts in every seed-like case', async () => {
		const markdown = ['## 【参照】 {#h-1}', '## 【参照】 {#h-1-2}', '## １ 行政', '### （１）サービス', '#### ア 窓口 {#n1-1-a}'].join('\n\n');
		const outline = await chapterOutline(markdown);
		expect(outline.ok).toBe(true);
	});
});
