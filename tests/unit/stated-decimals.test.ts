import { describe, expect, it } from 'vitest';
import { load } from 'js-yaml';
import { decimalsAsWritten, withStatedDecimals } from '../../src/lib/content-check/stated-decimals.ts';
import { formatFigure, formatNumber } from '../../src/lib/indicator-format.ts';
import { indicatorSchema, type Indicator } from '../../src/schemas/indicator.ts';

/** An indicator read as the content check reads it: YAML, then the schema, then the places as written. */
const read = (yaml: string) => withStatedDecimals(indicatorSchema.parse(load(yaml)) as Indicator, yaml);

const file = `plan: fukushima-dx-2022
chapter: ch3
section: s1-1
name: 県及び市町村の行政手続のオンライン利用率
unit: '%'
values:
  - { year: 2021, asOf: 令和３年度, role: 現況値, value: 48.2 }
  - year: 2025
    role: 目標値
    value: 80.0
  - { year: 2022, role: 実績値, value: null }
comparisons:
  - { area: 全国, value: 3.50 }
  - { area: 宮城県, value: 12 }
`;

describe('decimalsAsWritten', () => {
	it('counts the places after the point as the file writes them', () => {
		expect(['80.0', '48.25', '3,477', '12', '-0.50', ' 1.0 ', 'null', '1e3'].map(decimalsAsWritten)).toEqual([1, 2, 0, 0, 2, 1, 0, 0]);
	});
});

describe('withStatedDecimals', () => {
	it('gives each figure written with decimals their number, in block and flow style, comparisons too', () => {
		const indicator = read(file);
		expect(indicator.values.map((v) => [v.value, v.decimals])).toEqual([
			[48.2, 1],
			[80, 1],
			[null, undefined],
		]);
		expect(indicator.comparisons.map((c) => [c.value, c.decimals])).toEqual([
			[3.5, 2],
			[12, undefined],
		]);
	});

	it('shows each figure as the plan prints it: 80.0 stays 80.0, 3.50 stays 3.50, 3477 gets its comma', () => {
		const indicator = read(`${file.replace('value: 48.2', 'value: 3477')}`);
		expect(indicator.values.map((v) => formatNumber(v))).toEqual(['3,477', '80.0', '空欄']);
		expect(indicator.comparisons.map((c) => formatFigure(c, '%'))).toEqual(['3.50%', '12%']);
	});

	it('leaves the figures as YAML read them when the file cannot be read as text alone (a tag such as !!float)', () => {
		const indicator = read(file.replace('value: 80.0', 'value: !!float 80.0'));
		expect(indicator.values.map((v) => formatNumber(v))).toEqual(['48.2', '80', '空欄']);
	});
});
