import { describe, expect, it } from 'vitest';
import { lookalikesIn, withMeantCharacters } from '../../src/lib/lookalike-characters.ts';

const kangxi = Array.from({ length: 0x2fd5 - 0x2f00 + 1 }, (_, i) => String.fromCodePoint(0x2f00 + i));

describe('characters a PDF gives in place of the ones it draws', () => {
	it('writes the ideograph each radical is drawn as, from both blocks, and nothing else', () => {
		// ⾏ ⽤ ⼿ ⽬ are Kangxi Radicals; ⺠ ⻑ are in CJK Radicals Supplement, which NFKC leaves alone.
		expect(withMeantCharacters('県⺠の⾏政⼿続を⽤いた⽬標、⻑期')).toBe('県民の行政手続を用いた目標、長期');
		// Full-width letters and digits, ideographs, kana and ～ stay as they are: only the lookalikes are artifacts.
		expect(withMeantCharacters('ＤＸ推進計画（令和７年度）・①～')).toBe('ＤＸ推進計画（令和７年度）・①～');
		// An ideograph outside the Basic Multilingual Plane is written whole.
		expect(Array.from(withMeantCharacters('⺇'))).toEqual(['𠘨']);
	});

	it('reads ⼾ as 戸, the form Japanese fonts draw it in, not the UCD’s 戶', () => {
		expect(withMeantCharacters('⼾籍')).toBe('戸籍');
	});

	it('reads the hyphenation point ‧ as the katakana middle dot ・ it is drawn as', () => {
		expect(withMeantCharacters('人‧モノ‧組織')).toBe('人・モノ・組織');
	});

	it('has an ideograph for every Kangxi radical: the one NFKC gives, but ⼾', () => {
		for (const radical of kangxi) {
			const expected = radical === '⼾' ? '戸' : radical.normalize('NFKC');
			expect(withMeantCharacters(radical), `U+${radical.codePointAt(0)!.toString(16)}`).toBe(expected);
			expect(expected).toMatch(/^\p{Script=Han}$/u);
		}
	});

	it('lists each lookalike once, in order of first appearance, with its count and first index', () => {
		expect(lookalikesIn('⾏政の⾏動、県⺠‧')).toEqual([
			{ char: '⾏', meant: '行', count: 2, at: 0 },
			{ char: '⺠', meant: '民', count: 1, at: 7 },
			{ char: '‧', meant: '・', count: 1, at: 8 },
		]);
		expect(lookalikesIn('行政の行動、県民・')).toEqual([]);
	});
});
