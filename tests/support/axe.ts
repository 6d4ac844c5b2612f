/**
 * Runs axe-core in a page: the WCAG 2.0–2.2 A/AA rules the site must meet, and
 * axe's best practices, which it meets too (landmarks each named once, no
 * empty header cells …): a long chapter once had 55 landmarks of one name.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const axeTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

export interface AxeViolation {
	id: string;
	help: string;
	nodes: string[];
}

export async function axeViolations(page: Page): Promise<AxeViolation[]> {
	// Evaluated through the DevTools protocol, which the page's CSP does not govern (a <script> tag would be blocked).
	await page.evaluate(axeSource);
	return page.evaluate(async (tags) => {
		const axe = (window as unknown as { axe: { run: (ctx: Document, opts: object) => Promise<{ violations: Array<{ id: string; help: string; nodes: Array<{ target: unknown[] }> }> }> } }).axe;
		const { violations } = await axe.run(document, { runOnly: { type: 'tag', values: tags } });
		return violations.map((v) => ({ id: v.id, help: v.help, nodes: v.nodes.map((n) => n.target.join(' ')) }));
	}, axeTags);
}
