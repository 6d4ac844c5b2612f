/**
 * `npm run check [-- --site dist] [-- --strict]`: validates all content without
 * building pages, and compares heading ids with the site last built in --site.
 * Exits 1 on errors; warnings alone exit 0 unless --strict.
 */
import { contentDir } from '../src/content-paths.ts';
import { checkSite } from '../src/lib/content-check/check-content.ts';
import { printProblems } from '../src/lib/content-check/problem.ts';
import { messages } from '../src/lib/messages.ts';
import { commandOptions } from './command-options.ts';

const { values: options } = commandOptions(
	{ options: { site: { type: 'string', default: 'dist' }, strict: { type: 'boolean', default: false } } },
	'npm run check [-- --site dist] [--strict]',
);
const { problems } = await checkSite(contentDir, options.site);
const errors = printProblems(problems);
const warnings = problems.length - errors;
console.error(messages.checkSummary(errors, warnings, options.strict));
process.exit(errors > 0 || (options.strict && warnings > 0) ? 1 : 0);
