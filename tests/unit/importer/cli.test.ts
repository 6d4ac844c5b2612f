/** scripts/import.ts as prefectural staff run it: files written, and clear Japanese errors. */
import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const script = fileURLToPath(new URL('../../../scripts/import.ts', import.meta.url));
const run = promisify(execFile);

async function importer(...args: string[]) {
	return importerWith({}, ...args);
}

async function importerWith(env: Record<string, string>, ...args: string[]) {
	try {
		const { stdout, stderr } = await run(process.execPath, [script, ...args], { env: { ...process.env, ...env } });
		return { code: 0, stdout, stderr };
	} catch (error) {
		const failed = error as { code: number; stdout: string; stderr: string };
		return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
	}
}

function workspace() {
	const dir = mkdtempSync(path.join(tmpdir(), 'import-cli-'));
	const source = path.join(dir, 'extract.txt');
	writeFileSync(source, '第１章 計画の策定\n\n第１節 趣旨\n\n本県のデジタル化を進めます。\n\n【概念図】\n');
	return { dir, source, out: path.join(dir, 'plans') };
}

describe('npm run import', () => {
	it('writes chapters, an unpublished plan.yaml to fill in and source.txt, and prints the report', async () => {
		const { source, out } = workspace();
		const result = await importer(source, '--plan', 'test-plan', '--out', out);
		expect(result.code).toBe(0);
		const plan = path.join(out, 'test-plan');
		expect(readFileSync(path.join(plan, 'ch1.md'), 'utf8')).toContain('## 第１節 趣旨');
		expect(readFileSync(path.join(plan, 'plan.yaml'), 'utf8')).toMatch(/^publish: false\b/m);
		expect(result.stdout).toContain('plan.yaml: 雛形を書きました（publish: false のため、まだ公開されません）');
		expect(readFileSync(path.join(plan, 'source.txt'))).toEqual(readFileSync(source));
		expect(result.stdout).toContain('確認が必要な箇所（1 件');
		// The source line, and the chapter line it became: the seventh line of ch1.md is 【概念図】.
		expect(result.stdout).toMatch(/l\.7 +ch1\.md:(\d+) +図を指す【…】/);
		const chapterLine = Number(/ch1\.md:(\d+)/.exec(result.stdout)![1]);
		expect(readFileSync(path.join(plan, 'ch1.md'), 'utf8').split('\n')[chapterLine - 1]).toBe('【概念図】');
	});

	it('writes the spots to check into the plan’s NOTES.md as a checklist, once however often it is run, keeping what editors wrote there', async () => {
		const { source, out } = workspace();
		const notes = path.join(out, 'test-plan', 'NOTES.md');
		const first = await importer(source, '--plan', 'test-plan', '--out', out);
		expect(first.stdout).toContain(`この一覧は ${path.relative(process.cwd(), notes)} に、確かめたら印を付けられる形で書きました`);
		const written = readFileSync(notes, 'utf8');
		expect(written).toMatch(/^# test-plan — 編集メモ\n\n## 取り込みで確認が必要な箇所（\d{4}-\d{2}-\d{2}、1 件）\n/);
		expect(written).toMatch(/\n- \[ \] source\.txt l\.7（ch1\.md:\d+ 付近）: 図を指す【…】と思われるので本文として残しました/);

		await importer(source, '--plan', 'test-plan', '--out', out);
		expect(readFileSync(notes, 'utf8')).toBe(written);

		writeFileSync(notes, '# test-plan — 編集メモ\n\n編集部のメモ\n');
		writeFileSync(source, `${readFileSync(source, 'utf8')}\n【体制図】\n`);
		await importer(source, '--plan', 'test-plan', '--out', out, '--force');
		const appended = readFileSync(notes, 'utf8');
		expect(appended.startsWith('# test-plan — 編集メモ\n\n編集部のメモ\n\n## 取り込みで確認が必要な箇所')).toBe(true);
		expect(appended.match(/- \[ \] /g)).toHaveLength(2);
	});

	it('writes into the CONTENT_DIR the check and the build read, without --out', async () => {
		const { dir, source } = workspace();
		const content = path.join(dir, 'content');
		const result = await importerWith({ CONTENT_DIR: content }, source, '--plan', 'test-plan');
		expect(result.code).toBe(0);
		expect(existsSync(path.join(content, 'plans', 'test-plan', 'ch1.md'))).toBe(true);
	});

	it('never overwrites chapters without --force, and never overwrites plan.yaml', async () => {
		const { source, out } = workspace();
		await importer(source, '--plan', 'test-plan', '--out', out);
		const chapter = path.join(out, 'test-plan', 'ch1.md');
		const planYaml = path.join(out, 'test-plan', 'plan.yaml');
		writeFileSync(chapter, 'edited by hand');
		writeFileSync(planYaml, 'publish: false\ntitle: 手で書いた題名\n');

		const refused = await importer(source, '--plan', 'test-plan', '--out', out);
		expect(refused.code).toBe(1);
		expect(refused.stderr).toContain('ch1.md');
		expect(refused.stderr).toContain('--force');
		expect(readFileSync(chapter, 'utf8')).toBe('edited by hand');

		const forced = await importer(source, '--plan', 'test-plan', '--out', out, '--force');
		expect(forced.code).toBe(0);
		expect(readFileSync(chapter, 'utf8')).toContain('## 第１節 趣旨');
		expect(readFileSync(planYaml, 'utf8')).toBe('publish: false\ntitle: 手で書いた題名\n');
		expect(forced.stdout).toContain('plan.yaml: 既にあるため変更していません');
	});

	it('with --force, keeps a copy of every file it replaces beside the content folder, and names them', async () => {
		const { dir, source } = workspace();
		const out = path.join(dir, 'content', 'plans');
		await importer(source, '--plan', 'test-plan', '--out', out);
		writeFileSync(path.join(out, 'test-plan', 'ch1.md'), 'edited by hand');

		const forced = await importer(source, '--plan', 'test-plan', '--out', out, '--force');
		expect(forced.code).toBe(0);
		const [time, ...others] = readdirSync(path.join(dir, '.import-backup', 'test-plan'));
		expect(others).toEqual([]);
		const backup = path.join(dir, '.import-backup', 'test-plan', time!);
		expect(readFileSync(path.join(backup, 'plans', 'test-plan', 'ch1.md'), 'utf8')).toBe('edited by hand');
		expect(readdirSync(path.join(backup, 'plans', 'test-plan'))).toEqual(['ch1.md']);
		expect(forced.stdout).toContain(`上書きしたファイル: ch1.md（前の内容は ${path.relative(process.cwd(), backup)} に残しました）`);
	});

	it('imports nothing into a published plan, --force or not, and says to import under another id', async () => {
		const { source, out } = workspace();
		await importer(source, '--plan', 'test-plan', '--out', out);
		const plan = path.join(out, 'test-plan');
		writeFileSync(path.join(plan, 'ch1.md'), 'edited by hand');
		for (const published of ['publish: true\n', 'kind: 計画\n']) {
			writeFileSync(path.join(plan, 'plan.yaml'), published);
			const refused = await importer(source, '--plan', 'test-plan', '--out', out, '--force');
			expect(refused.code).toBe(1);
			expect(refused.stderr).toContain('計画「test-plan」は公開中です');
			expect(refused.stderr).toContain('別の id（例: --plan test-plan-new）に取り込み');
			expect(readFileSync(path.join(plan, 'ch1.md'), 'utf8')).toBe('edited by hand');
		}
	});

	it('writes the 用語解説 as glossary drafts beside the plans, one per term the glossary does not have, never rewriting one, even with --force', async () => {
		const { dir, source, out } = workspace();
		writeFileSync(source, '第１章 計画の策定\n\n本文です。\n\n用語解説\n\nお オープンデータ 誰もが利用できるよう公開されたデータのこと。\nA AI 人工知能のこと。\n');
		const glossary = path.join(dir, 'glossary');
		mkdirSync(glossary);
		writeFileSync(path.join(glossary, 'open-data.md'), '---\nterm: オープンデータ\nreading: おーぷんでーた\nsource:\n  editorial: true\n---\n\n公開されたデータ。\n');

		const result = await importer(source, '--plan', 'test-plan', '--out', out);
		expect(result.code).toBe(0);
		expect(readdirSync(glossary).sort()).toEqual(['ai.md', 'open-data.md']);
		expect(readFileSync(path.join(glossary, 'ai.md'), 'utf8')).toMatch(/^term: "AI" .*\n[\s\S]*\n人工知能のこと。\n$/m);
		expect(result.stdout).toContain(`用語の下書き: ${glossary} に 1 件（publish: false）`);
		expect(result.stdout).toContain('「オープンデータ」 は用語集に glossary/open-data.md としてあるため、下書きを書いていません');

		const draft = path.join(glossary, 'ai.md');
		const checked = readFileSync(draft, 'utf8').replace(/^reading: .*$/m, 'reading: えーあい').replace('人工知能のこと。', '人工知能。');
		writeFileSync(draft, checked);
		for (const args of [[], ['--force']]) {
			const again = await importer(source, '--plan', 'test-plan', '--out', out, ...args);
			expect(again.code).toBe(0);
			expect(again.stdout).toContain('「AI」 は glossary/ai.md にあるため、書き換えていません。その解説は今回読んだ解説（l.8）と違うので、文書と見比べてください');
			expect(readFileSync(draft, 'utf8')).toBe(checked);
		}
	});

	it('writes every term of a 用語解説 whose title a later page repeats, each to a file of its own', async () => {
		const { dir, source, out } = workspace();
		const page = (n: number) => `\n- ${n} -\n\f`;
		writeFileSync(
			source,
			[
				'第１章 計画の策定\n\n本文です。\n',
				page(4),
				'用語解説\n\n官民データ\n官と民が保有する電磁的に記録された情報。\n電子申請\n行政手続をインターネットで行うこと。\n',
				page(5),
				'用語解説\n\n自治体情報システム\n市町村の業務を処理する情報システム。\n行政手続\n許認可や届出などの手続。\n',
			].join(''),
		);
		const result = await importer(source, '--plan', 'test-plan', '--out', out);
		expect(result.code).toBe(0);
		const glossary = path.join(dir, 'glossary');
		expect(readdirSync(glossary).sort()).toEqual(['test-plan-term-01.md', 'test-plan-term-02.md', 'test-plan-term-03.md', 'test-plan-term-04.md']);
		const terms = readdirSync(glossary).map((name) => /^term: "(.*)"/m.exec(readFileSync(path.join(glossary, name), 'utf8'))![1]);
		expect(terms.sort()).toEqual(['官民データ', '行政手続', '自治体情報システム', '電子申請'].sort());
		expect(result.stdout).toContain(`用語の下書き: ${glossary} に 4 件（publish: false）`);
		expect(result.stdout).toContain('「用語解説」 は l.6 から続く用語解説の途中にあるため、ページの見出し（柱）とみなして除きました');
	});

	it('says how many rows of KPI tables the chapters hold, and the command that makes them indicators', async () => {
		const { source, out } = workspace();
		writeFileSync(source, '第１章 計画の策定\n\n１ 指標\n\n指標名\t現況値（令和３年度）\t目標値（令和７年度）\n県及び市町村の行政手続のオンライン利用率\t４８.２％\t８０.０％\n');
		const result = await importer(source, '--plan', 'test-plan', '--out', out);
		expect(result.stdout).toContain('指標の表: 1 行。表を文書と見比べて直したら、npm run new -- indicators test-plan で1行ずつ指標の下書きを作れます');
		const without = workspace();
		expect((await importer(without.source, '--plan', 'test-plan', '--out', without.out)).stdout).not.toContain('指標の表');
	});

	it('reads a plan PDF itself: its text becomes source.txt, the report’s lines are source.txt’s, and a page with only a figure is named', async () => {
		const { out } = workspace();
		const pdf = path.resolve('tests/fixtures/importer-pdf/plan.pdf');
		const result = await importer(pdf, '--plan', 'test-plan', '--out', out);
		expect(result.code, result.stderr).toBe(0);
		const plan = path.join(out, 'test-plan');
		const source = readFileSync(path.join(plan, 'source.txt'), 'utf8');
		expect(source.split('\f')).toHaveLength(4);
		expect(readFileSync(path.join(plan, 'ch2.md'), 'utf8')).toContain('## ２ デジタル人材の育成');
		expect(result.stdout).toContain('PDF: 4 ページの文字を読み、source.txt に書きました');
		expect(result.stdout).toContain('注意: 3 ページには文字の情報がありません（図や画像だけのページ）');
		expect(result.stdout).toContain(`行番号は ${path.join(plan, 'source.txt')} の行`);
		// The line the report names is source.txt's line with the header it removed.
		const header = /l\.(\d+) +p\.(\d+) +(?:\S+\.md:\d+ +)?「テスト県デジタル推進計画」 が \d+ 回出てくる/.exec(result.stdout);
		expect(source.split('\n')[Number(header![1]) - 1]).toBe('テスト県デジタル推進計画');
		// Each spot says its page in the PDF, to find it there: the header removed first is page 1's.
		expect(result.stdout).toContain('p. は PDF の何ページ目か');
		expect(header![2]).toBe('1');
		expect(result.stdout).toMatch(/l\.\d+ +p\.1 +summary\.md:\d+ +ページ番号と思われる行を 4 行除きました/);
	});

	it('stops with a Japanese message on a PDF it cannot read, writing nothing', async () => {
		const { out } = workspace();
		const result = await importer(path.resolve('tests/fixtures/importer-pdf/password.pdf'), '--plan', 'test-plan', '--out', out);
		expect(result.code).toBe(1);
		expect(result.stderr).toContain('取り込みを中止しました: PDF にパスワードが掛かっているため読めません');
		expect(existsSync(out)).toBe(false);
		const jumbled = await importer(path.resolve('tests/fixtures/importer-pdf/no-unicode-map.pdf'), '--plan', 'test-plan', '--out', out);
		expect(jumbled.code).toBe(1);
		expect(jumbled.stderr).toContain('取り込みを中止しました: 取り込む文字の大半が、意味をなさない文字の並びです');
		expect(existsSync(out)).toBe(false);
	});

	it('suggests the reading of a term written in kanji from the dictionary, marked to confirm', async () => {
		const { dir, source, out } = workspace();
		writeFileSync(source, '第１章 計画の策定\n\n本文です。\n\n用語解説\n\nか 官民データ 国、地方公共団体、事業者が保有するデータのこと。\n');
		const result = await importer(source, '--plan', 'test-plan', '--out', out);
		expect(result.code, result.stderr).toBe(0);
		expect(readFileSync(path.join(dir, 'glossary', 'test-plan-term-01.md'), 'utf8')).toMatch(/^reading: かんみんでーた +# .*【要記入】辞書（IPADIC）で読みました/m);
		expect(result.stdout).toContain('の reading は辞書で読んだものです');
	});

	it('asks for a PDF of a Word or 一太郎 document rather than the document, whose automatic numbering it could not read', async () => {
		const { dir, out } = workspace();
		const oldWord = path.join(dir, 'plan.doc');
		writeFileSync(oldWord, Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]));
		for (const file of [path.resolve('tests/fixtures/results-tables/word.docx'), oldWord]) {
			const result = await importer(file, '--plan', 'test-plan', '--out', out);
			expect(result.code, file).toBe(1);
			expect(result.stderr).toContain('は Word・Excel・一太郎などの文書ファイルで、読めません — 文書を PDF に保存');
		}
		expect(existsSync(out)).toBe(false);
	});

	it('stops with a Japanese message on a missing file', async () => {
		const { dir, out } = workspace();
		const result = await importer(path.join(dir, 'nothing.txt'), '--plan', 'test-plan', '--out', out);
		expect(result.code).toBe(1);
		expect(result.stderr).toContain('ファイルが見つかりません');
		expect(existsSync(out)).toBe(false);
	});

	it('reads text saved in Shift_JIS (Notepad’s ANSI, 一太郎) and writes source.txt in UTF-8; stops on text that is neither', async () => {
		const { dir, out } = workspace();
		const shiftJis = path.join(dir, 'sjis.txt');
		// 第１章 計画の策定 / 本文です。 in Shift_JIS.
		writeFileSync(shiftJis, Buffer.from([0x91, 0xe6, 0x82, 0x50, 0x8f, 0xcd, 0x81, 0x40, 0x8c, 0x76, 0x89, 0xe6, 0x82, 0xcc, 0x8d, 0xf4, 0x92, 0xe8, 0x0a, 0x0a, 0x96, 0x7b, 0x95, 0xb6, 0x82, 0xc5, 0x82, 0xb7, 0x81, 0x42, 0x0a]));
		const result = await importer(shiftJis, '--plan', 'test-plan', '--out', out);
		expect(result.code, result.stderr).toBe(0);
		expect(result.stdout).toContain('文字コード: Shift_JIS のテキストとして読み、source.txt には UTF-8 で書きました');
		expect(readFileSync(path.join(out, 'test-plan', 'source.txt'), 'utf8')).toBe('第１章　計画の策定\n\n本文です。\n');
		expect(readFileSync(path.join(out, 'test-plan', 'ch1.md'), 'utf8')).toContain('title: 計画の策定\n');
		const neither = path.join(dir, 'binary.txt');
		writeFileSync(neither, Buffer.from([0xff, 0x0a]));
		const other = workspace();
		const stopped = await importer(neither, '--plan', 'test-plan', '--out', other.out);
		expect(stopped.code).toBe(1);
		expect(stopped.stderr).toContain('UTF-8 のテキストではありません（1行目、0バイト目）。Shift_JIS としても読めません');
		expect(existsSync(other.out)).toBe(false);
	});

	it('stops with a Japanese message on a bad plan id or a missing one', async () => {
		const { source, out } = workspace();
		const bad = await importer(source, '--plan', 'Fukushima_2022', '--out', out);
		expect(bad.code).toBe(1);
		expect(bad.stderr).toContain('計画の id「Fukushima_2022」は使えません');
		const missing = await importer(source, '--out', out);
		expect(missing.code).toBe(1);
		expect(missing.stderr).toContain('--plan で計画の id');
		const unknown = await importer(source, '--plan', 'x', '--bogus');
		expect(unknown.code).toBe(1);
		expect(unknown.stderr).toContain('使い方');
	});
});
