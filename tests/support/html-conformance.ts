/**
 * Every built page checked against the HTML standard with html-validate:
 * complete start and end tags, elements nested as the standard allows,
 * attributes where they belong and ids used once. JIS X 8341-3:2016 is WCAG
 * 2.0, whose 4.1.1 (構文解析) asks for exactly this, and axe-core no longer
 * checks it.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { type ConfigData, HtmlValidate } from 'html-validate';
import type { Page } from 'playwright-core';

const config: ConfigData = {
	extends: ['html-validate:recommended'],
	rules: {
		// It takes every <aside> for a landmark. One inside an <article> or <section> without a name is none
		// (HTML-AAM), and the chapter's two tables of contents are never shown together; axe-core checks
		// the landmarks the browser actually exposes (landmark-unique).
		'unique-landmark': 'off',
		// It would have each table's scroll box (a div with role="region", named by the table's caption, that
		// the keyboard can scroll) be a <section>: the box is no section of the text.
		'prefer-native-element': 'off',
		// A search-engine limit (70 characters). A page's title names chapter, plan and site in full (WCAG 2.4.2).
		'long-title': 'off',
		// The results table writes its table roles out on purpose (ConsultationResultsPage.astro); other
		// roles are still checked.
		'no-redundant-role': ['error', { exclude: ['table', 'rowgroup', 'row', 'columnheader', 'rowheader', 'cell'] }],
	},
};

/** The markup as the browser serialises it, which writes every boolean attribute as hidden="": only a matter of style. */
const serialisedConfig: ConfigData = { ...config, rules: { ...config.rules, 'attribute-boolean-style': 'off', 'attribute-empty-style': 'off' } };

async function problemsIn(validator: HtmlValidate, html: string, name: string): Promise<string[]> {
	const report = await validator.validateString(html, name);
	return report.results.flatMap(({ messages }) => messages.map((m) => `${name}:${m.line}:${m.column} ${m.ruleId} ${m.message} (${m.selector})`));
}

/** What html-validate finds on every HTML page of a built site, one line each: `page:line:column rule message (selector)`. */
export async function htmlProblems(dist: string): Promise<string[]> {
	const validator = new HtmlValidate(config);
	const pages = readdirSync(dist, { recursive: true }).map(String).filter((file) => file.endsWith('.html')).sort();
	const problems: string[] = [];
	for (const page of pages) problems.push(...(await problemsIn(validator, readFileSync(path.join(dist, page), 'utf8'), page)));
	return problems;
}

/** The same for a page in the browser, as its scripts have left it (search results, the drafts panel's fields). */
export async function liveHtmlProblems(page: Page): Promise<string[]> {
	return problemsIn(new HtmlValidate(serialisedConfig), await page.content(), new URL(page.url()).pathname);
}
