/**
 * Every figure recorded as indicator data must be in the plan's source text
 * (its seed), and in the text of the section the indicator names; every
 * percentage in a seed must be either recorded or listed below as left out
 * on purpose (the same list, with reasons, is in the plan's NOTES.md).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { checkReferences, type ContentSnapshot, readContent } from '../../src/lib/content-check/check-content.ts';
import { formatProblem } from '../../src/lib/content-check/problem.ts';
import { figuresInText, figuresWithFewerPlaces, unstatedFigures } from '../../src/lib/seed-figures.ts';

describe('figuresInText', () => {
	it('reads full-width and half-width digits, decimals and thousands separators alike', () => {
		const figures = figuresInText('４８.２％ ８０.０％ R②：102件⇒R④：3,477件 7,974人');
		for (const figure of [48.2, 80, 102, 3477, 7974]) expect(figures.has(figure), String(figure)).toBe(true);
		// With the places each is written with: ８０.０ is 80 to one place.
		expect([...figures.get(80)!]).toEqual([1]);
		expect([...figures.get(3477)!]).toEqual([0]);
	});

	it('reads amounts written with 万/億/兆', () => {
		expect(figuresInText('年間1万2,000時間').has(12000)).toBe(true);
		expect(figuresInText('12兆円/年').has(12e12)).toBe(true);
	});

	it('does not find a figure that is not there, nor parts of a longer number', () => {
		const figures = figuresInText('４８.２％ 3,477件');
		expect(figures.has(48.3)).toBe(false);
		expect(figures.has(477)).toBe(false);
		expect(figures.has(2)).toBe(false);
	});
});

describe('unstatedFigures', () => {
	it('names each figure the text does not state and where it is written; a blank cell is no figure', () => {
		const indicator = {
			values: [
				{ year: 2021, role: '現況値' as const, value: 48.2 },
				{ year: 2023, role: '実績値' as const, value: null },
				{ year: 2025, role: '目標値' as const, value: 8 },
			],
			comparisons: [{ area: '全国', value: 91.8 }],
		};
		expect(unstatedFigures(indicator, figuresInText('現況値 ４８.２％ → 目標値 ８０.０％（全国 ９１.８％）'))).toEqual([{ field: ['values', 2], figure: { value: 8 } }]);
	});
});

describe('figuresWithFewerPlaces', () => {
	it('names a figure the text states only with more decimal places than its file gives', () => {
		const indicator = {
			values: [
				{ year: 2021, role: '現況値' as const, value: 48.2, decimals: 1 },
				{ year: 2025, role: '目標値' as const, value: 80 },
			],
			comparisons: [{ area: '全国', value: 91.8, decimals: 1 }],
		};
		const stated = figuresInText('現況値 ４８.２％ → 目標値 ８０.０％（全国 ９１.８％）');
		expect(figuresWithFewerPlaces(indicator, stated)).toEqual([{ field: ['values', 1], figure: { value: 80, decimals: 0 }, statedPlaces: 1 }]);
		// Written with its places, or stated elsewhere in the text without them, it is as the plan gives it.
		expect(figuresWithFewerPlaces({ ...indicator, values: [{ ...indicator.values[1]!, decimals: 1 }] }, stated)).toEqual([]);
		expect(figuresWithFewerPlaces(indicator, figuresInText('目標値 ８０.０％。令和７年度に80％'))).toEqual([]);
	});
});

/** Percentages in the seeds deliberately not recorded as indicators (see each plan's NOTES.md). */
const percentagesLeftOut: Record<string, number[]> = {
	// もりやま園（株）の事例紹介: a company's own figure, not the prefecture's
	'aomori-dx-plan-2023': [75],
	// 「教員の児童生徒のICT活用を指導する能力を100%に近づける」: an aim, not a target figure with a year
	'toyama-dx-evaluation-2023': [100],
};

let content: ContentSnapshot;
const seedOf = (planId: string) => readFileSync(path.resolve('content/plans', planId, 'source.txt'), 'utf8');

beforeAll(async () => {
	content = (await readContent('content')).content;
});

describe('indicator figures in the seeds', () => {
	it('covers every plan with indicators', () => {
		expect(new Set(content.indicators.map((i) => i.planId))).toEqual(new Set(['aomori-dx-plan-2023', 'fukushima-dx-2022', 'toyama-dx-evaluation-2023']));
	});

	it('finds every recorded figure in the plan’s seed text', () => {
		for (const indicator of content.indicators) {
			expect(unstatedFigures(indicator.data, figuresInText(seedOf(indicator.planId))), `${indicator.planId}/${indicator.id}: not in source.txt`).toEqual([]);
		}
	});

	it('finds every recorded figure in the section the indicator names (the content check warns otherwise)', () => {
		expect(checkReferences(content).map(formatProblem)).toEqual([]);
	});

	it('finds the time as the plan writes it (asOf) in the section text', () => {
		const squeeze = (text: string) => text.normalize('NFKC').replace(/\s+/g, '');
		for (const indicator of content.indicators) {
			const chapter = content.chapters.find((c) => c.planId === indicator.planId && c.id === indicator.data.chapter)!;
			const section = chapter.sections.find((s) => s.id === indicator.data.section)!;
			for (const { asOf } of [...indicator.data.values, ...indicator.data.comparisons]) {
				if (asOf !== undefined) expect(squeeze(`${section.text}${section.body}`), `${indicator.planId}/${indicator.id}: ${asOf}`).toContain(squeeze(asOf));
			}
		}
	});

	it('records every percentage in the seeds, except those listed as left out on purpose', () => {
		for (const plan of content.plans) {
			const seed = seedOf(plan.id).normalize('NFKC');
			const percentages = [...seed.matchAll(/(\d+(?:\.\d+)?)%/g)].map((m) => Number(m[1]));
			// Only figures recorded in %: a count that happens to equal the number does not record the percentage.
			const recorded = content.indicators.filter((i) => i.planId === plan.id && i.data.unit === '%').flatMap((i) => [...i.data.values, ...i.data.comparisons].map((v) => v.value));
			const missing = percentages.filter((p) => !recorded.includes(p) && !(percentagesLeftOut[plan.id] ?? []).includes(p));
			expect(missing, plan.id).toEqual([]);
		}
	});
});
