/** What the authors' commands say of a mistyped option: in Japanese, with the option meant (Node's parseArgs says it in English). */
import { parseArgs } from 'node:util';
import { describe, expect, it } from 'vitest';
import { optionProblem } from '../../scripts/command-options.ts';

const options = { prefecture: { type: 'string' }, force: { type: 'boolean' } } as const;
/** What optionProblem makes of parseArgs's own error for `args`. */
function problemOf(args: string[]): string {
	try {
		parseArgs({ args, options, allowPositionals: false });
	} catch (error) {
		return optionProblem(error as Error & { code?: string }, Object.keys(options));
	}
	throw new Error('the arguments were accepted');
}

describe('optionProblem', () => {
	it('names an unknown option and the one meant, when a slip away', () => {
		expect(problemOf(['--prefecure', '福島県'])).toBe('「--prefecure」というオプションはありません。--prefecture のことではありませんか');
		expect(problemOf(['--forse'])).toBe('「--forse」というオプションはありません。--force のことではありませんか');
		expect(problemOf(['--strict'])).toBe('「--strict」というオプションはありません');
	});

	it('says an option lacks its value, and an argument is one too many', () => {
		expect(problemOf(['--prefecture'])).toBe('--prefecture の後に値がありません');
		expect(problemOf(['ch5.md'])).toBe('余分な指定「ch5.md」があります');
	});
});
