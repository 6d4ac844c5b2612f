/**
 * `npm run new -- <kind> <ids…> [--prefecture 福島県]`: writes new content
 * files with every field explained (see src/lib/scaffold/). Never overwrites.
 */
import path from 'node:path';
import { contentDir } from '../src/content-paths.ts';
import { messages } from '../src/lib/messages.ts';
import { ScaffoldError, scaffold, scaffoldUsage, startsUnpublished } from '../src/lib/scaffold/scaffold.ts';
import { toFill } from '../src/lib/scaffold/to-fill.ts';
import { commandOptions } from './command-options.ts';

const { values: options, positionals } = commandOptions(
	{ allowPositionals: true, options: { prefecture: { type: 'string' } } },
	'npm run new -- plan|chapter|term|indicator|indicators|consultation <id…> [--prefecture 福島県]',
	scaffoldUsage(),
);
const [kind = '', ...ids] = positionals;
try {
	const { files, notes } = await scaffold(kind, ids, contentDir, options);
	const shown = files.map((file) => path.relative(process.cwd(), file));
	if (files.length > 1) console.log(shown.map((file) => `  ${file}`).join('\n'));
	const unpublished = await startsUnpublished(files[0]!, contentDir);
	// A chapter that says publish: false itself is a draft added to a published plan (a new plan's chapters follow its plan.yaml).
	console.log(messages.scaffoldWritten(shown, toFill, kind === 'chapter' && unpublished === 'file' ? 'draft-chapter' : unpublished !== false));
	if (notes.length > 0) console.log(notes.map((note) => `  ${note}`).join('\n'));
} catch (error) {
	if (!(error instanceof ScaffoldError)) throw error;
	console.error(error.message);
	process.exit(1);
}
