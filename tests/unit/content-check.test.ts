/**
 * The broken-content corpus: each folder in tests/fixtures/broken lays one
 * realistic mistake over the valid fixture site; expected.txt holds the exact
 * report lines (file:line: message) the author must see.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkContent } from '../../src/lib/content-check/check-content.ts';
import { formatProblem } from '../../src/lib/content-check/problem.ts';
import { contentWithOverlay } from '../support/content-fixture.ts';

const corpus = path.resolve('tests/fixtures/broken');

async function problemsFor(...overlays: string[]) {
	const root = await contentWithOverlay(...overlays);
	return (await checkContent(path.join(root, 'content'), root)).map(formatProblem);
}

/** Like problemsFor, with the case's own files saved as Windows editors save them (CRLF line endings). */
async function problemsWithCrlf(overlay: string) {
	const root = await contentWithOverlay(overlay);
	for (const file of readdirSync(overlay, { recursive: true }).map(String)) {
		const target = path.join(root, file);
		if (file === 'expected.txt' || !statSync(target).isFile()) continue;
		// Bytes as Latin-1, so the Shift_JIS case stays as it is but for its line endings.
		await writeFile(target, (await readFile(target, 'latin1')).replace(/\r?\n/g, '\r\n'), 'latin1');
	}
	return (await checkContent(path.join(root, 'content'), root)).map(formatProblem);
}

describe('content check', () => {
	it('finds nothing wrong in the valid fixture site', async () => {
		expect(await problemsFor()).toEqual([]);
	});

	for (const name of readdirSync(corpus)) {
		const expected = () => readFileSync(path.join(corpus, name, 'expected.txt'), 'utf8').trim().split('\n');
		it(name, async () => {
			expect(await problemsFor(path.join(corpus, name))).toEqual(expected());
		});
		it(`${name}, saved with CRLF line endings`, async () => {
			expect(await problemsWithCrlf(path.join(corpus, name))).toEqual(expected());
		});
	}

	it('reports every problem at once, not just the first', async () => {
		const cases = ['missing-title', 'duplicate-alias', 'non-numeric-value'];
		const expected = cases.flatMap((name) => readFileSync(path.join(corpus, name, 'expected.txt'), 'utf8').trim().split('\n'));
		const problems = await problemsFor(...cases.map((name) => path.join(corpus, name)));
		expect([...problems].sort()).toEqual([...expected].sort());
	});
});
