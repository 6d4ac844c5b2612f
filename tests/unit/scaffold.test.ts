/** `npm run new`: every template writes a file that passes the content check, and nothing is overwritten. */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkContent } from '../../src/lib/content-check/check-content.ts';
import { formatProblem } from '../../src/lib/content-check/problem.ts';
import { ScaffoldError, scaffold, templates } from '../../src/lib/scaffold/scaffold.ts';
import { contentWithOverlay } from '../support/content-fixture.ts';

/** One invocation per template, into the fixture site (sample-plan exists there). */
const examples: Record<string, string[]> = {
	plan: ['aomori-dx-2026'],
	chapter: ['sample-plan', 'ch3'],
	term: ['open-government'],
	indicator: ['sample-plan', 'kpi-new'],
	consultation: ['sample-plan', 'sample-draft-2026'],
};

async function freshContent() {
	const root = await contentWithOverlay();
	return { root, content: path.join(root, 'content') };
}

const errorsAndWarnings = async (content: string, root: string) => {
	const problems = await checkContent(content, root);
	return { errors: problems.filter((p) => p.severity === 'error').map(formatProblem), warnings: problems.filter((p) => p.severity === 'warning').map(formatProblem) };
};

describe('npm run new', () => {
	it('has an example for every template', () => {
		expect(Object.keys(examples).sort()).toEqual(Object.keys(templates).sort());
	});

	for (const [kind, ids] of Object.entries(examples)) {
		it(`${kind}: writes a commented file that passes the content check, with what is left to fill as warnings`, async () => {
			const { root, content } = await freshContent();
			const file = await scaffold(kind, ids, content);
			const text = await readFile(file, 'utf8');
			expect(text).toMatch(/# .*[ぁ-ん]/);
			const { errors, warnings } = await errorsAndWarnings(content, root);
			expect(errors).toEqual([]);
			const relative = path.relative(root, file);
			expect(warnings.length).toBeGreaterThan(0);
			for (const warning of warnings) expect(warning).toMatch(new RegExp(`^${relative}:\\d+: （警告）雛形の「【要記入】」が残っています`));
		});
	}

	it('builds a plan up from nothing: plan, chapter, indicator table', async () => {
		const { root, content } = await freshContent();
		const plan = await scaffold('plan', ['aomori-dx-2026'], content);
		expect(await readFile(plan, 'utf8')).toContain('name: 青森県');
		await scaffold('chapter', ['aomori-dx-2026', 'ch1'], content);
		await scaffold('chapter', ['aomori-dx-2026', 'ch2'], content);
		const table = await scaffold('indicator', ['aomori-dx-2026', 'kpi'], content);
		expect(await readFile(table, 'utf8')).toContain('chapter: ch1 ');
		expect(await readFile(path.join(content, 'plans/aomori-dx-2026/ch2.md'), 'utf8')).toContain('order: 2 ');
		expect((await errorsAndWarnings(content, root)).errors).toEqual([]);
	});

	it('never overwrites a file', async () => {
		const { content } = await freshContent();
		const file = path.join(content, 'glossary/ai.md');
		const before = await readFile(file, 'utf8');
		await expect(scaffold('term', ['ai'], content)).rejects.toThrow(`${file} はすでにあります — 上書きはしません`);
		expect(await readFile(file, 'utf8')).toBe(before);
	});

	it.each([
		[['chapter', ['no-such-plan', 'ch1']], '計画「no-such-plan」がありません — 先に npm run new -- plan no-such-plan で計画を作ってください'],
		[['term', ['Open_Data']], 'term-id「Open_Data」は使えません'],
		[['plan', ['dx-2026']], '計画の id「dx-2026」から都道府県が分かりません'],
		[['page', ['x']], '作るファイルの種類と id を指定してください'],
		[['term', []], '作るファイルの種類と id を指定してください'],
		[['chapter', ['sample-plan', 'print']], '章のファイル名「print.md」は使えません'],
	] as const)('explains what is wrong: %j', async ([kind, ids], message) => {
		const { content } = await freshContent();
		const attempt = scaffold(kind, [...ids], content);
		await expect(attempt).rejects.toThrow(ScaffoldError);
		await expect(attempt).rejects.toThrow(message);
	});

	it('takes the prefecture by name when the plan id does not start with it', async () => {
		const { content } = await freshContent();
		const file = await scaffold('plan', ['metro-dx-2026'], content, { prefecture: '東京都' });
		expect(await readFile(file, 'utf8')).toContain('code: "13"');
	});
});
