import { describe, expect, it } from 'vitest';
import { cleanStraySpaces } from '../../../src/lib/importer/stray-spaces.ts';

const wrapped = (text: string) => cleanStraySpaces(text, { wrapped: true, keepLabel: false });
const loose = (text: string) => cleanStraySpaces(text, { wrapped: false, keepLabel: false }).text;

describe('cleanStraySpaces', () => {
	it.each([
		['平成 13（2001）年度からの', '平成13（2001）年度からの'],
		['（平成 28 年法律第 103 号）', '（平成28年法律第103号）'],
		['令和 3 年 11 月 1 日参照', '令和3年11月1日参照'],
		['2021年度から 2025', '2021年度から2025'],
		['「AI ネットワーク社会推進会議」', '「AIネットワーク社会推進会議」'],
		['上で動く Webブラウザ', '上で動くWebブラウザ'],
		['I o T（Internet of Things）', 'IoT（Internet of Things）'],
	])('wrapped PDF text: %s → %s', (input, output) => {
		expect(wrapped(input).text).toBe(output);
	});

	it('removes one space between full-width characters in wrapped text and says so', () => {
		expect(wrapped('県全体の高度情報化の推進を図り、 もって県民')).toEqual({ text: '県全体の高度情報化の推進を図り、もって県民', betweenFullWidth: ['を図り、 もって県'] });
	});

	it('keeps full-width gaps that look like columns, and a space before an opening bracket', () => {
		expect(wrapped('索引 用語 解説').text).toBe('索引 用語 解説');
		expect(wrapped('お オープンデータ  国、地方公共団体').text).toBe('お オープンデータ  国、地方公共団体');
		expect(wrapped('推進会議 「報告書」').text).toBe('推進会議 「報告書」');
	});

	it('keeps spaces between full-width characters and at digits outside wrapped text', () => {
		expect(loose('デジタルのチカラで創る 県民の心豊かな暮らし')).toBe('デジタルのチカラで創る 県民の心豊かな暮らし');
		expect(loose('資料3 青森県DX推進方向')).toBe('資料3 青森県DX推進方向');
		expect(loose('地方創生2.0基本構想 (R7.6.13 決定)')).toBe('地方創生2.0基本構想 (R7.6.13 決定)');
		// …but a number with its era or counter is still one word.
		expect(loose('平成 2年に設立、第 2 章')).toBe('平成2年に設立、第2章');
	});

	it('keeps the space after a numbering label', () => {
		expect(cleanStraySpaces('2 委員会に委員長を置く。', { wrapped: true, keepLabel: true }).text).toBe('2 委員会に委員長を置く。');
		expect(cleanStraySpaces('第1 本県における', { wrapped: false, keepLabel: true }).text).toBe('第1 本県における');
		expect(cleanStraySpaces('５ Society5.0 の推進', { wrapped: true, keepLabel: true }).text).toBe('５ Society5.0の推進');
	});

	it('never changes the characters themselves', () => {
		const text = 'ＤＸ ４８.２％、DX（ＩｏＴ）・「」～！';
		expect(wrapped(text).text.replaceAll(' ', '')).toBe(text.replaceAll(' ', ''));
	});
});

describe('cleanStraySpaces in a glossary column', () => {
	it('keeps the gap between a term and its definition near the start of the line', () => {
		expect(wrapped('官民データ 官（国、地方公共団体等）と民（事業者等）が').text).toBe('官民データ 官（国、地方公共団体等）と民（事業者等）が');
	});
});
