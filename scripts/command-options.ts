/** parseArgs for the commands authors run: a mistyped option ends the command with what was wrong and how to call it, not a stack trace. */
import { type ParseArgsConfig, parseArgs } from 'node:util';
import { messages } from '../src/lib/messages.ts';

export function commandOptions<T extends ParseArgsConfig>(config: T, usage: string): ReturnType<typeof parseArgs<T>> {
	try {
		return parseArgs(config);
	} catch (error) {
		console.error(messages.badCommandOption(error instanceof Error ? error.message : String(error), usage));
		process.exit(1);
	}
}
