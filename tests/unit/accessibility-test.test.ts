/**
 * The accessibility test result /accessibility/ publishes claims only what the
 * checks do: axe-core's rules, and the site's own tests by the criteria their
 * titles name (`(WCAG 2.4.7)`).
 */
import { readdirSync, readFileSync } from 'node:fs';
import axe from 'axe-core';
import { describe, expect, it } from 'vitest';
import { conformance, criterionResults, type TestMethod } from '../../src/lib/accessibility-test.ts';
import { successCriteria } from '../../src/lib/success-criteria.ts';

const numbers = successCriteria.map((c) => c.number);
const inScope = (number: string) => (numbers as readonly string[]).includes(number);
const claiming = (method: TestMethod) => numbers.filter((n) => criterionResults[n].methods.includes(method)).sort();

/** The criteria axe-core has WCAG 2.0 A/AA rules for (its tags: wcag111 → 1.1.1), of those the standard lists. */
function criteriaAxeChecks(): string[] {
	const tagged = axe
		.getRules(['wcag2a', 'wcag2aa'])
		.flatMap((rule) => rule.tags.map((tag) => /^wcag(\d)(\d)(\d+)$/.exec(tag)).filter((m) => m !== null))
		.map(([, a, b, c]) => `${a}.${b}.${c}`);
	return [...new Set(tagged)].filter(inScope).sort();
}

/** The criteria the titles of the tests in a folder name (`… (WCAG 1.4.4, 1.4.10)`), of those the standard lists. */
function criteriaTestsName(folder: string): string[] {
	const named = readdirSync(folder)
		.filter((file) => file.endsWith('.test.ts'))
		.flatMap((file) => {
			const source = readFileSync(`${folder}/${file}`, 'utf8');
			const titles = [...source.matchAll(/\b(?:describe|it)(?:\.each\((?:\w+|\[[\s\S]*?\])\))?\(\s*'((?:[^'\\]|\\.)*)'/g)].map((m) => m[1]!);
			return titles.flatMap((title) => [...title.matchAll(/WCAG ((?:\d\.\d\.\d+(?:, )?)+)/g)].flatMap((m) => m[1]!.split(', ')));
		});
	return [...new Set(named)].filter(inScope).sort();
}

describe('the success criteria', () => {
	it('are the 25 of level A and 13 of level AA, each once, in the standard’s order', () => {
		expect(successCriteria.filter((c) => c.level === 'A')).toHaveLength(25);
		expect(successCriteria.filter((c) => c.level === 'AA')).toHaveLength(13);
		expect(new Set(numbers).size).toBe(38);
		const order = (n: string) => n.split('.').map(Number).reduce((sum, part) => sum * 100 + part, 0);
		expect([...numbers].sort((a, b) => order(a) - order(b))).toEqual(numbers);
	});
});

describe('the test result', () => {
	it('has a result and a note for every criterion, and nothing else', () => {
		expect(Object.keys(criterionResults).sort()).toEqual([...numbers].sort());
		for (const number of numbers) {
			expect(criterionResults[number].note, number).not.toBe('');
			expect(criterionResults[number].methods.length, number).toBeGreaterThan(0);
		}
	});

	it('meets every criterion that does not apply', () => {
		expect(numbers.filter((n) => !criterionResults[n].applies && !criterionResults[n].met)).toEqual([]);
	});

	it('says axe-core for exactly the criteria axe-core has rules for', () => {
		const axeCriteria = criteriaAxeChecks();
		expect(axeCriteria).toContain('1.4.3');
		expect(claiming('axe')).toEqual(axeCriteria);
	});

	it('says a browser test for exactly the criteria the browser tests’ titles name', () => {
		expect(claiming('browser')).toEqual(criteriaTestsName('tests/e2e'));
	});

	it('says a test of the built pages for exactly the criteria those tests’ titles name', () => {
		expect(claiming('pages')).toEqual(criteriaTestsName('tests/integration'));
	});

	it('reads a title naming several criteria, and ignores criteria beyond the standard (WCAG 2.1’s 1.4.10)', () => {
		// The browser tests name 1.4.10 (reflow), which JIS X 8341-3:2016 does not have.
		expect(criteriaTestsName('tests/e2e')).not.toContain('1.4.10');
		expect(criteriaTestsName('tests/e2e')).toEqual(expect.arrayContaining(['1.4.4', '2.4.3', '2.4.7']));
	});

	it('is 準拠 only while every criterion is met', () => {
		expect(conformance(criterionResults)).toBe('準拠');
		expect(conformance({ ...criterionResults, '1.4.3': { ...criterionResults['1.4.3'], met: false } })).toBe('一部準拠');
	});
});
