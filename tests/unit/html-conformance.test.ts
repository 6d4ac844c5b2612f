import { mkdtemp, mkdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { htmlProblems } from '../support/html-conformance.ts';

const page = (body: string) => `<!DOCTYPE html><html lang="ja"><head><meta charset="utf-8"><title>t</title></head><body><main>${body}</main></body></html>`;

// The check the build tests run on every page: it must find what it is there for, or their `[]` proves nothing.
describe('htmlProblems', () => {
	it('reports each page that breaks the standard, by page and rule, and passes a valid one', async () => {
		const dist = await mkdtemp(path.join(tmpdir(), 'prefplan-html-'));
		await mkdir(path.join(dist, 'plans', 'p'), { recursive: true });
		await writeFile(path.join(dist, 'index.html'), page('<h1>計画</h1><p>本文</p>'));
		await writeFile(path.join(dist, 'plans', 'p', 'index.html'), page('<h1 id="x">章</h1><p id="x"><a rel="noopener">受付フォーム</a></p><a href="/"><button type="button">押す</button></a>'));
		// The page's place, the rule and the element: enough to find it.
		expect((await htmlProblems(dist)).map((problem) => problem.replace(/:\d+:\d+ (\S+) [^(]*\(/, ' $1 ('))).toEqual([
			'plans/p/index.html no-dup-id (html > body > main > p)',
			'plans/p/index.html attribute-misuse (html > body > main > p > a)',
			'plans/p/index.html element-permitted-content (html > body > main > a > button)',
		]);
	});
});
