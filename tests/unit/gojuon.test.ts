import { describe, expect, it } from 'vitest';
import { gojuonRowOf, groupByGojuon, readingIsNeeded } from '../../src/lib/gojuon.ts';

describe('gojuonRowOf', () => {
	it.each([
		['オープンデータ', 'おーぷんでーた', 'a'],
		['ガバメントクラウド', 'がばめんとくらうど', 'ka'],
		['情報リテラシー', 'じょうほうりてらしー', 'sa'],
		['デジタルデバイド', 'でじたるでばいど', 'ta'],
		['ビッグデータ', 'びっぐでーた', 'ha'],
		['ぴったり', 'ぴったり', 'ha'],
		['ユーザーインターフェース', 'ゆーざーいんたーふぇーす', 'ya'],
		['ワーケーション', 'わーけーしょん', 'wa'],
	])('%s (%s) → %s', (term, reading, key) => {
		expect(gojuonRowOf(term, reading).key).toBe(key);
	});

	it('puts terms that begin with a Latin letter or digit under 英数字, full- or half-width', () => {
		expect(gojuonRowOf('ＡＩ', 'えーあい').key).toBe('latin');
		expect(gojuonRowOf('IoT', 'あいおーてぃー').key).toBe('latin');
		expect(gojuonRowOf('５Ｇ', 'ふぁいぶじー').key).toBe('latin');
	});

	it('rejects a reading that is not hiragana', () => {
		expect(() => gojuonRowOf('漢字', 'カンジ')).toThrow(/hiragana/);
	});
});

describe('groupByGojuon', () => {
	const entries = [
		{ term: 'クラウドサービス', reading: 'くらうどさーびす' },
		{ term: 'ＩｏＴ', reading: 'あいおーてぃー' },
		{ term: 'キャッシュレス', reading: 'きゃっしゅれす' },
		{ term: 'ＡＩ', reading: 'えーあい' },
		{ term: 'オープンデータ', reading: 'おーぷんでーた' },
	];
	const groups = groupByGojuon(entries);

	it('returns every row in order, empty ones included, for the jump bar', () => {
		expect(groups.map((g) => g.label)).toEqual(['あ', 'か', 'さ', 'た', 'な', 'は', 'ま', 'や', 'ら', 'わ', '英数字']);
		expect(groups.find((g) => g.key === 'sa')!.entries).toEqual([]);
	});

	it('sorts kana rows by reading and 英数字 alphabetically', () => {
		expect(groups.find((g) => g.key === 'ka')!.entries.map((e) => e.term)).toEqual(['キャッシュレス', 'クラウドサービス']);
		expect(groups.find((g) => g.key === 'latin')!.entries.map((e) => e.term)).toEqual(['ＡＩ', 'ＩｏＴ']);
	});
});

describe('readingIsNeeded', () => {
	it('shows a reading only where the term is not already written in the kana it is read in', () => {
		expect(readingIsNeeded('イノベーション', 'いのべーしょん')).toBe(false);
		expect(readingIsNeeded('デジタル・ガバメント', 'でじたるがばめんと')).toBe(false);
		expect(readingIsNeeded('ｸﾗｳﾄﾞ', 'くらうど')).toBe(false);
		expect(readingIsNeeded('官民データ', 'かんみんでーた')).toBe(true);
		expect(readingIsNeeded('ＡＩ', 'えーあい')).toBe(true);
	});
});
