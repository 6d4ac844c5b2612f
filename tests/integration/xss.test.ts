/**
 * The XSS corpus (tests/fixtures/xss: a chapter of ≥ 30 payloads, a glossary
 * entry and frontmatter with more) built with the real build over the fixture
 * site: nothing executable and nothing from another origin reaches dist/.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { selectAll } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
import { visit } from 'unist-util-visit';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildSite } from '../support/build-site.ts';
import { contentWithOverlay } from '../support/content-fixture.ts';

const corpus = path.resolve('tests/fixtures/xss');
const chapterSource = readFileSync(path.join(corpus, 'content/plans/sample-plan/ch3.md'), 'utf8');
let pages: Array<{ file: string; tree: Root }> = [];

beforeAll(async () => {
	const root = await contentWithOverlay(corpus);
	const dist = path.join(await mkdtemp(path.join(tmpdir(), 'prefplan-xss-')), 'dist');
	const result = buildSite(path.join(root, 'content'), dist);
	expect(result.status, result.output).toBe(0);
	pages = readdirSync(dist, { recursive: true })
		.map(String)
		.filter((file) => file.endsWith('.html'))
		.map((file) => ({ file, tree: fromHtml(readFileSync(path.join(dist, file), 'utf8')) }));
}, 240_000);

function elements(tree: Root): Element[] {
	const found: Element[] = [];
	visit(tree, 'element', (node: Element) => {
		found.push(node);
	});
	return found;
}

/** What a browser would make of a URL's scheme: case, whitespace and control characters do not hide it. */
const scheme = (url: string) => /^([a-z][a-z0-9+.-]*):/.exec(url.replace(/[\s\u0000-\u001f]/g, '').toLowerCase())?.[1];
const urlProperties = ['href', 'src', 'action', 'formAction', 'data', 'poster', 'background', 'xLinkHref', 'cite', 'longDesc'];
const contentPages = ['plans/sample-plan/ch3/index.html', 'plans/sample-plan/print/index.html', 'glossary/xss-term/index.html'];

describe('XSS corpus', () => {
	it('holds at least 30 payloads, all built into pages', () => {
		const payloads = chapterSource.split('---\n')[2]!.split(/\n\s*\n/).filter((block) => block.trim() && !block.startsWith('#'));
		expect(payloads.length).toBeGreaterThanOrEqual(30);
		expect(pages.map((p) => p.file)).toEqual(expect.arrayContaining(contentPages));
	});

	it('lets no script element through but the site’s own module scripts', () => {
		for (const { file, tree } of pages) {
			for (const script of selectAll('script', tree)) {
				expect(script.properties, file).toMatchObject({ type: 'module', src: expect.stringMatching(/^\/_astro\/[\w.-]+\.js$/) });
				expect(script.children, file).toEqual([]);
			}
		}
	});

	it('lets no event handler attribute through', () => {
		for (const { file, tree } of pages) {
			const handlers = elements(tree).flatMap((e) => Object.keys(e.properties).filter((key) => /^on/i.test(key)).map((key) => `${e.tagName} ${key}`));
			expect(handlers, file).toEqual([]);
		}
	});

	it('lets no javascript:, vbscript: or data: address through', () => {
		for (const { file, tree } of pages) {
			const unsafe = elements(tree).flatMap((e) => urlProperties.map((key) => e.properties[key]).filter((value) => typeof value === 'string' && !['http', 'https', 'mailto', undefined].includes(scheme(value))));
			expect(unsafe, file).toEqual([]);
		}
	});

	it('lets no frame, plug-in, style, base, refresh or form from content through', () => {
		for (const { file, tree } of pages) {
			// The site's own indicator charts are SVG written by the build, not content.
			const ownCharts = new Set(selectAll('figure.indicator-chart > svg', tree));
			const unsafe = selectAll('iframe, frame, object, embed, style, base, meta[http-equiv="refresh"], template, svg, math, [style], [srcset]', tree).filter((e) => !ownCharts.has(e));
			expect(unsafe.map((e) => e.tagName), file).toEqual([]);
		}
		for (const file of contentPages) {
			const main = selectAll('main', pages.find((p) => p.file === file)!.tree)[0]!;
			expect(selectAll('form, input:not([type="checkbox"]), select, textarea', main).map((e) => e.tagName), file).toEqual([]);
		}
	});

	it('requests nothing from other origins', () => {
		for (const { file, tree } of pages) {
			for (const node of selectAll('img, script, link, source, video, audio, input', tree)) {
				const address = node.properties.src ?? (node.tagName === 'link' ? node.properties.href : undefined);
				// Resolved as a browser resolves it (the WHATWG URL parser drops tabs and newlines), not by the rule under test.
				if (typeof address === 'string') expect(new URL(address, 'https://site.invalid/plans/').origin, `${file}: ${node.tagName} ${address}`).toBe('https://site.invalid');
			}
		}
	});

	it('keeps the readable text of the payloads and marks the external link', () => {
		const chapter = pages.find((p) => p.file === contentPages[0])!.tree;
		const text = toString(selectAll('article', chapter)[0]!);
		for (const words of ['リンク5', '文字30', '上書き38', '表37']) expect(text).toContain(words);
		expect(text).not.toMatch(/alert\(\d/);
		const external = selectAll('a[href^="https://evil.example/"]', chapter);
		expect(external.map((a) => [a.properties.rel, toString(a)])).toEqual([[['noopener', 'noreferrer'], '外部41（外部サイト）']]);
	});
});
