/**
 * `npm run dev` shows authors the files marked publish: false, which no build
 * publishes, and says on each such page that it is not published.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contentWithOverlay } from '../support/content-fixture.ts';

let server: ChildProcess;
let origin: string;
const notice = '公開されていないページです';
const html = async (pathname: string) => {
	const response = await fetch(new URL(pathname, origin));
	expect(response.status, pathname).toBe(200);
	return response.text();
};

beforeAll(async () => {
	const content = path.join(await contentWithOverlay(), 'content');
	const plan = path.join(content, 'plans/other-plan/plan.yaml');
	await writeFile(plan, `publish: false\n${await readFile(plan, 'utf8')}`);
	const term = path.join(content, 'glossary/cloud-service.md');
	await writeFile(term, (await readFile(term, 'utf8')).replace(/^---\n/, '---\npublish: false\n'));

	const testEnv = /^(VITEST.*|TEST|MODE|DEV|PROD|NODE_ENV)$/;
	const env = Object.fromEntries(Object.entries(process.env).filter(([key]) => !testEnv.test(key)));
	server = spawn(process.execPath, [path.resolve('tests/support/dev-server.ts')], { env: { ...env, CONTENT_DIR: content } });
	origin = await new Promise<string>((resolve, reject) => {
		let output = '';
		server.stdout!.on('data', (chunk: Buffer) => {
			output += chunk;
			const ready = /ready (\S+)/.exec(output);
			if (ready) resolve(ready[1]!);
		});
		server.stderr!.on('data', (chunk: Buffer) => void (output += chunk));
		server.on('exit', (code) => reject(new Error(`dev server exited (${code}): ${output}`)));
	});
}, 120_000);

afterAll(() => {
	server?.kill();
});

describe('npm run dev', () => {
	it('shows a plan, its chapters and a term marked publish: false, each saying it is not published', async () => {
		for (const pathname of ['/plans/other-plan/', '/plans/other-plan/ch1/', '/glossary/cloud-service/']) {
			expect(await html(pathname), pathname).toContain(notice);
		}
		expect(await html('/glossary/')).toContain('クラウドサービス');
	}, 60_000);

	it('says nothing of the kind on published pages', async () => {
		for (const pathname of ['/plans/sample-plan/', '/plans/sample-plan/ch1/', '/glossary/ai/']) {
			expect(await html(pathname), pathname).not.toContain(notice);
		}
	}, 60_000);
});
