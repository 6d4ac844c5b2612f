/** Which phrases of a heading are kept on one line. */
import { describe, expect, it } from 'vitest';
import { keptWhole, phrasesToKeep, trailingBracket } from '../../src/lib/phrases.ts';

describe('phrasesToKeep', () => {
	it('marks each phrase of a heading to keep on one line but one wider than eleven characters, together giving the text back', () => {
		expect(phrasesToKeep('ふくしまＩＣＴ利活用推進協議会の目指す姿')).toEqual([
			{ text: 'ふくしまＩＣＴ', keep: true },
			{ text: '利活用推進協議会の', keep: true },
			{ text: '目指す姿', keep: true },
		]);
		expect(phrasesToKeep('計画の目指すべき姿及び施策の展開方向')).toEqual([
			{ text: '計画の', keep: true },
			{ text: '目指すべき姿及び施策の', keep: true },
			{ text: '展開方向', keep: true },
		]);
	});

	it('mends a word BudouX cuts before its last kanji, and breaks a phrase too wide to keep between its katakana and its kanji', () => {
		expect(phrasesToKeep('ウェブアクセシビリティ方針')).toEqual([
			{ text: 'ウェブアクセシビリティ', keep: true },
			{ text: '方針', keep: true },
		]);
		expect(phrasesToKeep('第２節 施策の方向性')).toEqual([
			{ text: '第２節 施策の', keep: true },
			{ text: '方向性', keep: true },
		]);
		// A space between phrases is outside them, where a line may break.
		expect(phrasesToKeep('● みえデジタル戦略推進計画 （R2年６月策定）')).toEqual([
			{ text: '● みえデジタル', keep: true },
			{ text: '戦略推進計画', keep: true },
			{ text: ' ', keep: false },
			{ text: '（R2年６月策定）', keep: true },
		]);
		// Kept whole, a phrase is not cut at its scripts.
		expect(phrasesToKeep('デジタル人材の育成')).toEqual([
			{ text: 'デジタル人材の', keep: true },
			{ text: '育成', keep: true },
		]);
		expect(phrasesToKeep('デジタル人材の育成').map((p) => p.text).join('')).toBe('デジタル人材の育成');
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

describe('trailingBracket', () => {
	it('parts a title from the bracket that ends it, to keep that whole on a line', () => {
		expect(trailingBracket('電子申請対応手続き数（累計）（単位: 件）')).toEqual({ head: '電子申請対応手続き数（累計）', tail: '（単位: 件）' });
		expect(trailingBracket('「デジタルデバイド対策」の指標（1件）')).toEqual({ head: '「デジタルデバイド対策」の指標', tail: '（1件）' });
		// No bracket at the end, or nothing before it: nothing to keep apart.
		expect(trailingBracket('全計画の指標')).toEqual({ head: '全計画の指標', tail: '' });
		expect(trailingBracket('（仮称）')).toEqual({ head: '（仮称）', tail: '' });
	});
});
