import { describe, expect, it } from 'vitest';
import { chapterSchema } from '../../src/schemas/chapter.ts';
import { glossarySchema } from '../../src/schemas/glossary.ts';
import { indicatorSchema } from '../../src/schemas/indicator.ts';
import { planSchema } from '../../src/schemas/plan.ts';

const plan = {
	prefecture: { name: '千葉県', code: '12' },
	title: '千葉県デジタル・トランスフォーメーション推進戦略',
	kind: '戦略',
	dates: [{ label: '策定', date: '2023-03-20' }],
	summary: '要約',
	source: { title: '抽出テキスト' },
};

describe('planSchema', () => {
	it('accepts a plan and fills defaults', () => {
		const parsed = planSchema.parse(plan);
		expect(parsed.titleIsDescriptive).toBe(false);
		expect(parsed.source.file).toBe('source.txt');
	});
	it('accepts an open-ended period and a month-only date', () => {
		expect(planSchema.safeParse({ ...plan, period: { start: 2024 }, dates: [{ label: '改訂', date: '2026-03' }] }).success).toBe(true);
	});
	it('turns a YAML date into the ISO form', () => {
		expect(planSchema.parse({ ...plan, dates: [{ label: '策定', date: new Date('2023-03-20') }] }).dates[0]!.date).toBe('2023-03-20');
	});
	it.each([
		['a one-digit prefecture code', { prefecture: { name: '千葉県', code: '2' } }, ['prefecture', 'code']],
		['a code above 47', { prefecture: { name: '千葉県', code: '48' } }, ['prefecture', 'code']],
		['a name without 都道府県', { prefecture: { name: '千葉', code: '12' } }, ['prefecture', 'name']],
		['an unknown kind', { kind: '基本計画' }, ['kind']],
		['a period that ends before it starts', { period: { start: 2025, end: 2022 } }, ['period', 'end']],
		['a date in Japanese', { dates: [{ label: '策定', date: '令和5年3月' }] }, ['dates', 0, 'date']],
		['a javascript: source URL', { source: { title: 'x', url: 'javascript:alert(1)' } }, ['source', 'url']],
	])('rejects %s', (_, patch, path) => {
		const result = planSchema.safeParse({ ...plan, ...patch });
		expect(result.success).toBe(false);
		expect(result.error!.issues.map((i) => i.path)).toContainEqual(path);
	});
});

describe('chapterSchema', () => {
	it('rejects an unknown field so typos are caught', () => {
		const result = chapterSchema.safeParse({ plan: 'x', order: 1, title: 't', titel: 't' });
		expect(result.error?.issues[0]).toMatchObject({ code: 'unrecognized_keys', keys: ['titel'] });
	});
	it('rejects a plan id that would not be a clean URL', () => {
		expect(chapterSchema.safeParse({ plan: '福島', order: 1, title: 't' }).success).toBe(false);
	});
});

describe('glossarySchema', () => {
	it('accepts a plan source or an editorial source, not both', () => {
		const entry = { term: 'ＡＩ', reading: 'えーあい', source: { plan: 'fukushima-dx-2022' } };
		expect(glossarySchema.safeParse(entry).success).toBe(true);
		expect(glossarySchema.safeParse({ ...entry, source: { editorial: true } }).success).toBe(true);
		expect(glossarySchema.safeParse({ ...entry, source: { plan: 'x', editorial: true } }).success).toBe(false);
	});
	it('requires the reading in hiragana', () => {
		expect(glossarySchema.safeParse({ term: 'ＡＩ', reading: 'エーアイ', source: { editorial: true } }).success).toBe(false);
	});
});

describe('indicatorSchema', () => {
	const indicator = { plan: 'p', chapter: 'ch3', section: 's1', name: 'n', unit: '%', direction: '増加', values: [{ year: 2021, role: '現況値', value: 0 }] };
	const withValue = (value: object) => ({ ...indicator, values: [{ year: 2021, role: '現況値', ...value }] });
	it('keeps zero as a value and blank (null) as blank', () => {
		expect(indicatorSchema.parse(indicator).values[0]!.value).toBe(0);
		expect(indicatorSchema.parse(withValue({ value: null })).values[0]!.value).toBeNull();
	});
	it('requires the value: a blank cell is written as null, not left out', () => {
		expect(indicatorSchema.safeParse({ ...indicator, values: [{ year: 2021, role: '現況値' }] }).success).toBe(false);
	});
	it('rejects a value written with its unit or 約', () => {
		expect(indicatorSchema.safeParse(withValue({ value: '約80%' })).success).toBe(false);
	});
	it('rejects an unknown value role or direction', () => {
		expect(indicatorSchema.safeParse({ ...indicator, values: [{ year: 2021, role: '見込値', value: 1 }] }).success).toBe(false);
		expect(indicatorSchema.safeParse({ ...indicator, direction: '上昇' }).success).toBe(false);
	});
	it('defaults comparisons and themes to none, and leaves the direction out when the plan states no aim', () => {
		const { direction: _, ...withoutDirection } = indicator;
		expect(indicatorSchema.parse(withoutDirection)).toMatchObject({ comparisons: [], themes: [] });
		expect(indicatorSchema.parse(withoutDirection).direction).toBeUndefined();
	});
});
