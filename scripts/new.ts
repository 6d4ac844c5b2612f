/**
 * `npm run new -- <kind> <ids…> [--prefecture 福島県]`: writes a new content
 * file with every field explained (see src/lib/scaffold/). Never overwrites.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { contentDir } from '../src/content-paths.ts';
import { messages } from '../src/lib/messages.ts';
import { ScaffoldError, scaffold } from '../src/lib/scaffold/scaffold.ts';
import { toFill } from '../src/lib/scaffold/to-fill.ts';
import { commandOptions } from './command-options.ts';

const { values: options, positionals } = commandOptions(
	{ allowPositionals: true, options: { prefecture: { type: 'string' } } },
	'npm run new -- plan|chapter|term|indicator|consultation <id…> [--prefecture 福島県]',
);
const [kind = '', ...ids] = positionals;

/** Whether no build will publish the new file yet: it says publish: false, or its plan's plan.yaml does (the check reads the YAML; this only picks the hint). */
async function startsUnpublished(file: string): Promise<boolean> {
	const marked = async (yamlOrMarkdown: string) => /^publish: false\b/m.test(await readFile(yamlOrMarkdown, 'utf8').catch(() => ''));
	if (await marked(file)) return true;
	const plans = path.resolve(contentDir, 'plans');
	for (let dir = path.dirname(path.resolve(file)); dir.startsWith(`${plans}${path.sep}`); dir = path.dirname(dir)) {
		if (await marked(path.join(dir, 'plan.yaml'))) return true;
	}
	return false;
}
try {
	const file = await scaffold(kind, ids, contentDir, options);
	console.log(messages.scaffoldWritten(path.relative(process.cwd(), file), toFill, await startsUnpublished(file)));
} catch (error) {
	if (!(error instanceof ScaffoldError)) throw error;
	console.error(error.message);
	process.exit(1);
}
