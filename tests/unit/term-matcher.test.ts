import { describe, expect, it } from 'vitest';
import { createTermMatcher } from '../../src/lib/term-matcher.ts';

const matcher = createTermMatcher([
	{ id: 'ai', names: ['AI', '人工知能'] },
	{ id: 'os', names: ['OS'] },
	{ id: 'iot', names: ['ＩｏＴ'] },
	{ id: 'data', names: ['官民データ'] },
	{ id: 'act', names: ['官民データ活用推進基本法'] },
	{ id: 'society', names: ['Society5.0'] },
	{ id: 'innovation', names: ['イノベーション'] },
	{ id: 'card', names: ['マイナンバーカード'] },
]);
const ids = (text: string) => matcher.find(text).map((m) => `${m.termId}:${m.text}`);

describe('createTermMatcher', () => {
	it('prefers the longest name at a position', () => {
		expect(ids('官民データ活用推進基本法')).toEqual(['act:官民データ活用推進基本法']);
		expect(ids('官民データの活用')).toEqual(['data:官民データ']);
	});
	it('matches inside Japanese text without spaces', () => {
		expect(ids('県はＡＩや人工知能を使う')).toEqual(['ai:ＡＩ', 'ai:人工知能']);
	});
	it('folds full- and half-width both ways', () => {
		expect(ids('IoTとＩｏＴ')).toEqual(['iot:IoT', 'iot:ＩｏＴ']);
		expect(ids('Ｓｏｃｉｅｔｙ５．０')).toEqual(['society:Ｓｏｃｉｅｔｙ５．０']);
	});
	it('takes a Latin name written with a space between its letters and its numbers, or without, for the same term', () => {
		expect(ids('新たな社会「Society 5.0」、Society5.0、Ｓｏｃｉｅｔｙ　５．０')).toEqual(['society:Society 5.0', 'society:Society5.0', 'society:Ｓｏｃｉｅｔｙ　５．０']);
		expect(createTermMatcher([{ id: 'g', names: ['Society 5.0'] }]).find('Society5.0').map((m) => m.termId)).toEqual(['g']);
		// Only at that seam: a space elsewhere is another text.
		expect(ids('Soci ety5.0')).toEqual([]);
	});
	it('keeps Latin terms to whole tokens', () => {
		expect(ids('DOS OSS ＤＯＳ BIOS CHAOS')).toEqual([]);
		expect(ids('OS、「OS」、ＯＳの')).toEqual(['os:OS', 'os:OS', 'os:ＯＳ']);
	});
	it('keeps names beginning or ending in katakana from the inside of a longer katakana word', () => {
		expect(ids('オープンイノベーションを推進し、イノベーションを生む')).toEqual(['innovation:イノベーション']);
		expect(ids('イノベーションハブ')).toEqual([]);
		// Beside kanji, kana or 「・」 it is the term: 福島イノベーション・コースト構想 is told apart with notIn.
		expect(ids('福島イノベーション・コースト構想、マイナンバーカードの普及')).toEqual(['innovation:イノベーション', 'card:マイナンバーカード']);
	});
	it('finds nothing inside a longer name the term is not (notIn), and the term beside or between such names', () => {
		const dx = createTermMatcher([{ id: 'dx', names: ['DX'], notIn: ['DX推進課', 'DX・働き方改革推進補佐官'] }]);
		const found = (text: string) => dx.find(text).map((m) => `${m.index}:${m.text}`);
		expect(found('企画政策部DX推進課において処理する')).toEqual([]);
		expect(found('川西DX・働き方改革推進補佐官')).toEqual([]);
		expect(found('DX推進課がDXを進め、DX推進課に')).toEqual(['6:DX']);
		// The name's letters elsewhere in the text keep nothing out.
		expect(found('DXの推進（推進課）')).toEqual(['0:DX']);
	});
	it('is case-sensitive, so an ordinary word is not taken for an acronym', () => {
		expect(ids('ai')).toEqual([]);
	});
	it('ignores one-character names, which would match everywhere', () => {
		expect(createTermMatcher([{ id: 'x', names: ['率'] }]).find('利用率')).toEqual([]);
	});
});
