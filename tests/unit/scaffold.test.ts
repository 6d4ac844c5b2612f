/** `npm run new`: every template writes a file that passes the content check, and nothing is overwritten. */
import { existsSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkContent } from '../../src/lib/content-check/check-content.ts';
import { formatProblem } from '../../src/lib/content-check/problem.ts';
import { ScaffoldError, scaffold, startsUnpublished, templates } from '../../src/lib/scaffold/scaffold.ts';
import { contentWithOverlay } from '../support/content-fixture.ts';
import { load } from 'js-yaml';
import { channelSchema, consultationSchema } from '../../src/schemas/consultation.ts';

/** A chapter of sample-plan with a KPI table none of whose rows is an indicator yet. */
const kpiTable = path.resolve('tests/fixtures/scaffold/kpi-table');

/** One invocation per template and way of calling it, into the fixture site (sample-plan exists there), with what it needs laid over it. */
const examples: Array<{ kind: string; ids: string[]; overlay?: string; prefecture?: string }> = [
	{ kind: 'plan', ids: ['aomori-dx-2026'] },
	{ kind: 'chapter', ids: ['sample-plan', 'ch3'] },
	{ kind: 'term', ids: ['open-government'] },
	{ kind: 'indicator', ids: ['sample-plan', 'kpi-new'] },
	{ kind: 'indicators', ids: ['sample-plan'], overlay: kpiTable },
	{ kind: 'consultation', ids: ['sample-plan', 'sample-draft-2026'] },
	// A draft published only as the organiser's PDFs: no plan on the site.
	{ kind: 'consultation', ids: ['pubcom-2026-dx'], prefecture: '宮城県' },
];

/** The one file a template wrote. */
async function only(made: ReturnType<typeof scaffold>): Promise<string> {
	const { files } = await made;
	expect(files).toHaveLength(1);
	return files[0]!;
}

async function freshContent(...overlays: string[]) {
	const root = await contentWithOverlay(...overlays);
	return { root, content: path.join(root, 'content') };
}

const errorsAndWarnings = async (content: string, root: string) => {
	const problems = await checkContent(content, root);
	return { errors: problems.filter((p) => p.severity === 'error').map(formatProblem), warnings: problems.filter((p) => p.severity === 'warning').map(formatProblem) };
};

describe('npm run new', () => {
	it('has an example for every template', () => {
		expect([...new Set(examples.map((e) => e.kind))].sort()).toEqual(Object.keys(templates).sort());
	});

	/**
	 * Kinds whose file is published with a plan that is already published (sample-plan): their 【要記入】 stop the build.
	 * Not a chapter: one added to a published plan is a draft (publish: false) until written.
	 */
	const inPublishedPlan = new Set(['indicator', 'indicators']);
	for (const { kind, ids, overlay, prefecture } of examples) {
		const outcome = inPublishedPlan.has(kind) ? 'errors, as a published plan cannot carry them' : 'warnings, as the file is not published yet';
		it(`${kind} ${ids.join(' ')}: writes commented files that pass the content check but for what is left to fill: ${outcome}`, async () => {
			const { root, content } = await freshContent(...(overlay ? [overlay] : []));
			const { files } = await scaffold(kind, ids, content, { prefecture });
			expect(files.length).toBeGreaterThan(0);
			const { errors, warnings } = await errorsAndWarnings(content, root);
			const [left, none] = inPublishedPlan.has(kind) ? [errors, warnings] : [warnings, errors];
			expect(none).toEqual([]);
			const severity = inPublishedPlan.has(kind) ? '' : '（警告）';
			for (const file of files) {
				expect(await readFile(file, 'utf8')).toMatch(/# .*[ぁ-ん]/);
				const relative = path.relative(root, file);
				const own = left.filter((problem) => problem.startsWith(`${relative}:`));
				expect(own.length).toBeGreaterThan(0);
				// A mark in the text itself, or in the comment after a value that is only the template's example.
				for (const problem of own) expect(problem).toMatch(new RegExp(`^${relative}:\\d+: ${severity}(雛形の「【要記入】」が残って|この行の値は雛形のまま（# の後に「【要記入】」）)`));
			}
			expect(left.length).toBe(left.filter((problem) => files.some((file) => problem.startsWith(`${path.relative(root, file)}:`))).length);
		});
	}

	it('indicators: one draft per row of the plan’s KPI tables, its figures read as the row gives them, and says which rows it left out and why', async () => {
		const { content } = await freshContent(kpiTable);
		const { files, notes } = await scaffold('indicators', ['sample-plan'], content);
		expect(files.map((file) => path.relative(content, file))).toEqual(['plans/sample-plan/indicators/ch3-kpi-1.md', 'plans/sample-plan/indicators/ch3-kpi-2.md']);
		const first = await readFile(files[0]!, 'utf8');
		expect(first).toMatch(/^chapter: ch3 /m);
		expect(first).toMatch(/^section: s1 /m);
		expect(first).toMatch(/^name: "電子申請ができる手続の数" /m);
		expect(first).toMatch(/^unit: "件" /m);
		expect(first).toMatch(/^direction: 増加 /m);
		expect(first).toContain('  - { year: 2021, asOf: "令和３年度", role: 基準値, value: 120 }\n  - { year: 2025, asOf: "令和７年度", role: 目標値, value: 300 }');
		expect(await readFile(files[1]!, 'utf8')).toMatch(/^direction: 減少 /m);
		expect(notes).toEqual(['ch3.md:14: 「県庁の紙の使用量」の「約１,０００万枚」を数値と単位として読めないため、下書きを作りませんでした']);
		expect(first).toMatch(/^name: .*# 【要記入】ch3\.md 12行目の表の行から作りました/m);
		// The table's row that sample-plan has as an indicator already (kpi-online, ch2) gets none.
		expect(files.some((file) => file.includes('ch2-kpi'))).toBe(false);
		await expect(scaffold('indicators', ['sample-plan'], content)).rejects.toThrow('計画「sample-plan」の章に、まだ指標になっていない指標の表の行がありません');
	});

	it('once a new plan is marked publish: true, what is left to fill in it and its chapters stops the build', async () => {
		const { root, content } = await freshContent();
		const plan = await only(scaffold('plan', ['aomori-dx-2026'], content));
		const chapter = await only(scaffold('chapter', ['aomori-dx-2026', 'ch1'], content));
		const before = await errorsAndWarnings(content, root);
		expect(before.errors).toEqual([]);
		expect(before.warnings.some((w) => w.startsWith(path.relative(root, chapter)))).toBe(true);
		expect(before.warnings.join('\n')).toContain('publish: false なので公開はされません');

		await writeFile(plan, (await readFile(plan, 'utf8')).replace(/^publish: false/m, 'publish: true'));
		const after = await errorsAndWarnings(content, root);
		expect(after.warnings).toEqual([]);
		for (const file of [plan, chapter]) expect(after.errors.some((e) => e.startsWith(`${path.relative(root, file)}:`))).toBe(true);
		expect(after.errors[0]).toContain('このままでは公開できません');
		// How each can wait: the plan by its publish: false; its chapter by its own, without taking the whole plan off the site.
		expect(after.errors.find((e) => e.startsWith(`${path.relative(root, plan)}:`))).toContain('書き終えるまで公開しないなら、この plan.yaml に publish: false と書きます');
		expect(after.errors.find((e) => e.startsWith(`${path.relative(root, chapter)}:`) && e.includes('雛形の「【要記入】」'))).toContain('この章のファイルに publish: false と書きます');
	});

	it('writes a chapter added to a published plan as a draft: publish: false, its 【要記入】 warnings until the line is removed', async () => {
		const { root, content } = await freshContent();
		const chapter = await only(scaffold('chapter', ['sample-plan', 'ch3'], content));
		const text = await readFile(chapter, 'utf8');
		expect(text).toMatch(/^publish: false {4}# 下書きの印。.*書き終えたら、この行を削除します$/m);
		const before = await errorsAndWarnings(content, root);
		expect(before.errors).toEqual([]);
		expect(before.warnings.join('\n')).toContain('publish: false なので公開はされません');

		await writeFile(chapter, text.replace(/^publish: false.*\n/m, ''));
		const after = await errorsAndWarnings(content, root);
		expect(after.warnings).toEqual([]);
		expect(after.errors.length).toBeGreaterThan(0);
		for (const error of after.errors) expect(error.startsWith(`${path.relative(root, chapter)}:`)).toBe(true);
		// A new plan's chapters follow its plan.yaml: no line of their own.
		await scaffold('plan', ['aomori-dx-2026'], content);
		expect(await readFile(await only(scaffold('chapter', ['aomori-dx-2026', 'ch1'], content)), 'utf8')).not.toMatch(/^publish:/m);
	});

	it('says of a mark in a comment that the value before it is the example, and how to clear it once checked', async () => {
		const { root, content } = await freshContent();
		const plan = await only(scaffold('plan', ['aomori-dx-2026'], content));
		const kindLine = (await readFile(plan, 'utf8')).split('\n').findIndex((line) => line.startsWith('kind: 計画')) + 1;
		await writeFile(plan, (await readFile(plan, 'utf8')).replace(/^publish: false/m, 'publish: true'));
		const { errors } = await errorsAndWarnings(content, root);
		expect(errors).toContainEqual(`${path.relative(root, plan)}:${kindLine}: この行の値は雛形のまま（# の後に「【要記入】」）です。このままでは公開できません — 値を文書のとおりに書き換え、確かめたら # の後の「【要記入】」を消してください`);
	});

	it('builds a plan up from nothing: plan, chapter, indicator table', async () => {
		const { root, content } = await freshContent();
		const plan = await only(scaffold('plan', ['aomori-dx-2026'], content));
		expect(await readFile(plan, 'utf8')).toContain('name: 青森県');
		await scaffold('chapter', ['aomori-dx-2026', 'ch1'], content);
		await scaffold('chapter', ['aomori-dx-2026', 'ch2'], content);
		const table = await only(scaffold('indicator', ['aomori-dx-2026', 'kpi'], content));
		expect(await readFile(table, 'utf8')).toContain('chapter: ch1 ');
		expect(await readFile(path.join(content, 'plans/aomori-dx-2026/ch2.md'), 'utf8')).toContain('order: 2 ');
		expect((await errorsAndWarnings(content, root)).errors).toEqual([]);
	});

	it('places a chapter named chN Nth where no chapter has that place (ch2 written after ch1, ch3 and ch4), else next', async () => {
		const { content } = await freshContent();
		await scaffold('plan', ['aomori-dx-2026'], content);
		for (const chapter of ['ch1', 'ch3', 'ch4', 'ch2', 'summary', 'ch9']) await scaffold('chapter', ['aomori-dx-2026', chapter], content);
		const orderOf = async (chapter: string) => /^order: (\d+)/m.exec(await readFile(path.join(content, `plans/aomori-dx-2026/${chapter}.md`), 'utf8'))?.[1];
		expect(await Promise.all(['ch1', 'ch3', 'ch4', 'ch2', 'summary', 'ch9'].map(orderOf))).toEqual(['1', '3', '4', '2', '5', '9']);
		expect(await readFile(path.join(content, 'plans/aomori-dx-2026/ch2.md'), 'utf8')).toContain('number: 第２章');
	});

	it('knows which new files wait for publish: true — plans, terms, consultations, the chapters of a new plan, a chapter added to a published plan — and which join a published plan', async () => {
		const { content } = await freshContent();
		const unpublished = async (kind: string, ids: string[]) => startsUnpublished(await only(scaffold(kind, ids, content)), content);
		await expect(unpublished('plan', ['aomori-dx-2026'])).resolves.toBe('file');
		await expect(unpublished('chapter', ['aomori-dx-2026', 'ch1'])).resolves.toBe('plan');
		await expect(unpublished('indicator', ['aomori-dx-2026', 'kpi'])).resolves.toBe('plan');
		await expect(unpublished('term', ['open-government'])).resolves.toBe('file');
		// A chapter added to a published plan: a draft of its own.
		await expect(unpublished('chapter', ['sample-plan', 'ch3'])).resolves.toBe('file');
		await expect(unpublished('indicator', ['sample-plan', 'kpi-new'])).resolves.toBe(false);
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
		// A slip, or the start of the only plan's id that begins so: the plan meant, not a new plan to make.
		[['chapter', ['sample-plam', 'ch5']], '計画「sample-plam」がありません。「sample-plan」のことではありませんか'],
		[['chapter', ['other', 'ch5']], '計画「other」がありません。「other-plan」のことではありませんか'],
		[['term', ['Open_Data']], 'term-id「Open_Data」は使えません'],
		[['chapter', ['sample-plan', 'ch5.md']], '「ch5.md」は使えません — id には .md や .yaml を付けません。「ch5」と書いてください'],
		[['plan', ['dx-2026']], 'id「dx-2026」から都道府県が分かりません'],
		[['consultation', ['a', 'b', 'c']], 'consultation には [plan-id]、consultation-id を順に指定します（指定されたのは「a」「b」「c」）:\n  npm run new -- consultation [<plan-id>] <consultation-id>'],
		[['page', ['x']], '種類「page」はありません — 作れるのは次の種類です:\n  npm run new -- plan <plan-id>'],
		[['term', []], 'term には term-id を指定します（id が指定されていません）:\n  npm run new -- term <term-id>'],
		[['', []], '作るファイルの種類と id を指定してください:\n  npm run new -- plan <plan-id>'],
		// A slip, or the kind named in Japanese: the one meant, with how to run it.
		[['chpter', ['sample-plan', 'ch5']], '種類「chpter」はありません — 次のことではありませんか:\n  npm run new -- chapter <plan-id> <chapter-id>'],
		[['章', ['sample-plan', 'ch5']], '種類は英字の名前で書きます — 「章」なら次のとおりです:\n  npm run new -- chapter <plan-id> <chapter-id>'],
		[['パブコメ', ['x']], '種類は英字の名前で書きます — 「パブコメ」なら次のとおりです:\n  npm run new -- consultation'],
		[['chapter', ['sample-plan', 'print']], '章のファイル名「print.md」は使えません'],
	] as const)('explains what is wrong: %j', async ([kind, ids], message) => {
		const { content } = await freshContent();
		const attempt = scaffold(kind, [...ids], content);
		await expect(attempt).rejects.toThrow(ScaffoldError);
		await expect(attempt).rejects.toThrow(message);
	});

	it('writes a consultation on a draft not on this site with its documents to fill in and no plan, its prefecture from the id or --prefecture', async () => {
		const { content } = await freshContent();
		const text = await readFile(await only(scaffold('consultation', ['miyagi-pubcom-2026'], content)), 'utf8');
		expect(text).toContain('  name: 宮城県\n  code: "04"');
		expect(text).toMatch(/^# plan: /m);
		expect(text).toMatch(/^documents: .*\n {2}- title: 【要記入】/m);
		expect(text).not.toContain('concerns:');
		await expect(scaffold('consultation', ['pubcom-2027'], content)).rejects.toThrow('id「pubcom-2027」から都道府県が分かりません');
		// With a plan id, the plan's prefecture and its chapters.
		expect(await readFile(await only(scaffold('consultation', ['sample-plan', 'sample-2027'], content)), 'utf8')).toMatch(/^plan: sample-plan /m);
	});

	it('shows in a consultation’s comments how to write every kind of channel and the other documents, each valid as written once uncommented', async () => {
		const { content } = await freshContent();
		const text = await readFile(await only(scaffold('consultation', ['sample-plan', 'sample-2028'], content)), 'utf8');
		// As an author would: 「# 」 taken off the examples of channels, documents and the organiser's page (not notices or results).
		const examples = /^# (?=documents:|officialPage:| {2}- (?:kind|title):| {4}\w)/;
		let inExample = false;
		const uncommented = text
			.split('\n')
			.map((line) => {
				inExample = examples.test(line) && (inExample || !line.startsWith('#    '));
				return inExample ? line.slice(2) : line;
			})
			.join('\n');
		const data = load(uncommented.split('---\n')[1]!) as { channels: Array<{ kind: string }> };
		expect(data.channels.map((c) => c.kind).sort()).toEqual(channelSchema.options.map((option) => option.shape.kind.value).sort());
		const parsed = consultationSchema.safeParse(data);
		expect(parsed.error?.issues ?? []).toEqual([]);
		expect(parsed.data?.documents).toHaveLength(1);
		expect(parsed.data?.officialPage).toMatch(/^https:/);
	});

	it('refuses a --prefecture other than the plan’s for a consultation on a plan, and takes the plan’s own', async () => {
		const { content } = await freshContent();
		await expect(scaffold('consultation', ['sample-plan', 'sample-2029'], content, { prefecture: '石川県' })).rejects.toThrow('計画「sample-plan」は福島県の計画ですが、--prefecture は「石川県」です');
		expect(await readFile(await only(scaffold('consultation', ['sample-plan', 'sample-2029'], content, { prefecture: '福島' })), 'utf8')).toContain('  name: 福島県\n');
	});

	it('takes the prefecture by name when the plan id does not start with it', async () => {
		const { content } = await freshContent();
		const file = await only(scaffold('plan', ['metro-dx-2026'], content, { prefecture: '東京都' }));
		expect(await readFile(file, 'utf8')).toContain('code: "13"');
	});

	it('writes nothing when the id starts with one prefecture and --prefecture names another, and says how to mend either', async () => {
		const { content } = await freshContent();
		await expect(scaffold('plan', ['osaka-dx-2026'], content, { prefecture: '京都府' })).rejects.toThrow(
			'id「osaka-dx-2026」は大阪府（osaka）で始まりますが、--prefecture は京都府です — 京都府の計画なら id を kyoto- で始め、大阪府の計画なら --prefecture を外してください',
		);
		expect(existsSync(path.join(content, 'plans', 'osaka-dx-2026'))).toBe(false);
		await only(scaffold('plan', ['osaka-dx-2026'], content, { prefecture: '大阪' }));
	});

	it('takes it without 都・道・府・県 or in romaji too, and names the one a slip means without writing anything', async () => {
		const { content } = await freshContent();
		for (const [plan, prefecture, code] of [['metro-dx-2027', '東京', '13'], ['bay-dx-2027', 'chiba', '12']] as const) {
			expect(await readFile(await only(scaffold('plan', [plan], content, { prefecture })), 'utf8')).toContain(`code: "${code}"`);
		}
		const attempt = scaffold('plan', ['lake-dx-2027'], content, { prefecture: '滋賀件' });
		await expect(attempt).rejects.toThrow('都道府県「滋賀件」が分かりません — 「滋賀県」のことではありませんか。');
		expect(existsSync(path.join(content, 'plans', 'lake-dx-2027'))).toBe(false);
	});
});
