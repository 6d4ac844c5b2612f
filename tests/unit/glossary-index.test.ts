/** The glossary index lists each term, and the other names residents may look it up by, leading to it. */
import { describe, expect, it } from 'vitest';
import { glossaryIndex } from '../../src/lib/glossary-index.ts';

const entry = (term: string, reading: string, aliases: string[] = []) => ({ term, reading, aliases });
const dx = entry('デジタル・トランスフォーメーション：デジタル変革（DX）', 'でじたる・とらんすふぉーめーしょん', ['デジタル・トランスフォーメーション', 'デジタル変革（ＤＸ）', 'ＤＸ', 'DX']);
const publicComment = entry('パブリックコメント', 'ぱぶりっくこめんと', ['パブコメ', '意見公募手続']);
const sdgs = entry('SDGs（持続可能な開発目標）', 'えすでぃーじーず', ['SDGs', 'エスディージーズ']);
const fiveG = entry('第5世代移動通信システム（5G）', 'だいごせだいいどうつうしんしすてむ', ['5G']);
const lines = (groups: ReturnType<typeof glossaryIndex<ReturnType<typeof entry>>>, key: string) =>
	groups.find((g) => g.key === key)!.entries.map((line) => `${line.term}${line.isAlias ? ` → ${line.entry.term}` : ''}`);

describe('glossaryIndex', () => {
	const groups = glossaryIndex([dx, publicComment, sdgs, fiveG, entry('10年計画', 'じゅうねんけいかく'), entry('3D', 'すりーでぃー')]);

	it('lists an alias in Latin letters or digits under 英数字 once, however wide, in number order, leading to its term', () => {
		expect(lines(groups, 'latin')).toEqual(['3D', `5G → ${fiveG.term}`, '10年計画', `DX → ${dx.term}`, 'SDGs（持続可能な開発目標）']);
	});

	it('lists an alias in kana by its reading', () => {
		expect(lines(groups, 'ha')).toEqual([`パブコメ → ${publicComment.term}`, 'パブリックコメント']);
	});

	it('leaves out an alias whose reading the entry does not give (意見公募手続), and one that would stand beside its own term', () => {
		const all = groups.flatMap((g) => g.entries.map((line) => line.term));
		expect(all).not.toContain('意見公募手続');
		expect(all).not.toContain('デジタル変革（DX）');
		// Right before the term they begin.
		expect(all).not.toContain('デジタル・トランスフォーメーション');
		expect(all).not.toContain('SDGs');
		expect(all).not.toContain('エスディージーズ');
	});

	it('lists an alias in kanji by the reading the entry gives it (aliasReadings), under its own row', () => {
		const withReadings = glossaryIndex([{ ...publicComment, aliasReadings: { 意見公募手続: 'いけんこうぼてつづき' } }, { ...entry('ＡＩ', 'えーあい', ['人工知能']), aliasReadings: { 人工知能: 'じんこうちのう' } }]);
		expect(lines(withReadings, 'a')).toEqual(['意見公募手続 → パブリックコメント']);
		expect(lines(withReadings, 'sa')).toEqual(['人工知能 → ＡＩ']);
		// As written, full-width brackets and letters kept.
		expect(lines(glossaryIndex([{ ...dx, aliasReadings: { 'デジタル変革（ＤＸ）': 'でじたるへんかく' } }]), 'ta')).toContain(`デジタル変革（ＤＸ） → ${dx.term}`);
	});

	it('leaves out an alias that is another term’s name', () => {
		const both = glossaryIndex([entry('パブコメ', 'ぱぶこめ'), publicComment]);
		expect(lines(both, 'ha')).toEqual(['パブコメ', 'パブリックコメント']);
	});
});
