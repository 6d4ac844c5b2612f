/**
 * The accessibility test result /accessibility/ publishes claims only what the
 * checks do: axe-core's rules, and the site's own tests by the criteria their
 * titles name (`(WCAG 2.4.7)`).
 */
import { readdirSync, readFileSync } from 'node:fs';
import axe from 'axe-core';
import { describe, expect, it } from 'vitest';
import { conformance, criterionResults, reviewIsDue, type TestMethod } from '../../src/lib/accessibility-test.ts';
import { jisCriteria, laterCriteria } from '../../src/lib/success-criteria.ts';

const numbers = [...jisCriteria, ...laterCriteria].map((c) => c.number);
const inScope = (number: string) => (numbers as readonly string[]).includes(number);
const claiming = (method: TestMethod) => numbers.filter((n) => criterionResults[n].methods.includes(method)).sort();

/**
 * The criteria axe-core has A/AA rules for (its tags: wcag111 → 1.1.1), of those listed; only the rules
 * the browser tests run: experimental and deprecated ones do not run with a choice of tags.
 */
function criteriaAxeChecks(): string[] {
	const tagged = axe
		.getRules(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
		.filter((rule) => !rule.tags.includes('experimental') && !rule.tags.includes('deprecated'))
		.flatMap((rule) => rule.tags.map((tag) => /^wcag(\d)(\d)(\d+)$/.exec(tag)).filter((m) => m !== null))
		.map(([, a, b, c]) => `${a}.${b}.${c}`);
	return [...new Set(tagged)].filter(inScope).sort();
}

/** The criteria the titles of the tests in a folder name (`… (WCAG 1.4.4, 1.4.10)`), of those listed. */
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
	it('are JIS X 8341-3:2016’s 25 of level A and 13 of level AA, and the 12 WCAG 2.1 and 6 WCAG 2.2 added, each once, in order', () => {
		expect(jisCriteria.filter((c) => c.level === 'A')).toHaveLength(25);
		expect(jisCriteria.filter((c) => c.level === 'AA')).toHaveLength(13);
		expect(laterCriteria.filter((c) => c.wcag === '2.1')).toHaveLength(12);
		expect(laterCriteria.filter((c) => c.wcag === '2.2')).toHaveLength(6);
		expect(new Set(numbers).size).toBe(56);
		const order = (n: string) => n.split('.').map(Number).reduce((sum, part) => sum * 100 + part, 0);
		for (const list of [jisCriteria, laterCriteria]) {
			const listed = list.map((c) => c.number);
			expect([...listed].sort((a, b) => order(a) - order(b))).toEqual(listed);
		}
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

	it('reads each criterion a title names (reflow: 1.4.4, 1.4.10)', () => {
		expect(criteriaTestsName('tests/e2e')).toEqual(expect.arrayContaining(['1.4.4', '1.4.10', '2.4.3', '2.4.7']));
	});

	it('asks for the review by eye again once it is over a year old (Japan time)', () => {
		const day = 24 * 60 * 60 * 1000;
		const reviewed = Date.parse('2026-12-05T00:00:00+09:00');
		expect(reviewIsDue(reviewed + 365 * day - 1, '2026-12-05')).toBe(false);
		expect(reviewIsDue(reviewed + 366 * day, '2026-12-05')).toBe(true);
		expect(reviewIsDue(reviewed - day, '2026-12-05')).toBe(false);
	});

	it('is 準拠 only while every criterion of JIS X 8341-3:2016 is met; those WCAG 2.1 and 2.2 added are reported beside it', () => {
		expect(conformance(criterionResults)).toBe('準拠');
		expect(conformance({ ...criterionResults, '1.4.3': { ...criterionResults['1.4.3'], met: false } })).toBe('一部準拠');
		expect(conformance({ ...criterionResults, '1.4.10': { ...criterionResults['1.4.10'], met: false } })).toBe('準拠');
	});
});
