/** The build's report of a missing file under a deployment base (BASE_PATH): the page has the address under the base, the author wrote it from the site's root. */
import path from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import type { BrokenLink } from '../../src/lib/link-check.ts';
import { contentWithOverlay } from '../support/content-fixture.ts';

/** The broken-link report as a build under `base` prints it, for links as that build's pages have them. */
async function reportUnder(base: string, links: BrokenLink[]) {
	vi.stubEnv('BASE_PATH', base);
	vi.resetModules();
	const { brokenLinkReport } = await import('../../src/lib/broken-link-source.ts');
	const { readContent } = await import('../../src/lib/content-check/check-content.ts');
	const root = await contentWithOverlay(path.resolve('tests/fixtures/broken/link-to-missing-file'));
	const { content } = await readContent(path.join(root, 'content'), root);
	return brokenLinkReport(links, content, root);
}

afterAll(() => {
	vi.unstubAllEnvs();
	vi.resetModules();
});

describe('brokenLinkReport under a BASE_PATH', () => {
	const missing = (page: string, href: string): BrokenLink => ({ page, href, reason: 'missing-page' });
	const pagesLinks = (base: string) => [
		missing('plans/sample-plan/ch4/index.html', `${base}images/zu2.png`),
		missing('plans/sample-plan/print/index.html', `${base}images/zu2.png`),
		missing('plans/sample-plan/print/index.html', `${base}plans/sample-plan/ch4/images/zu4.png`),
	];

	it('names the line the author wrote, the address as written and the file to put in public/', async () => {
		const underBase = await reportUnder('/pref12/', pagesLinks('/pref12/'));
		expect(underBase).toEqual([
			'content/plans/sample-plan/ch4.md:11: 画像「/images/zu2.png」がありません — public/images/zu2.png にファイルを置くか、パスを確かめてください',
			'content/plans/sample-plan/ch4.md:19: 画像「images/zu4.png」がありません — public/plans/sample-plan/ch4/images/zu4.png にファイルを置くか、パスを確かめてください',
		]);
		// What a build at the root says of the same content.
		expect(await reportUnder('/', pagesLinks('/'))).toEqual(underBase);
	});

	it('names a page not made from content by its address under the base', async () => {
		expect(await reportUnder('/pref12/', [missing('plans/sample-plan/index.html', '/pref12/images/zu9.png')])).toEqual([
			'plans/sample-plan/index.html: リンク先のファイル「/pref12/images/zu9.png」がありません — public/images/zu9.png にファイルを置くか、アドレスを確かめてください（ページ /pref12/plans/sample-plan/ のリンク）',
		]);
	});
});
