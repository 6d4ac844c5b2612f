import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { normalizeLines } from '../../src/lib/importer/normalize-lines.ts';
import { findUnreadableText, isUnreadable } from '../../src/lib/unreadable-text.ts';

/** Lines as PDF.js reads tests/fixtures/importer-pdf/no-unicode-map.pdf (plan.pdf without its fonts' ToUnicode maps). */
const jumbled = ['y洈æ车䷓䣆禈æ¾Ùz!j`jß榼鑁ßÅúææⰟ示çz♐示䇗䈱儕ßßÑ{⛨妨烨', 'Ä姲ùÞ¼öÑ{', 'y车䷓䣆禈æ!j`j⴫'];

describe('text that is not the characters the PDF shows', () => {
	it('finds a line of kanji jumbled with letters Japanese text does not use, or private-use characters', () => {
		expect(isUnreadable(jumbled[0]!)).toBe(true);
		expect(isUnreadable(jumbled[1]!)).toBe(true);
		expect(isUnreadable('\ue6b7\ue6b8\ue6b9y銶槆')).toBe(true);
	});

	it('leaves Japanese with a loanword’s accent, a Greek letter, Latin words and marks alone', () => {
		for (const line of ['カフェ（café）やレストランでの Wi-Fi 整備', 'β版として公開します。', 'Society 5.0 の実現に向けたＤＸの推進', 'ＩｏＴ・ＡＩ（人工知能）の活用', '①〜⑩ ㈱ ℃ ㎡ ⅰⅱⅲ ー〆々']) {
			expect(isUnreadable(line), line).toBe(false);
		}
		// Only one foreign letter: not enough on its own.
		expect(isUnreadable(jumbled[2]!)).toBe(false);
	});

	it('reports a run with the short lines of the same jumble beside it, and the share of the letters it holds', () => {
		const text = ['第２章 現状と課題', jumbled[2], '', jumbled[0], jumbled[1], '２ デジタル人材の育成', '県内の事業者へのアンケートでは、人材が不足していると答えた事業者が６割を超えました。'].join('\n');
		const found = findUnreadableText(normalizeLines(text));
		expect(found.runs).toEqual([{ from: 2, to: 5 }]);
		expect(found.share).toBeGreaterThan(0.3);
		expect(found.share).toBeLessThan(0.7);
	});

	it('finds nothing in the plans’ source texts', () => {
		const sources = readdirSync('content/plans').map((plan) => `content/plans/${plan}/source.txt`).filter((file) => existsSync(file));
		expect(sources.length).toBeGreaterThanOrEqual(5);
		for (const file of sources) expect(findUnreadableText(normalizeLines(readFileSync(file, 'utf8'))), file).toEqual({ runs: [], share: 0 });
	});
});
