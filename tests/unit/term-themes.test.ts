import { describe, expect, it } from 'vitest';
import { termNamedBy, themesNamedBy } from '../../src/lib/term-themes.ts';

const theme = (id: string, title: string, aliases: string[]) => ({ id, data: { title, aliases } });
const themes = [theme('work-style', '働き方', ['テレワーク', 'ワーケーション']), theme('kpi', '指標と評価', ['KPI', '進捗管理']), theme('divide', 'デジタルデバイド対策', ['誰一人取り残さない'])];

describe('terms and themes that share a name', () => {
	it('finds the themes whose title or 呼び方 is one of a term’s names, width and case aside', () => {
		expect(themesNamedBy(['テレワーク'], themes).map((t) => t.id)).toEqual(['work-style']);
		expect(themesNamedBy(['重要業績評価指標', 'ＫＰＩ'], themes).map((t) => t.id)).toEqual(['kpi']);
		expect(themesNamedBy(['デジタルデバイド対策'], themes).map((t) => t.id)).toEqual(['divide']);
	});

	it('does not take a name that only contains another (デジタル is not デジタルデバイド対策)', () => {
		expect(themesNamedBy(['デジタル', 'ワーク'], themes)).toEqual([]);
	});

	it('finds the term a theme’s 呼び方 names, by its heading or an alias', () => {
		const termOf = termNamedBy([
			{ id: 'telework', names: ['テレワーク'] },
			{ id: 'kpi', names: ['ＫＰＩ', '重要業績評価指標'] },
		]);
		expect(['テレワーク', 'kpi', 'ワーケーション', '進捗管理'].map(termOf)).toEqual(['telework', 'kpi', undefined, undefined]);
	});
});
