/** What npm run check and the build print: each file's problems in line order. */
import { describe, expect, it } from 'vitest';
import { formatProblem, inLineOrder, type Problem } from '../../src/lib/content-check/problem.ts';

describe('inLineOrder', () => {
	it('puts each file’s problems in line order, files as first met', () => {
		const problems: Problem[] = [
			{ file: 'content/plans/a/ch2.md', line: 30, message: 'id', severity: 'error' },
			{ file: 'content/plans/a/plan.yaml', line: 3, message: 'yaml', severity: 'error' },
			{ file: 'content/plans/a/ch2.md', line: 26, message: 'link', severity: 'error' },
			{ file: 'content/plans/a/ch2.md', message: 'file', severity: 'warning' },
		];
		expect(inLineOrder(problems).map(formatProblem)).toEqual([
			'content/plans/a/ch2.md: （警告）file',
			'content/plans/a/ch2.md:26: link',
			'content/plans/a/ch2.md:30: id',
			'content/plans/a/plan.yaml:3: yaml',
		]);
	});
});
