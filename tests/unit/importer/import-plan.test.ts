import { readFileSync } from 'node:fs';
import { mkdtemp, mkdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { dump, load } from 'js-yaml';
import { checkContent, readContent } from '../../../src/lib/content-check/check-content.ts';
import { ImportError, importPlanText } from '../../../src/lib/importer/import-plan.ts';
import { prefectureOfPlanId } from '../../../src/lib/prefectures.ts';
import { publishedOnly } from '../../../src/lib/publication.ts';
import { planTemplate } from '../../../src/lib/scaffold/plan-template.ts';

const text = '第１章 計画の策定\n\n第１節 趣旨\n\n本県のデジタル化を進めます。\n';

describe('importPlanText', () => {
	it('returns the chapter files, a plan.yaml skeleton and the source text', () => {
		const { files } = importPlanText(text, { plan: 'test-plan' });
		expect(files.map((f) => f.path)).toEqual(['ch1.md', 'plan.yaml', 'source.txt']);
		expect(files[0]!.content).toBe('---\nplan: test-plan\norder: 1\nnumber: 第１章\ntitle: 計画の策定\n---\n\n## 第１節 趣旨\n\n本県のデジタル化を進めます。\n');
		expect(files[2]!.content).toBe(text);
	});

	it('writes npm run new’s plan.yaml, prefecture from the plan id: publish: false, what is left to write marked 【要記入】', () => {
		const yaml = (plan: string) => importPlanText(text, { plan }).files.find((f) => f.path === 'plan.yaml')!.content;
		expect(yaml('fukushima-dx-2026')).toBe(planTemplate(prefectureOfPlanId('fukushima-dx-2026')));
		expect(yaml('fukushima-dx-2026')).toContain('name: 福島県');
		expect(yaml('test-plan')).toBe(planTemplate(undefined));
		expect(yaml('test-plan')).toMatch(/^  name: 【要記入】都道府県名 .*\n  code: "【要記入】" /m);
		expect(yaml('test-plan')).toMatch(/^publish: false\b/m);
	});

	it('keeps an import unpublished when its author fills in only the required fields', async () => {
		const root = await mkdtemp(path.join(tmpdir(), 'importer-'));
		const dir = path.join(root, 'content', 'plans', 'fukushima-test');
		await mkdir(dir, { recursive: true });
		for (const file of importPlanText(text, { plan: 'fukushima-test' }).files) await writeFile(path.join(dir, file.path), file.content);
		const data = load(readFileSync(path.join(dir, 'plan.yaml'), 'utf8')) as Record<string, unknown>;
		const source = data.source as Record<string, unknown>;
		Object.assign(data, { prefecture: { name: '福島県', code: '07' }, title: 'テスト計画', kind: '計画', summary: '要約です。', source: { ...source, title: 'テスト計画（PDF）' } });
		await writeFile(path.join(dir, 'plan.yaml'), dump(data));
		const { content, problems } = await readContent(path.join(root, 'content'), root);
		expect(problems).toEqual([]);
		expect(content.plans.map((plan) => [plan.id, publishedOnly.plan(plan)])).toEqual([['fukushima-test', false]]);
	});

	it.each([
		['Fukushima', '計画の id「Fukushima」は使えません'],
		['2022-plan', '英小文字で始めてください'],
		['plan_2022', '英小文字・数字・ハイフンだけ'],
	])('rejects the plan id %s', (plan, message) => {
		expect(() => importPlanText(text, { plan })).toThrow(ImportError);
		expect(() => importPlanText(text, { plan })).toThrow(message);
	});

	it('rejects empty and binary input with a message', () => {
		expect(() => importPlanText(' \n\n', { plan: 'x' })).toThrow('ファイルが空です');
		expect(() => importPlanText('PK\u0003\u0004\u0000\u0000', { plan: 'x' })).toThrow('NUL 文字');
	});

	it('writes chapters the content check accepts', async () => {
		const root = await mkdtemp(path.join(tmpdir(), 'importer-'));
		const dir = path.join(root, 'content', 'plans', 'test-plan');
		await mkdir(dir, { recursive: true });
		const input = [
			'【概要】', '', '本計画の概要です。', '', '第１章 計画の策定', '', '第１節 趣旨', '', '本文です。', '', '【目指す姿】', '', '本文です。', '', '【目指す姿】', '', '本文です。',
			'', 'ア 窓口', '', '本文です。', '', '第２章 推進', '', '１ 体制', '', '本文です。', '', '１ 体制', '', '本文です。',
		].join('\n');
		for (const file of importPlanText(input, { plan: 'test-plan' }).files) {
			if (file.path.endsWith('.md')) await writeFile(path.join(dir, file.path), file.content.replace(/^title: #.*$/m, 'title: 概要'));
		}
		await writeFile(
			path.join(dir, 'plan.yaml'),
			'prefecture:\n  name: 福島県\n  code: "07"\ntitle: テスト\nkind: 計画\nsummary: テスト\nsource:\n  title: テスト\n  file: source.txt\n',
		);
		expect(await checkContent(path.join(root, 'content'), root)).toEqual([]);
	});

	/** A PDF's text: no blank lines, prose wrapped at one width, ⽅ as PDF.js reads it (the Kangxi radical), `\f` before a page. */
	const pdfLines = (pageBreak: string) =>
		[
			'第３章 計画の目指すべき姿及び施策の展開⽅向',
			'第１節 計画の目指すべき姿',
			'デジタル変革（ＤＸ）によって、日々の暮らしや仕事など、社会のあらゆ',
			'る場面で県民一人一人が豊かさや幸せを実感できるよう、次のとおり目指す',
			'べき姿及び指標を掲げ、デジタル技術の活用と官民データの利活用を推進し',
			'ていきます。',
			'※ 「スマートシティに取り組む市町村数」は、県総合計画の補完指標',
			`${pageBreak}第２節 施策の展開⽅向`,
			'ＤＸ基本⽅針に基づき、本計画の目指すべき姿を実現するため、デジタル',
			'技術と官民データを利活用する各種施策を、次の 10 の⽅向に展開していき',
			'ます。',
		].join('\n');

	it.each([
		['at the top of a page', '\f'],
		['on the same page', ''],
	])('takes a 第N節 line after a note as wide as the text as a heading, %s of a PDF’s text', (_, pageBreak) => {
		const result = importPlanText(`${pdfLines(pageBreak)}\n`, { plan: 'test-plan' });
		const chapter = result.files.find((file) => file.path === 'ch3.md')!.content;
		expect(chapter).toContain('\n\n※ 「スマートシティに取り組む市町村数」は、県総合計画の補完指標\n\n## 第２節 施策の展開方向\n\nＤＸ基本方針に基づき、');
	});

	it('reports a line that looks like a heading when it joins it onto the line before', () => {
		const input = ['第１章 計画の策定', '', '本計画で取り組む施策の詳細は、', '第２節 施策の展開方向', 'をご覧ください。'].join('\n');
		const result = importPlanText(input, { plan: 'test-plan' });
		expect(result.files[0]!.content).toContain('\n\n本計画で取り組む施策の詳細は、第２節 施策の展開方向をご覧ください。\n');
		expect(result.report).toContainEqual({
			line: 4,
			message: '見出しの形の行 「第２節 施策の展開方向」 を、前の行から続く文とみなして前の行につなげました。見出しなら、行を分けて見出しにしてください',
			place: 'ch1.md:8',
		});
	});

	const withGlossary = (...glossary: string[]) => ['第１章 計画の策定', '', '本文です。', '', '用語解説', '', ...glossary].join('\n');

	it('turns the 用語解説 into glossary drafts the content check accepts, warning only of what is left to write', async () => {
		const root = await mkdtemp(path.join(tmpdir(), 'importer-'));
		const input = withGlossary('お オープンデータ 誰もが利用できるよう公開されたデータのこと。', 'か 官民データ 官と民が保有する電磁的に記録された情報のこと。');
		const result = importPlanText(input, { plan: 'fukushima-test' });
		expect(result.files.map((f) => f.path)).toEqual(['ch1.md', 'plan.yaml', 'source.txt']);
		expect(result.terms.map((f) => f.path)).toEqual(['fukushima-test-term-01.md', 'fukushima-test-term-02.md']);
		for (const [folder, files] of [['plans/fukushima-test', result.files], ['glossary', result.terms]] as const) {
			await mkdir(path.join(root, 'content', folder), { recursive: true });
			for (const file of files) await writeFile(path.join(root, 'content', folder, file.path), file.content);
		}
		const problems = await checkContent(path.join(root, 'content'), root);
		expect(problems.filter((p) => p.severity === 'error')).toEqual([]);
		expect(problems.filter((p) => p.file === 'content/glossary/fukushima-test-term-02.md').map((p) => p.message)).toEqual([
			expect.stringMatching(/^この行の値は雛形のまま（# の後に「【要記入】」）です/),
		]);
		expect(problems.some((p) => p.file === 'content/glossary/fukushima-test-term-01.md')).toBe(false);
	});

	it('finds a term the glossary has when the 用語解説’s header cells are on lines of their own, and says where it is', () => {
		const result = importPlanText(withGlossary('用語', '解説', 'オープンデータ', '誰もが利用できるよう公開されたデータ。'), {
			plan: 'test-plan',
			existingTerms: [{ id: 'open-data', names: ['オープンデータ'], definitions: ['公開されたデータのこと。'], plan: 'other-plan' }],
		});
		expect(result.terms).toEqual([]);
		expect(result.report.map((r) => r.message)).toContain(
			'「オープンデータ」 は用語集に glossary/open-data.md としてあるため、下書きを書いていません。この計画の解説（l.9–10）は違うので、そのファイルの otherDefinitions に加えてください',
		);
	});

	it('keeps a 用語解説 it cannot read as term rows as a file of the plan, and says to move its terms', () => {
		const result = importPlanText(withGlossary('本計画で用いる用語は、国の定義によります。'), { plan: 'test-plan' });
		expect(result.terms).toEqual([]);
		expect(result.files.find((f) => f.path === 'glossary.md')!.content).toContain('本計画で用いる用語は、国の定義によります。');
		expect(result.report.map((r) => r.message)).toContain('「用語解説」 を用語と解説の行として読めなかったため、別のファイル（glossary.md）にしました。用語ごとに content/glossary/ の用語ファイルに移してください（npm run new -- term <用語の id>）');
	});
});
