/**
 * The broken-content corpus: each folder in tests/fixtures/broken lays one
 * realistic mistake over the valid fixture site; expected.txt holds the exact
 * report lines (file:line: message) the author must see.
 */
import { readdirSync, readFileSync } from 'node:fs';
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

describe('content check', () => {
	it('finds nothing wrong in the valid fixture site', async () => {
		expect(await problemsFor()).toEqual([]);
	});

	for (const name of readdirSync(corpus)) {
		it(name, async () => {
			const expected = readFileSync(path.join(corpus, name, 'expected.txt'), 'utf8').trim().split('\n');
			expect(await problemsFor(path.join(corpus, name))).toEqual(expected);
		});
	}

	it('reports every problem at once, not just the first', async () => {
		const cases = ['missing-title', 'duplicate-alias', 'non-numeric-value'];
		const expected = cases.flatMap((name) => readFileSync(path.join(corpus, name, 'expected.txt'), 'utf8').trim().split('\n'));
		const problems = await problemsFor(...cases.map((name) => path.join(corpus, name)));
		expect([...problems].sort()).toEqual([...expected].sort());
	});
});
