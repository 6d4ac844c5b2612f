/** parseArgs for the commands authors run: a mistyped option ends the command with what was wrong and how to call it, not a stack trace. */
import { type ParseArgsConfig, parseArgs } from 'node:util';
import { messages } from '../src/lib/messages.ts';
import { nearestName } from '../src/lib/nearest-name.ts';

/** What parseArgs found wrong, in the authors' words (it says it in English), with the option meant where one is a slip away (--prefecure). */
export function optionProblem(error: { code?: string; message: string }, options: readonly string[]): string {
	const quoted = /'([^']*)'/.exec(error.message)?.[1] ?? '';
	switch (error.code) {
		case 'ERR_PARSE_ARGS_UNKNOWN_OPTION': {
			const meant = nearestName(quoted.replace(/^-+/, ''), options);
			return messages.unknownCommandOption(quoted, meant === undefined ? undefined : `--${meant}`);
		}
		case 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE':
			return messages.commandOptionWithoutValue(quoted.split(' ')[0]!);
		case 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL':
			return messages.unexpectedCommandArgument(quoted);
		default:
			return error.message;
	}
}

/** `help`: what --help (or -h) prints, the usage when not given; the command then ends, having done nothing. */
export function commandOptions<T extends ParseArgsConfig>(config: T, usage: string, help = messages.commandUsage(usage)): ReturnType<typeof parseArgs<T>> {
	const args = config.args ?? process.argv.slice(2);
	if (args.includes('--help') || args.includes('-h')) {
		console.log(help);
		process.exit(0);
	}
	try {
		return parseArgs(config);
	} catch (error) {
		const problem = error instanceof Error ? optionProblem(error as Error & { code?: string }, Object.keys(config.options ?? {})) : String(error);
		console.error(messages.badCommandOption(problem, usage));
		process.exit(1);
	}
}

/**
 * What to say of arguments past those a command takes. Run through npm without `--` (`npm run import file --plan id`),
 * npm keeps the options as its own and passes only their values on, which arrive as such extra arguments. `option`: the
 * command's, for the example (--plan).
 */
export function extraArguments(extra: readonly string[], option: string): string {
	const script = process.env.npm_lifecycle_event;
	return script ? messages.optionsTakenByNpm(extra.join(' '), script, option) : messages.unexpectedCommandArgument(extra.join(' '));
}
