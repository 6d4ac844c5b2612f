/**
 * `npm run check [-- --site dist] [-- --strict]`: validates all content without
 * building pages, and compares heading ids with the site last built in --site.
 * Exits 1 on errors; warnings alone exit 0 unless --strict.
 */
import { contentDir } from '../src/content-paths.ts';
import { checkSite } from '../src/lib/content-check/check-content.ts';
import { printProblems } from '../src/lib/content-check/problem.ts';
import { commandOptions } from './command-options.ts';

const { values: options } = commandOptions(
	{ options: { site: { type: 'string', default: 'dist' }, strict: { type: 'boolean', default: false } } },
	'npm run check [-- --site dist] [--strict]',
);
const { problems } = await checkSite(contentDir, options.site);
const errors = printProblems(problems);
const warnings = problems.length - errors;
console.error(errors > 0 ? `\n${errors}件のエラーがあります。上の各行のファイルと行を直してから、もう一度実行してください。` : `コンテンツに問題はありません（警告 ${warnings}件）。`);
process.exit(errors > 0 || (options.strict && warnings > 0) ? 1 : 0);
