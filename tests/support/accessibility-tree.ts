/**
 * What assistive technology is told: Chromium's own accessibility tree, read over the
 * DevTools protocol (a change of CSS display can drop a table's semantics there, which
 * the DOM would not show).
 */
import type { Page } from 'playwright-core';

interface AccessibilityNode {
	role?: { value: string };
	name?: { value: string };
}

/** The accessible names of the page's nodes with any of the given roles, in tree order. */
export async function accessibleNames(page: Page, ...roles: string[]): Promise<string[]> {
	const cdp = await page.context().newCDPSession(page);
	const { nodes } = (await cdp.send('Accessibility.getFullAXTree')) as { nodes: AccessibilityNode[] };
	await cdp.detach();
	return nodes.filter((node) => roles.includes(node.role?.value ?? '')).map((node) => node.name?.value ?? '');
}
