/**
 * One fixture folder per rule (tests/fixtures/importer/<case>/): the
 * importer's Markdown for input.txt must equal expected.md, and its report
 * report.txt. When a rule changes on purpose, update the fixture by hand
 * after reading the difference.
 */
import { describe, expect, it } from 'vitest';
import { importPlanText } from '../../../src/lib/importer/import-plan.ts';
import { fixtureCases, markdownOf, readFixture, reportOf } from './fixture-files.ts';

describe.each(fixtureCases())('fixture %s', (name) => {
	const fixture = readFixture(name);
	const result = importPlanText(fixture.input, { plan: 'fixture' });

	it('writes the expected Markdown', () => {
		expect(markdownOf(result)).toBe(fixture.expected);
	});

	it('reports the expected spots', () => {
		expect(reportOf(result)).toBe(fixture.report);
	});
});
