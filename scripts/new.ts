/**
 * `npm run new -- <kind> <ids…> [--prefecture 福島県]`: writes a new content
 * file with every field explained (see src/lib/scaffold/). Never overwrites.
 */
import path from 'node:path';
import { contentDir } from '../src/content-paths.ts';
import { messages } from '../src/lib/messages.ts';
import { ScaffoldError, scaffold, startsUnpublished } from '../src/lib/scaffold/scaffold.ts';
import { toFill } from '../src/lib/scaffold/to-fill.ts';
import { commandOptions } from './command-options.ts';

const { values: options, positionals } = commandOptions(
	{ allowPositionals: true, options: { prefecture: { type: 'string' } } },
	'npm run new -- plan|chapter|term|indicator|consultation <id…> [--prefecture 福島県]',
);
const [kind = '', ...ids] = positionals;
try {
	const file = await scaffold(kind, ids, contentDir, options);
	console.log(messages.scaffoldWritten(path.relative(process.cwd(), file), toFill, await startsUnpublished(file, contentDir)));
} catch (error) {
	if (!(error instanceof ScaffoldError)) throw error;
	console.error(error.message);
	process.exit(1);
}
