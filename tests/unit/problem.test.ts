/** What npm run check and the build print: every problem, each file's in line order. */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { type Problem, printProblems } from '../../src/lib/content-check/problem.ts';

afterEach(() => vi.restoreAllMocks());

describe('printProblems', () => {
	it('prints each file’s problems in line order, files as first met, and counts the errors', () => {
		const printed: string[] = [];
		vi.spyOn(console, 'error').mockImplementation((line: string) => void printed.push(line));
		const problems: Problem[] = [
			{ file: 'content/plans/a/ch2.md', line: 30, message: 'id', severity: 'error' },
			{ file: 'content/plans/a/plan.yaml', line: 3, message: 'yaml', severity: 'error' },
			{ file: 'content/plans/a/ch2.md', line: 26, message: 'link', severity: 'error' },
			{ file: 'content/plans/a/ch2.md', message: 'file', severity: 'warning' },
		];
		expect(printProblems(problems)).toBe(3);
		expect(printed).toEqual([
			'content/plans/a/ch2.md: （警告）file',
			'content/plans/a/ch2.md:26: link',
			'content/plans/a/ch2.md:30: id',
			'content/plans/a/plan.yaml:3: yaml',
		]);
	});
});
