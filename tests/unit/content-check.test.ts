/**
 * The broken-content corpus: each folder in tests/fixtures/broken lays one
 * realistic mistake over the valid fixture site; expected.txt holds the exact
 * report lines (file:line: message) the author must see.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkContent, checkSite, readContent } from '../../src/lib/content-check/check-content.ts';
import { headingIdManifest, headingIdManifestFile } from '../../src/lib/content-check/heading-id-manifest.ts';
import { formatProblem } from '../../src/lib/content-check/problem.ts';
import { messages } from '../../src/lib/messages.ts';
import { contentWithOverlay } from '../support/content-fixture.ts';

const corpus = path.resolve('tests/fixtures/broken');

async function problemsFor(...overlays: string[]) {
	const root = await contentWithOverlay(...overlays);
	return (await checkContent(path.join(root, 'content'), root)).map(formatProblem);
}

/** Like problemsFor, with the case's own files saved as Windows editors save them (CRLF line endings). */
async function problemsWithCrlf(overlay: string) {
	const root = await contentWithOverlay(overlay);
	for (const file of readdirSync(overlay, { recursive: true }).map(String)) {
		const target = path.join(root, file);
		if (file === 'expected.txt' || !statSync(target).isFile()) continue;
		// Bytes as Latin-1, so the Shift_JIS case stays as it is but for its line endings.
		await writeFile(target, (await readFile(target, 'latin1')).replace(/\r?\n/g, '\r\n'), 'latin1');
	}
	return (await checkContent(path.join(root, 'content'), root)).map(formatProblem);
}

describe('content check', () => {
	it('finds nothing wrong in the valid fixture site', async () => {
		expect(await problemsFor()).toEqual([]);
	});

	for (const name of readdirSync(corpus)) {
		const expected = () => readFileSync(path.join(corpus, name, 'expected.txt'), 'utf8').trim().split('\n');
		it(name, async () => {
			expect(await problemsFor(path.join(corpus, name))).toEqual(expected());
		});
		it(`${name}, saved with CRLF line endings`, async () => {
			expect(await problemsWithCrlf(path.join(corpus, name))).toEqual(expected());
		});
	}

	it('finds a figure left beside the text with the content folder given as a relative path, as npm run check gives it', async () => {
		const root = await contentWithOverlay(path.join(corpus, 'file-in-content'));
		const problems = await checkContent(path.relative(process.cwd(), path.join(root, 'content')), root);
		expect(problems.map(formatProblem)).toEqual(readFileSync(path.join(corpus, 'file-in-content', 'expected.txt'), 'utf8').trim().split('\n'));
	});

	it('stops at a content folder that does not exist, with one error instead of a warning per published heading', async () => {
		const root = await contentWithOverlay();
		// The last build published the fixture's headings.
		const { content } = await readContent(path.join(root, 'content'), root);
		await mkdir(path.join(root, 'dist'));
		await writeFile(path.join(root, 'dist', headingIdManifestFile), JSON.stringify(headingIdManifest(content)));
		const { problems } = await checkSite(path.join(root, 'contnet'), path.join(root, 'dist'), root);
		expect(problems.map(formatProblem)).toEqual([`contnet: ${messages.contentFolderMissing()}`]);
	});

	it('refuses a symbolic link in content/ or public/, which the build would follow past the check', async () => {
		const root = await contentWithOverlay();
		const outside = await mkdtemp(path.join(tmpdir(), 'prefplan-outside-'));
		await mkdir(path.join(outside, 'linked-plan'));
		await writeFile(path.join(outside, 'linked-plan', 'plan.yaml'), await readFile(path.join(root, 'content/plans/sample-plan/plan.yaml')));
		await writeFile(path.join(outside, 'term.md'), await readFile(path.join(root, 'content/glossary/ai.md')));
		await symlink(path.join(outside, 'linked-plan'), path.join(root, 'content/plans/linked-plan'));
		await symlink(path.join(outside, 'term.md'), path.join(root, 'content/glossary/linked-term.md'));
		await symlink(path.join(outside, 'term.md'), path.join(root, 'public/notes.md'));
		expect(await checkContent(path.join(root, 'content'), root).then((problems) => problems.map(formatProblem))).toEqual([
			`content/glossary/linked-term.md: ${messages.symbolicLink('content')}`,
			`content/plans/linked-plan: ${messages.symbolicLink('content')}`,
			`public/notes.md: ${messages.symbolicLink('public')}`,
		]);
	});

	it('refuses a file in public/ hidden by its name, but the files an operating system leaves there and .well-known/', async () => {
		const root = await contentWithOverlay();
		await mkdir(path.join(root, 'public/images/.drafts'), { recursive: true });
		await mkdir(path.join(root, 'public/.well-known'));
		for (const file of ['.env', 'images/.drafts/zu9.png', 'images/.DS_Store', 'images/Thumbs.db', 'images/._zu1.png', '.well-known/security.txt']) await writeFile(path.join(root, 'public', file), 'x');
		expect(await checkContent(path.join(root, 'content'), root).then((problems) => problems.map(formatProblem))).toEqual([
			`public/.env: ${messages.hiddenPublicFile()}`,
			`public/images/.drafts/zu9.png: ${messages.hiddenPublicFile()}`,
		]);
	});

	it('stops at content without any plan: the site would have none', async () => {
		const root = await mkdtemp(path.join(tmpdir(), 'no-plans-'));
		await mkdir(path.join(root, 'content', 'glossary'), { recursive: true });
		await writeFile(path.join(root, 'content', 'glossary', 'ai.md'), '---\nterm: AI\nreading: えーあい\ndefinition: 人工知能。\n---\n');
		const problems = (await checkContent(path.join(root, 'content'), root)).map(formatProblem);
		expect(problems).toContain(`content/plans: ${messages.noPlanFolders()}`);
	});

	it('finds an indicator’s asOf in its section as the plan states it, a 令和 year also as 平成 (written before the era changed)', async () => {
		const root = await contentWithOverlay();
		const chapter = path.join(root, 'content/plans/sample-plan/ch2.md');
		await writeFile(chapter, (await readFile(chapter, 'utf8')).replace('現況値（令和３年度）', '現況値（平成32年度）'));
		const indicator = path.join(root, 'content/plans/sample-plan/indicators/kpi-online.md');
		const withAsOf = async (asOf: string) => {
			await writeFile(indicator, (await readFile(path.resolve('tests/fixtures/site/content/plans/sample-plan/indicators/kpi-online.md'), 'utf8')).replace('{ year: 2021, asOf: 令和３年度', `{ year: 2020, asOf: ${asOf}`));
			return (await checkContent(path.join(root, 'content'), root)).map(formatProblem).filter((line) => line.includes('asOf'));
		};
		await expect(withAsOf('令和２年度')).resolves.toEqual([]);
		await expect(withAsOf('R2')).resolves.toEqual([`content/plans/sample-plan/indicators/kpi-online.md:9: （警告）${messages.asOfNotInSection('R2', 'ch2', 's1-1')}`]);
	});

	it('reports every problem at once, not just the first', async () => {
		const cases = ['missing-title', 'duplicate-alias', 'non-numeric-value'];
		const expected = cases.flatMap((name) => readFileSync(path.join(corpus, name, 'expected.txt'), 'utf8').trim().split('\n'));
		const problems = await problemsFor(...cases.map((name) => path.join(corpus, name)));
		expect([...problems].sort()).toEqual([...expected].sort());
	});
});
