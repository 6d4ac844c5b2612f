/**
 * How importer fixtures are stored: `tests/fixtures/importer/<case>/input.txt`
 * is the extract; `expected.md` holds every Markdown file the importer
 * writes for it, each after a `<!-- file: name -->` line (glossary drafts as
 * `glossary/<id>.md`); `report.txt` the
 * printed report (absent when the case expects none).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { formatReport } from '../../../src/lib/importer/report.ts';
import type { ImportResult } from '../../../src/lib/importer/types.ts';

const fixturesDir = fileURLToPath(new URL('../../fixtures/importer/', import.meta.url));

export function fixtureCases(): string[] {
	return readdirSync(fixturesDir, { withFileTypes: true })
		.filter((e) => e.isDirectory())
		.map((e) => e.name)
		.sort();
}

export function readFixture(name: string) {
	const dir = `${fixturesDir}${name}/`;
	const read = (file: string) => (existsSync(dir + file) ? readFileSync(dir + file, 'utf8') : undefined);
	return { input: read('input.txt')!, expected: read('expected.md')!, report: read('report.txt') ?? '' };
}

/** The Markdown files of a result in the expected.md form: the plan folder's, then the glossary drafts (`glossary/…`). */
export function markdownOf(result: ImportResult): string {
	return [...result.files.filter((f) => f.path.endsWith('.md')), ...result.terms.map((f) => ({ ...f, path: `glossary/${f.path}` }))]
		.map((f) => `<!-- file: ${f.path} -->\n${f.content}`)
		.join('\n');
}

/** The report in the report.txt form. */
export function reportOf(result: ImportResult): string {
	return result.report.length > 0 ? `${formatReport(result.report, result.pageOfLine)}\n` : '';
}
