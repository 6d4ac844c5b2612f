/** Which phrases of a heading are kept on one line. */
import { describe, expect, it } from 'vitest';
import { keptWhole, phrasesToKeep } from '../../src/lib/phrases.ts';

describe('phrasesToKeep', () => {
	it('marks each phrase of a heading to keep on one line but one wider than eleven characters, together giving the text back', () => {
		expect(phrasesToKeep('ふくしまＩＣＴ利活用推進協議会の目指す姿')).toEqual([
			{ text: 'ふくしまＩＣＴ利活用推進協議会の', keep: false },
			{ text: '目指す姿', keep: true },
		]);
		expect(phrasesToKeep('計画の目指すべき姿及び施策の展開方向')).toEqual([
			{ text: '計画の', keep: true },
			{ text: '目指すべき姿及び施策の', keep: true },
			{ text: '展開方', keep: true },
			{ text: '向', keep: true },
		]);
	});

	it('leaves a heading of one phrase unmarked: there is nothing to break between', () => {
		expect(phrasesToKeep('概要')).toEqual([{ text: '概要', keep: false }]);
	});

	it('lets a phrase wider than eleven full-width characters break, so it never runs past a 320px screen', () => {
		expect(keptWhole('（パブリックコメント）')).toBe(true);
		expect(keptWhole('ふくしまＩＣＴ利活用推')).toBe(true);
		expect(keptWhole('ふくしまＩＣＴ利活用推進')).toBe(false);
		// Half-width letters and digits count 0.6: eighteen of them fit, not nineteen.
		expect(keptWhole('Society5.0DXSocie')).toBe(true);
		expect(keptWhole('Society5.0DXSociety')).toBe(false);
	});
});
