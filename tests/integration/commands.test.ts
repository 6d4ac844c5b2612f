/** The authors' and benchmark commands, run as a user runs them. */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkContent, readContent } from '../../src/lib/content-check/check-content.ts';
import { consultedTexts } from '../../src/lib/content-check/consulted-texts.ts';
import { consultationFixture } from '../support/consultation-fixture.ts';
import { contentWithOverlay, validContent } from '../support/content-fixture.ts';

const jst = (local: string) => Date.parse(`${local}+09:00`);

const run = (script: string, args: string[], env: Record<string, string> = {}) =>
	spawnSync(process.execPath, [path.resolve('scripts', script), ...args], { env: { ...process.env, ...env }, encoding: 'utf8', timeout: 120_000 });

describe('npm run check', () => {
	it('exits 0 and says so on valid content', async () => {
		// No published site to compare with: dist/ may hold another content's build (CI builds the real site first).
		const result = run('check.ts', ['--site', await mkdtemp(path.join(tmpdir(), 'prefplan-unpublished-'))], { CONTENT_DIR: validContent });
		expect(result.status).toBe(0);
		expect(result.stderr).toContain('コンテンツに問題はありません。');
	});

	it('stops on a chapter it would not read (Notepad’s ch4.md.txt, ch4.MD), saying what to rename it to', async () => {
		const root = await contentWithOverlay();
		const plan = path.join(root, 'content/plans/sample-plan');
		await writeFile(path.join(plan, 'ch4.md.txt'), readFileSync(path.join(plan, 'ch2.md'), 'utf8'));
		await writeFile(path.join(plan, 'ch5.MD'), readFileSync(path.join(plan, 'ch2.md'), 'utf8'));
		const result = spawnSync(process.execPath, [path.resolve('scripts/check.ts')], { cwd: root, env: { ...process.env, CONTENT_DIR: 'content' }, encoding: 'utf8' });
		expect(result.status).toBe(1);
		expect(result.stderr).toContain('content/plans/sample-plan/ch4.md.txt: 「ch4.md.txt」は読み込まれず、公開されません（拡張子が小文字の「.md」ではありません）— ch4.md.txt → ch4.md に名前を変えてください');
		expect(result.stderr).toContain('content/plans/sample-plan/ch5.MD: 「ch5.MD」は読み込まれず、公開されません');
		expect(result.stderr).toContain('2件のエラーがあります');
	});

	it('exits 1 listing every problem with file and line', async () => {
		const root = await contentWithOverlay(path.resolve('tests/fixtures/broken/missing-title'), path.resolve('tests/fixtures/broken/non-numeric-value'));
		const result = spawnSync(process.execPath, [path.resolve('scripts/check.ts')], { cwd: root, env: { ...process.env, CONTENT_DIR: 'content' }, encoding: 'utf8' });
		expect(result.status).toBe(1);
		expect(result.stderr).toContain('content/plans/sample-plan/ch1.md:2: 必須の項目「title」がありません');
		expect(result.stderr).toContain('content/plans/sample-plan/indicators/kpi-online.md:12:');
		expect(result.stderr).toContain('2件のエラーがあります');
	});
});

describe('npm run check on links in the Markdown', () => {
	const check = (root: string, env: Record<string, string> = {}) =>
		spawnSync(process.execPath, [path.resolve('scripts/check.ts')], { cwd: root, env: { ...process.env, CONTENT_DIR: 'content', BASE_PATH: '', ...env }, encoding: 'utf8' });

	it('reports a link to a chapter that does not exist, at its line, without building', async () => {
		const result = check(await contentWithOverlay(path.resolve('tests/fixtures/broken/link-to-missing-chapter')));
		expect(result.status).toBe(1);
		expect(result.stderr).toContain('content/plans/sample-plan/ch2.md:22: リンク先「../ch9/」が見つかりません（そのページがない）');
	});

	it('reads site-absolute links under BASE_PATH as the build does: outside it, no page is found', async () => {
		const root = await contentWithOverlay();
		const chapter = path.join(root, 'content/plans/sample-plan/ch2.md');
		await writeFile(chapter, `${readFileSync(chapter, 'utf8')}\n[AI](/glossary/ai/)、[AI](/sub/glossary/ai/)\n`);
		const line = readFileSync(chapter, 'utf8').split('\n').length - 1;
		expect(check(root).status).toBe(0);
		const underBase = check(root, { BASE_PATH: '/sub/' });
		expect(underBase.status).toBe(1);
		expect(underBase.stderr.split('\n').filter((l) => l.includes('リンク先'))).toEqual([
			`content/plans/sample-plan/ch2.md:${line}: リンク先「/glossary/ai/」が見つかりません（そのページがない）— アドレスと # の後の id を確かめてください`,
		]);
	});
});

describe('npm run check against the last published site', () => {
	it('warns about a published heading id that would vanish, exit 0; --strict makes it fail', async () => {
		const site = await mkdtemp(path.join(tmpdir(), 'prefplan-published-'));
		await writeFile(path.join(site, 'heading-ids.json'), JSON.stringify({ 'sample-plan/ch1': ['concept', 's1', 's1-1', 's1-2', 's1-3'] }));
		const result = run('check.ts', ['--site', site], { CONTENT_DIR: validContent });
		expect(result.status).toBe(0);
		expect(result.stderr).toContain('tests/fixtures/site/content/plans/sample-plan/ch1.md: （警告）公開中の見出しの id「s1-3」がなくなります');
		expect(result.stderr).toContain('エラーはありません（確認が必要な警告 1件）。上の各行を確かめてください。');
		expect(result.stderr).not.toContain('問題はありません');
		const strict = run('check.ts', ['--site', site, '--strict'], { CONTENT_DIR: validContent });
		expect(strict.status).toBe(1);
		expect(strict.stderr).toContain('エラーはありません（確認が必要な警告 1件）。上の各行を確かめてください（--strict のため、警告があると失敗として終わります）。');
	});
});

describe('npm run check against the last build of a draft under consultation', () => {
	it('warns at a chapter of the draft changed since that build, during the period, while no notice tells residents', async () => {
		const root = await contentWithOverlay(consultationFixture);
		const site = path.join(await mkdtemp(path.join(tmpdir(), 'prefplan-consulted-')), 'dist');
		await mkdir(`${site}.reports`, { recursive: true });
		// The last build's record: other-plan's ch2 as it was then (another text), ch1 as it is.
		const { content } = await readContent(path.join(root, 'content'), root);
		const record = consultedTexts(content, jst('2026-12-05T12:00:00'));
		record.consultations['other-open']!.chapters.ch2 = 'a text since changed';
		await writeFile(path.join(`${site}.reports`, 'consulted-texts.json'), JSON.stringify(record));
		const result = spawnSync(process.execPath, [path.resolve('scripts/check.ts'), '--site', site], { cwd: root, env: { ...process.env, CONTENT_DIR: path.join(root, 'content'), SOURCE_DATE_EPOCH: String(jst('2026-12-10T12:00:00') / 1000) }, encoding: 'utf8', timeout: 120_000 });
		expect(result.status, result.stderr).toBe(0);
		expect(result.stderr.split('\n').filter((line) => line.includes('案の本文'))).toEqual([
			expect.stringMatching(/^content\/plans\/other-plan\/ch2\.md: （警告）意見募集「千葉県テスト用DX推進戦略に対する意見募集」の期間中に、案の本文のこの章が変わりました（前回のビルド（令和8（2026）年12月5日）の後）。/),
		]);
	});
});

describe('npm run new', () => {
	it('answers --help and -h with what it makes and how, and writes nothing', async () => {
		const root = await contentWithOverlay();
		for (const flag of ['--help', '-h']) {
			const help = spawnSync(process.execPath, [path.resolve('scripts/new.ts'), flag], { cwd: root, env: { ...process.env, CONTENT_DIR: 'content' }, encoding: 'utf8' });
			expect(help.status, flag).toBe(0);
			expect(help.stdout, flag).toContain('npm run new -- chapter <plan-id> <chapter-id>');
		}
		const check = spawnSync(process.execPath, [path.resolve('scripts/check.ts'), '--help'], { cwd: root, env: { ...process.env, CONTENT_DIR: 'content' }, encoding: 'utf8' });
		expect([check.status, check.stdout.trim()]).toEqual([0, '使い方: npm run check [-- --site dist] [--strict]']);
	});

	it('writes the file and says what to do next; refuses to overwrite it', async () => {
		const root = await contentWithOverlay();
		const newTerm = () => spawnSync(process.execPath, [path.resolve('scripts/new.ts'), 'term', 'open-government'], { cwd: root, env: { ...process.env, CONTENT_DIR: 'content' }, encoding: 'utf8' });
		const first = newTerm();
		expect(first.status, first.stderr).toBe(0);
		expect(first.stdout).toContain('content/glossary/open-government.md を作りました');
		expect(first.stdout).toContain('publish: false の間は公開されません');
		const second = newTerm();
		expect(second.status).toBe(1);
		expect(second.stderr).toContain('content/glossary/open-government.md はすでにあります — 上書きはしません');
	});

	it('says whether the plan a new file joins is published: a chapter of a published plan is a draft until its publish: false is removed, an indicator stops the build until written', async () => {
		const root = await contentWithOverlay();
		const newFile = (...args: string[]) => spawnSync(process.execPath, [path.resolve('scripts/new.ts'), ...args], { cwd: root, env: { ...process.env, CONTENT_DIR: 'content' }, encoding: 'utf8' });
		expect(newFile('chapter', 'sample-plan', 'ch3').stdout).toContain('下書き（publish: false）として作りました。npm run dev では表示され、npm run build では公開されません。書き終えたら publish: false の行を削除すると公開されます');
		expect(newFile('indicator', 'sample-plan', 'kpi-new').stdout).toContain('公開中の計画のファイルなので、書き換え終えるまで npm run build は止まります');
		expect(newFile('plan', 'aomori-dx-2026').status).toBe(0);
		expect(newFile('chapter', 'aomori-dx-2026', 'ch1').stdout).toContain('publish: false の間は公開されません');
	});

	it('lists the indicator drafts it wrote from the KPI tables, how many, and the rows it left out and why', async () => {
		const root = await contentWithOverlay(path.resolve('tests/fixtures/scaffold/kpi-table'));
		const run = spawnSync(process.execPath, [path.resolve('scripts/new.ts'), 'indicators', 'sample-plan'], { cwd: root, env: { ...process.env, CONTENT_DIR: 'content' }, encoding: 'utf8' });
		expect(run.status, run.stderr).toBe(0);
		expect(run.stdout.split('\n').slice(0, 3)).toEqual([
			'  content/plans/sample-plan/indicators/ch3-kpi-1.md',
			'  content/plans/sample-plan/indicators/ch3-kpi-2.md',
			expect.stringMatching(/^上の 2 件を作りました — .*公開中の計画のファイルなので、書き換え終えるまで npm run build は止まります$/),
		]);
		expect(run.stdout).toContain('  ch3.md:14: 「県庁の紙の使用量」の「約１,０００万枚」を数値と単位として読めないため、下書きを作りませんでした');
	});
});

describe('npm run import:results', () => {
	const table = (name: string) => path.resolve('tests/fixtures/results-tables', name);
	const importResults = (root: string, ...args: string[]) =>
		spawnSync(process.execPath, [path.resolve('scripts/import-results.ts'), ...args], { cwd: root, env: { ...process.env, CONTENT_DIR: 'content' }, encoding: 'utf8' });
	const check = (root: string) => spawnSync(process.execPath, [path.resolve('scripts/check.ts'), '--site', path.join(root, 'no-site')], { cwd: root, env: { ...process.env, CONTENT_DIR: 'content' }, encoding: 'utf8' });
	/** The fixture's open case to import into: its file, the file's text before any import, and the options an import gives. */
	const openCase = async () => {
		const root = await contentWithOverlay(consultationFixture);
		const file = path.join(root, 'content/consultations/other-open.md');
		return { root, file, before: readFileSync(file, 'utf8'), args: ['--consultation', 'other-open', '--published', '2026-12-28', '--opinions', '5'] };
	};

	it('adds the table’s rows to the consultation, lists what to check by the table’s line, and the check holds the build until it is done', async () => {
		const root = await contentWithOverlay(consultationFixture);
		const file = path.join(root, 'content/consultations/other-open.md');
		const result = importResults(root, table('excel-utf8.csv'), '--consultation', 'other-open', '--published', '令和８年12月28日', '--opinions', '５');
		expect(result.status, result.stderr).toBe(0);
		expect(result.stdout.split('\n').slice(0, 2)).toEqual([
			'content/consultations/other-open.md に結果（意見 4件）を書き加えました（表は UTF-8 の CSV、見出しは3行目）。',
			'列: 番号 ←「No.」、該当箇所 ←「該当箇所」、意見の概要 ←「ご意見の要旨」、県の考え方 ←「ご意見に対する県の考え方」、反映 ←「対応区分」',
		]);
		// By the row Excel shows: a cell's line breaks do not count (row 5 is lines 8–9 of the file).
		expect(result.stdout).toContain(`${table('excel-utf8.csv')}（表の5行目）: 区分「Ｃ」はこのサイトの区分にないため`);
		expect(result.stdout).toContain(`${table('excel-utf8.csv')}（表の8行目）: 県の考え方が空欄のため「【要記入】」にしました`);
		// A place the draft does not have: a chapter it lacks. Not (1) of 第２章 ２(1), which a draft numbering no heading so deep may number in its text.
		expect(result.stdout).toContain(`${table('excel-utf8.csv')}（表の5行目）: 該当箇所「第４章」の章は、案にありません（案の章: 第1章、第2章）`);
		expect(result.stdout).not.toContain('案の見出しにない');
		const written = readFileSync(file, 'utf8');
		expect(written).toContain('results:\n  published: 2026-12-28    # 結果の公示日\n  opinionCount: 5    # 提出意見数\n');
		// Each 【要記入】 is an error while the case is published, at the line the importer wrote it on.
		const marked = written.split('\n').flatMap((line, i) => (line.includes('【要記入】') ? [i + 1] : []));
		expect(marked).toHaveLength(4);
		// The row whose 該当箇所 names a section of the draft (other-plan's 第2章 2) has it as concerns, to confirm.
		expect(written).toContain('      concerns: plan:other-plan/ch2#people    # 【要記入】表の該当箇所「第２章 ２(1)」を「第2章 2 人材の育成」と読みました');
		const checked = check(root);
		expect(checked.status).toBe(1);
		for (const line of marked) expect(checked.stderr).toContain(`content/consultations/other-open.md:${line}: `);
		expect(checked.stderr).toContain('4件のエラーがあります');
		// The importer's reading is quoted for staff to confirm, not called the template's example to rewrite.
		expect(checked.stderr).toContain('この行の値は確かめるよう印（# の後の「【要記入】」）が付いたままです：「表の該当箇所「第２章 ２(1)」を「第2章 2 人材の育成」と読みました」。このままでは公開できません — 文書と見比べ、合っていれば');
		// Confirmed and filled in, the file passes the check: concerns names a section that exists.
		await writeFile(file, written.replace(/ {4}# 【要記入】.*$/gm, '').replaceAll('【要記入】', '記載します。'));
		const confirmed = check(root);
		expect(confirmed.status, confirmed.stderr).toBe(0);
		// Never twice: the file is left as it is.
		const filled = readFileSync(file, 'utf8');
		const again = importResults(root, table('excel-utf8.csv'), '--consultation', 'other-open', '--published', '2026-12-28', '--opinions', '5');
		expect(again.status).toBe(1);
		expect(again.stderr).toContain('content/consultations/other-open.md にはすでに results があります。上書きはしません');
		expect(readFileSync(file, 'utf8')).toBe(filled);
	});

	it('names the option to fix, not the file, when a fact given on the command line is wrong (results published before the deadline)', async () => {
		const { root, file, before } = await openCase();
		const result = importResults(root, table('excel-utf8.csv'), '--consultation', 'other-open', '--published', '2026-12-01', '--opinions', '5');
		expect(result.status).toBe(1);
		expect(result.stderr).toMatch(/--published 2026-12-01 を結果に書くと、ファイルが正しくなくなるため、書き込みませんでした（.*締切.*）— コマンドの --published を確かめて、もう一度実行してください/);
		expect(readFileSync(file, 'utf8')).toBe(before);
	});

	it('reads the workbook itself, naming its rows as Excel numbers them, and writes what the CSV saved from it gives', async () => {
		const { root, file, before, args } = await openCase();
		const fromCsv = importResults(root, table('excel-utf8.csv'), ...args);
		expect(fromCsv.status, fromCsv.stderr).toBe(0);
		const writtenFromCsv = readFileSync(file, 'utf8');
		await writeFile(file, before);
		const fromWorkbook = importResults(root, table('excel.xlsx'), ...args);
		expect(fromWorkbook.status, fromWorkbook.stderr).toBe(0);
		expect(fromWorkbook.stdout).toContain('に結果（意見 4件）を書き加えました（表は Excel ブックのシート「意見と県の考え方」、見出しは3行目）。');
		expect(fromWorkbook.stdout).toContain(`${table('excel.xlsx')}（表の5行目）: 区分「Ｃ」はこのサイトの区分にないため`);
		expect(fromWorkbook.stdout).toContain(`${table('excel.xlsx')}（表の7行目）: 意見も考え方もない行（「第５章について」）`);
		// The same results, each item's comment naming the sheet's row instead of the CSV's line.
		const written = readFileSync(file, 'utf8');
		expect(written).toContain('    # 表の5行目（番号 2）\n    - place: 第４章\n');
		const withoutRows = (text: string) => text.replace(/# 表の\d+行目/g, '# 表の…行目');
		expect(withoutRows(written)).toBe(withoutRows(writtenFromCsv));
		// Two sheets with a table: it asks which, and writes nothing.
		await writeFile(file, before);
		const twoTables = importResults(root, table('excel-two-tables.xlsx'), ...args);
		expect(twoTables.status).toBe(1);
		expect(twoTables.stderr).toContain('取り込みを中止しました: 意見と県の考え方の表が、シート「素案への意見」「説明会での意見」の2つにあります');
		expect(readFileSync(file, 'utf8')).toBe(before);
		const named = importResults(root, table('excel-two-tables.xlsx'), ...args, '--sheet', '説明会での意見');
		expect(named.status, named.stderr).toBe(0);
		expect(named.stdout).toContain('に結果（意見 1件）を書き加えました（表は Excel ブックのシート「説明会での意見」、見出しは1行目）。');
		// A sheet per chapter, each named: read one after another.
		await writeFile(file, before);
		const chapters = importResults(root, table('excel-chapter-sheets.xlsx'), ...args, '--sheet', '第１章', '--sheet', '第２章');
		expect(chapters.status, chapters.stderr).toBe(0);
		expect(chapters.stdout).toContain('に結果（意見 3件）を書き加えました（表は Excel ブックのシート「第１章」「第２章」、見出しは1行目）。');
		expect(readFileSync(file, 'utf8')).toContain('    # シート「第２章」の3行目（番号 3）\n');
	});

	it('reads the table in a Word document, an answer merged down two rows written for both, and asks which table when two are', async () => {
		const { root, file, before, args } = await openCase();
		const result = importResults(root, table('word.docx'), ...args);
		expect(result.status, result.stderr).toBe(0);
		expect(result.stdout).toContain('に結果（意見 4件）を書き加えました（表は Word 文書の2つ目の表、見出しは1行目）。');
		expect(result.stdout).toContain(`${table('word.docx')}（表の6行目）: 県の考え方は、表で5行目から結合されたセルのため、同じ内容を書きました`);
		const written = readFileSync(file, 'utf8');
		expect(written.match(/response: オープンデータの推進に記載しています。/g)).toHaveLength(2);
		await writeFile(file, before);
		const unnamed = importResults(root, table('word-two-tables.docx'), ...args);
		expect(unnamed.status).toBe(1);
		expect(unnamed.stderr).toContain('意見と県の考え方の表が、文書の1つ目と2つ目の表の2つにあります');
		const misnamed = importResults(root, table('word-two-tables.docx'), ...args, '--table', '二');
		expect(misnamed.status).toBe(1);
		expect(misnamed.stderr).toContain('--table「二」は表の番号として読めません');
		expect(readFileSync(file, 'utf8')).toBe(before);
		// A table per chapter, read one after another: each row named by its table.
		const chapters = importResults(root, table('word-chapter-tables.docx'), ...args, '--table', '1,2');
		expect(chapters.status, chapters.stderr).toBe(0);
		expect(chapters.stdout).toContain('に結果（意見 2件）を書き加えました（表は Word 文書の1つ目と2つ目の表、見出しは1行目）。');
		expect(chapters.stdout).toContain(`  ${table('word-chapter-tables.docx')}（1つ目の表の3行目）: 意見も考え方もない行（「2」）`);
		expect(readFileSync(file, 'utf8')).toContain('    # 2つ目の表の2行目（番号 3）\n');
	});

	it('says when the table has no 反映 column, or a row leaves it blank', async () => {
		const root = await contentWithOverlay(consultationFixture);
		const withoutColumn = importResults(root, table('excel-shift-jis.csv'), '--consultation', 'other-open', '--published', '2026-12-28', '--opinions', '1');
		expect(withoutColumn.status, withoutColumn.stderr).toBe(0);
		expect(withoutColumn.stdout).toContain('表に反映（対応区分）の列がないため、どの項目の reflection も「【要記入】」の印付きの「その他」にしました');
		const blank = path.join(root, 'blank.csv');
		await writeFile(blank, '意見,回答,区分\r\nある意見,県の考え,反映\r\n別の意見,県の考え,\r\n');
		// Into the case as it was before the first import.
		await writeFile(path.join(root, 'content/consultations/other-open.md'), readFileSync(path.join(consultationFixture, 'content/consultations/other-open.md'), 'utf8'));
		const result = importResults(root, blank, '--consultation', 'other-open', '--published', '2026-12-28', '--opinions', '2');
		expect(result.status, result.stderr).toBe(0);
		expect(result.stdout).toContain(`${blank}（表の3行目）: 反映が空欄のため「【要記入】」にしました`);
		expect(result.stdout).not.toContain(`${blank}（表の2行目）`);
	});

	it('stops on a mistyped case, date or count, saying what it needs, and writes nothing', async () => {
		const { root, file, before } = await openCase();
		const cases = [
			[['--consultation', 'other-opn', '--published', '2026-12-28', '--opinions', '5'], '「other-open」の書き間違いではありませんか。'],
			[['--consultation', 'other-open', '--published', '2026-12-32', '--opinions', '5'], '--published「2026-12-32」は日付として読めません'],
			[['--consultation', 'other-open', '--published', '2026-12-28', '--opinions', '5件'], '--opinions「5件」は件数として読めません'],
			[['--consultation', 'other-open', '--opinions', '5'], 'コマンドの指定が正しくありません（--consultation、--published、--opinions を指定してください）'],
		] as const;
		for (const [args, message] of cases) {
			const result = importResults(root, table('excel-shift-jis.csv'), ...args);
			expect(result.status, message).toBe(1);
			expect(result.stderr).toContain(message);
			expect(result.stderr).not.toMatch(/\n\s+at /);
		}
		const folder = importResults(root, path.resolve('tests/fixtures/results-tables'), '--consultation', 'other-open', '--published', '2026-12-28', '--opinions', '5');
		expect(folder.status).toBe(1);
		expect(folder.stderr).toContain('ファイルではありません');
		expect(readFileSync(file, 'utf8')).toBe(before);
	});
});

describe('a mistyped option', () => {
	it('ends check, new, build and the importers with what was wrong and how to call them, not a stack trace', () => {
		for (const [script, args, usage] of [
			['check.ts', ['--sit', 'x'], 'npm run check'],
			['new.ts', ['plan', 'x', '--prefecure', '福島県'], 'npm run new --'],
			['build.ts', ['--out', 'x'], 'npm run build'],
			['import-results.ts', ['x.csv', '--consultaton', 'x'], 'npm run import:results --'],
			['import.ts', ['x.txt', '--plna', 'x'], 'npm run import --'],
		] as const) {
			const result = run(script, [...args]);
			expect(result.status, script).toBe(1);
			expect(result.stderr).toContain('コマンドの指定が正しくありません');
			expect(result.stderr).toContain(`使い方: ${usage}`);
			expect(result.stderr).not.toMatch(/\n\s+at /);
		}
	});

	it('asks whether the 「--」 was left out when run through npm without it, where npm kept the options and passed their values on', () => {
		for (const [script, lifecycle, option] of [
			['import.ts', 'import', '--plan'],
			['import-results.ts', 'import:results', '--consultation'],
		] as const) {
			// `npm run import x.txt --plan tottori-dx-2026` runs the script with the file and the plan's id alone.
			const viaNpm = run(script, ['x.txt', 'tottori-dx-2026'], { npm_lifecycle_event: lifecycle });
			expect(viaNpm.status, script).toBe(1);
			expect(viaNpm.stderr).toContain(`余分な指定「tottori-dx-2026」があります。オプション（${option} など）の前の「--」を忘れていませんか — 「npm run ${lifecycle} -- ファイル ${option} …」`);
		}
	});
});

describe('npm run bench:corpus', () => {
	it('writes a national corpus that passes the content check', async () => {
		const out = path.join(await mkdtemp(path.join(tmpdir(), 'prefplan-corpus-')), 'content');
		const result = run('bench-corpus.ts', ['--prefectures', '3', '--scale', '2', '--out', out]);
		expect(result.status, result.stderr).toBe(0);
		expect(result.stdout).toContain('合成した計画 6 件（3 都道府県 × 2）');
		expect(await checkContent(out, path.dirname(out))).toEqual([]);
	});
});
