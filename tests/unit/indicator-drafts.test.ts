/** `npm run new -- indicators`: a plan's KPI tables read into indicators, checked against those the editors recorded by hand. */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readMarkdownFile } from '../../src/lib/content-check/read-content.ts';
import { indicatorDrafts } from '../../src/lib/indicator-drafts.ts';
import { chapterTables } from '../../src/markdown/chapter-outline.ts';

const planDir = (plan: string) => new URL(`../../content/plans/${plan}/`, import.meta.url);
const read = (url: URL) => {
	const result = readMarkdownFile(readFileSync(url));
	if (!result.ok) throw new Error(result.issue.message);
	return result.file;
};

async function draftsOf(plan: string) {
	const known = new Set<string>();
	const taken = new Set<string>();
	const chapters = readdirSync(planDir(plan)).filter((f) => /^ch\d+\.md$/.test(f));
	const results = await Promise.all(chapters.map(async (file) => indicatorDrafts(file.slice(0, -3), await chapterTables(read(new URL(file, planDir(plan))).body!.text), known, taken)));
	return results.flatMap((r) => r.drafts);
}

describe('indicator drafts from KPI tables', () => {
	it('reads 福島県’s two KPI tables as the editors recorded them: chapter, section, name, unit, direction and every figure', async () => {
		const drafts = await draftsOf('fukushima-dx-2022');
		const files = readdirSync(new URL('indicators/', planDir('fukushima-dx-2022'))).map((file) => new URL(`indicators/${file}`, planDir('fukushima-dx-2022')));
		const recorded = files.map((file) => read(file).data as Record<string, unknown>);
		const fields = ({ chapter, section, name, unit, direction, values }: { [field: string]: unknown }) => ({ chapter, section, name, unit, direction, values });
		expect(drafts).toHaveLength(2);
		expect(drafts.map(({ values, ...draft }) => fields({ ...draft, values: values.map(({ written, ...value }) => value) }))).toEqual(recorded.map(fields));
		// Each figure as the editors wrote it, with the places the plan prints (８０.０％: 80.0, which YAML reads as 80).
		const writtenInFiles = files.map((file) => [...readFileSync(file, 'utf8').matchAll(/value: ([\d.]+)/g)].map((m) => m[1]));
		expect(drafts.map((draft) => draft.values.map((v) => v.written))).toEqual(writtenInFiles);
		expect(writtenInFiles.flat()).toContain('80.0');
	});

	it('drafts nothing from tables that are not KPI tables (富山県’s evaluation table, 千葉県’s four fields)', async () => {
		expect(await draftsOf('toyama-dx-evaluation-2023')).toEqual([]);
		expect(await draftsOf('chiba-dx-2026')).toEqual([]);
	});

	it('reads a figure column headed by another word for its role, as the content check knows them (策定時 → 基準値, 現状 → 現況値)', () => {
		const table = { section: 's1', rows: [{ line: 1, cells: ['指標', '策定時（R3）', '現状（R5）', '目標（R7）'] }, { line: 3, cells: ['電子申請の手続数', '120件', '180件', '300件'] }] };
		const [draft] = indicatorDrafts('ch2', [table], new Set(), new Set()).drafts;
		expect(draft!.values.map((v) => [v.role, v.year, v.value])).toEqual([
			['基準値', 2021, 120],
			['現況値', 2023, 180],
			['目標値', 2025, 300],
		]);
	});

	it('takes a figure’s time from its cell where the header gives none', () => {
		const table = { section: 's2', rows: [{ line: 1, cells: ['KPI', '現状値', '目標値'] }, { line: 3, cells: ['テレワーク実施率', '１２.５％（令和４年度）', '３０％（R8）'] }] };
		const [draft] = indicatorDrafts('ch4', [table], new Set(), new Set()).drafts;
		expect(draft!.values).toEqual([
			{ year: 2022, asOf: '令和４年度', role: '現況値', value: 12.5, written: '12.5' },
			{ year: 2026, asOf: 'R8', role: '目標値', value: 30, written: '30' },
		]);
		expect(draft!.unit).toBe('%');
	});

	it('drafts no second indicator for a name the plan has, and takes the first file name not in use', () => {
		const table = {
			section: 's1',
			rows: [
				{ line: 1, cells: ['指標名', '現況値（R3）', '目標値（R7）'] },
				{ line: 3, cells: ['オンライン利用率', '48.2%', '80%'] },
				{ line: 4, cells: ['ＲＰＡ導入業務数', '１０業務', '１０業務'] },
			],
		};
		const { drafts } = indicatorDrafts('ch2', [table], new Set(['オンライン利用率']), new Set(['ch2-kpi-1']));
		expect(drafts.map((d) => [d.id, d.name, d.direction, d.values.map((v) => [v.year, v.asOf, v.value])])).toEqual([
			['ch2-kpi-2', 'ＲＰＡ導入業務数', undefined, [[2021, 'R3', 10], [2025, 'R7', 10]]],
		]);
	});
});
