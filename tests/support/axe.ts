/** Runs axe-core in a page, limited to the WCAG A/AA rules the site must meet. */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
export const wcagTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

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
	}, wcagTags);
}
