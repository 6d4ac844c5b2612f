/**
 * The content check and the build agree on broken links. The broken-link
 * fixtures (tests/fixtures/broken/link-*) are rendered with Astro alone (the
 * build itself would stop at its content check) and read by the build's own
 * link check and report: at file:line it says exactly what the content check
 * says of the same content. And on the pages rendered, the check reports no
 * page or id the site has.
 */
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { brokenLinkReport } from '../../src/lib/broken-link-source.ts';
import { checkContent, readContent } from '../../src/lib/content-check/check-content.ts';
import { formatProblem } from '../../src/lib/content-check/problem.ts';
import { checkLinks } from '../../src/lib/link-check.ts';
import { renderPages } from '../support/build-site.ts';
import { contentWithOverlay } from '../support/content-fixture.ts';
import { checkVerdictsOnBuiltSite } from '../support/link-verdicts.ts';

const corpus = path.resolve('tests/fixtures/broken');
const fixtures = readdirSync(corpus).filter((name) => name.startsWith('link-'));
let root: string;
const contentDir = () => path.join(root, 'content');
const dist = () => path.join(root, 'dist');

beforeAll(async () => {
	// Each fixture changes a file of its own, so one site carries them all.
	const files = fixtures.flatMap((name) => readdirSync(path.join(corpus, name, 'content'), { recursive: true }).map(String).filter((f) => f.endsWith('.md')));
	expect(new Set(files).size).toBe(files.length);
	root = await contentWithOverlay(...fixtures.map((name) => path.join(corpus, name)));
	const result = renderPages(contentDir(), dist());
	expect(result.status, result.output).toBe(0);
}, 240_000);

describe('broken links: the content check and the build', () => {
	it('covers links in chapters, between plans, to sections, to files and images, in glossary entries, theme texts and indicator notes, in raw HTML, and addresses written amiss (www. without https://, ch2 for ../ch2/, ch2.md)', () => {
		expect(fixtures).toEqual(['link-in-glossary-entry', 'link-in-indicator-notes', 'link-in-raw-html', 'link-to-missing-chapter', 'link-to-missing-file', 'link-to-missing-heading', 'link-to-missing-page', 'link-written-amiss']);
	});

	it('the build reports at file:line exactly the links the check reports', async () => {
		const { content } = await readContent(contentDir(), root);
		const build = brokenLinkReport((await checkLinks(dist())).broken, content, root);
		const atLine = build.filter((line) => /^content\/[^:]+:\d+: /.test(line));
		// Warnings (a link from the site's root, which works until a BASE_PATH) are the check's alone.
		const checked = (await checkContent(contentDir(), root)).filter((problem) => problem.severity === 'error').map(formatProblem);
		expect(checked).toHaveLength(23);
		expect([...atLine].sort()).toEqual([...checked].sort());
		// The print page repeats the chapter's in-page links under its own ids (#ch1-s2): said once, at the chapter's line.
		expect(build).toEqual(atLine);
	});

	it('reports no page or id the rendered site has', async () => {
		const verdicts = await checkVerdictsOnBuiltSite(dist(), contentDir());
		expect(verdicts.reported).toEqual([]);
		expect(verdicts.decided).toBeGreaterThan(30);
	});
});
