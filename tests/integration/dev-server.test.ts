/**
 * `npm run dev`, the authors' preview: it shows the files marked publish: false,
 * which no build publishes, saying on each such page that it is not published;
 * it checks the content as the build does, before it starts and on every save,
 * and shows what a save changed.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contentWithOverlay } from '../support/content-fixture.ts';

const notice = '公開されていないページです';
const problemsBox = 'preview-problems';

/** `npm run dev` on a content folder; `output` is everything it has printed so far. */
function startDev(content: string) {
	const testEnv = /^(VITEST.*|TEST|MODE|DEV|PROD|NODE_ENV)$/;
	const env = Object.fromEntries(Object.entries(process.env).filter(([key]) => !testEnv.test(key)));
	const server: ChildProcess = spawn(process.execPath, [path.resolve('tests/support/dev-server.ts')], { env: { ...env, CONTENT_DIR: content } });
	let output = '';
	const origin = new Promise<string>((resolve, reject) => {
		server.stdout!.on('data', (chunk: Buffer) => {
			output += chunk;
			const ready = /ready (\S+)/.exec(output);
			if (ready) resolve(ready[1]!);
		});
		server.stderr!.on('data', (chunk: Buffer) => void (output += chunk));
		server.on('exit', (code) => reject(new Error(`dev server exited (${code}): ${output}`)));
	});
	return { server, origin, output: () => output };
}

/** Waits until `test` passes, up to 30 s: a save is checked and shown a moment after it is written. */
async function eventually(test: () => Promise<boolean> | boolean, what: string): Promise<void> {
	for (const start = Date.now(); Date.now() - start < 30_000; await new Promise((r) => setTimeout(r, 250))) {
		if (await test()) return;
	}
	throw new Error(`timed out waiting until ${what}`);
}

/** Replaces `from` by `to` in a file, as an author saving it. */
async function edit(file: string, from: string | RegExp, to: string): Promise<void> {
	const text = await readFile(file, 'utf8');
	const edited = text.replace(from, to);
	expect(edited, `${from} in ${file}`).not.toBe(text);
	await writeFile(file, edited);
}

describe('npm run dev', () => {
	let dev: ReturnType<typeof startDev>;
	let content: string;
	let origin: string;
	const html = async (pathname: string) => {
		const response = await fetch(new URL(pathname, origin));
		expect(response.status, pathname).toBe(200);
		return response.text();
	};

	beforeAll(async () => {
		content = path.join(await contentWithOverlay(), 'content');
		const plan = path.join(content, 'plans/other-plan/plan.yaml');
		await writeFile(plan, `publish: false\n${await readFile(plan, 'utf8')}`);
		const term = path.join(content, 'glossary/cloud-service.md');
		await writeFile(term, (await readFile(term, 'utf8')).replace(/^---\n/, '---\npublish: false\n'));
		// A placeholder left in an unpublished chapter: a warning, which stops no build.
		const draftChapter = path.join(content, 'plans/other-plan/ch1.md');
		await writeFile(draftChapter, `${await readFile(draftChapter, 'utf8')}\n【要記入】\n`);
		// A chapter being written for a published plan: a draft of its own.
		await writeFile(
			path.join(content, 'plans/sample-plan/draft-annex.md'),
			'---\nplan: sample-plan\norder: 3\nnumber: 資料編\ntitle: 下書きの付録\npublish: false\n---\n\n## 第１節 付録の草稿 {#s1}\n\n【要記入】草稿の本文。\n',
		);
		dev = startDev(content);
		origin = await dev.origin;
	}, 120_000);

	afterAll(() => {
		dev?.server.kill();
	});

	it('shows a plan, its chapters and a term marked publish: false, each saying it is not published', async () => {
		for (const pathname of ['/plans/other-plan/', '/plans/other-plan/ch1/', '/glossary/cloud-service/']) {
			expect(await html(pathname), pathname).toContain(notice);
		}
		expect(await html('/glossary/')).toContain('クラウドサービス');
	}, 60_000);

	it('shows a chapter marked publish: false in a published plan, saying it is not published, in its plan\'s contents and pager', async () => {
		const chapter = await html('/plans/sample-plan/draft-annex/');
		expect(chapter).toContain(notice);
		expect(chapter).toContain('下書きの付録');
		expect(await html('/plans/sample-plan/')).toMatch(/href="\/plans\/sample-plan\/draft-annex\/">資料編 下書きの付録<\/a>[\s\S]*?（公開されていない章: publish: false）/);
		expect(await html('/plans/sample-plan/ch2/')).toContain('/plans/sample-plan/draft-annex/');
		// The plan's other chapters are published: no notice there.
		expect(await html('/plans/sample-plan/ch2/')).not.toContain(notice);
	}, 60_000);

	it('says nothing of the kind on published pages, and shows no errors while there are none', async () => {
		for (const pathname of ['/plans/sample-plan/', '/plans/sample-plan/ch1/', '/glossary/ai/']) {
			const page = await html(pathname);
			expect(page, pathname).not.toContain(notice);
			expect(page, pathname).not.toContain(problemsBox);
			// Astro's own toolbar, for the site's developers, is not on an author's preview.
			expect(page, pathname).not.toContain('dev-toolbar');
		}
	}, 60_000);

	it('folds the check\'s warnings at the top of every page, each at its file and line', async () => {
		const warnings = /<details class="note preview-warnings"[^>]*>\s*<summary[^>]*>確認が必要な警告 \d+件(?:(?!<\/details>)[\s\S])*plans\/other-plan\/ch1\.md:\d+: （警告）雛形の「【要記入】」が残っています/;
		for (const pathname of ['/', '/plans/sample-plan/ch1/']) expect(await html(pathname), pathname).toMatch(warnings);
	}, 60_000);

	it('shows a saved change to a chapter (its title, a new section in its table of contents) and to a term definition', async () => {
		const chapter = path.join(content, 'plans/sample-plan/ch1.md');
		await edit(chapter, 'title: 計画の策定', 'title: 計画の策定と改定');
		await writeFile(chapter, `${await readFile(chapter, 'utf8')}\n## 第２節 計画の改定\n\n改定の方針を定めます。\n`);
		const inContents = /<nav class="toc[^"]*"[^>]*>(?:(?!<\/nav>)[\s\S])*href="#s2"[^>]*>第２節 計画の改定</;
		// The title comes from Astro's collections, the contents from the check's reading: each is reloaded on its own.
		await eventually(async () => {
			const page = await html('/plans/sample-plan/ch1/');
			return inContents.test(page) && page.includes('<title>第１章 計画の策定と改定');
		}, 'the chapter page has the new title and its table of contents the new section');
		expect(await html('/plans/sample-plan/')).toContain('計画の策定と改定');
		await edit(path.join(content, 'glossary/ai.md'), '人工知能のことです。', '人工知能のことです。機械学習を含みます。');
		await eventually(async () => (await html('/glossary/ai/')).includes('機械学習を含みます。'), 'the term page has the new definition');
	}, 60_000);

	it('prints a saved mistake as the build does and shows it at the top of every page until it is fixed', async () => {
		const chapter = path.join(content, 'plans/sample-plan/ch1.md');
		await edit(chapter, /^order: 1$/m, 'order: abc');
		const problem = /plans\/sample-plan\/ch1\.md:3: 「order」の値が正しくありません: 「abc」は数字ではありません/;
		await eventually(() => problem.test(dev.output()), 'the terminal shows the problem');
		await eventually(async () => problem.test(await html('/')), 'the home page shows the problem');
		expect(await html('/glossary/ai/')).toMatch(problem);
		const printed = dev.output().length;
		await edit(chapter, /^order: abc$/m, 'order: 1');
		await eventually(async () => !(await html('/')).includes(problemsBox), 'the problem is gone from the page');
		expect(dev.output().slice(printed)).toMatch(/エラーはありません|コンテンツに問題はありません。/);
	}, 60_000);
});

describe('npm run dev on content with an error', () => {
	it('says what to fix instead of failing with a stack trace, and starts once it is fixed', async () => {
		const content = path.join(await contentWithOverlay(), 'content');
		const chapter = path.join(content, 'plans/sample-plan/ch1.md');
		await edit(chapter, 'title: 計画の策定', 'title: [計画の策定');
		const dev = startDev(content);
		try {
			await eventually(() => dev.output().includes('プレビューを始める前に、上のエラーを直してください'), 'the server says what to fix');
			expect(dev.output()).toMatch(/plans\/sample-plan\/ch1\.md:5: 「title」の値の「\[」が閉じていません/);
			expect(dev.output()).not.toMatch(/ready|at \w+ \(file:/);
			await edit(chapter, 'title: [計画の策定', 'title: 計画の策定');
			const origin = await dev.origin;
			expect((await fetch(new URL('/plans/sample-plan/ch1/', origin))).status).toBe(200);
		} finally {
			dev.server.kill();
		}
	}, 120_000);
});

describe('npm run dev without its content folder', () => {
	it('stops saying how to point CONTENT_DIR at it, instead of waiting for a save that cannot fix it', async () => {
		const root = await contentWithOverlay();
		const dev = startDev(path.join(root, 'contnet'));
		try {
			await expect(dev.origin).rejects.toThrow(/dev server exited \(1\)/);
			expect(dev.output()).toContain('contnet: コンテンツのフォルダがありません');
			expect(dev.output()).toContain('CONTENT_DIR を直してから、npm run dev をもう一度実行してください');
			// Not the usual 「…直して保存してください」: there is nothing to save into.
			expect(dev.output()).not.toContain('保存してください');
		} finally {
			dev.server.kill();
		}
	}, 60_000);
});
