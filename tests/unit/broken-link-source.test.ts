/** Where the build says a broken link is: the content file and line it was written on, or nothing for the site's own pages. */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { brokenLinkSource } from '../../src/lib/broken-link-source.ts';
import { readContent } from '../../src/lib/content-check/check-content.ts';
import { contentWithOverlay, validContent } from '../support/content-fixture.ts';

const { content } = await readContent(validContent, path.resolve('tests/fixtures/site'));
const at = (source: ReturnType<typeof brokenLinkSource>) => source && { file: path.relative(validContent, source.file), line: source.line, href: source.href };

describe('brokenLinkSource', () => {
	it('finds the line in a glossary entry’s frontmatter', () => {
		expect(at(brokenLinkSource('glossary/ai/index.html', 'https://example.jp/ai', content))).toEqual({ file: 'glossary/ai.md', line: 15, href: 'https://example.jp/ai' });
	});

	it('matches an address in the frontmatter as a whole, not inside another word', () => {
		// 「x」 (an <img src="x"> in the body) is not the x of "fukushima-dx" or "example.jp/ai".
		const source = at(brokenLinkSource('glossary/ai/index.html', 'x', content));
		expect(source?.line).toBeUndefined();
	});

	it('finds a print page’s link to another chapter, which goes to that chapter on the page, in the chapter that holds it', () => {
		expect(at(brokenLinkSource('plans/sample-plan/print/index.html', '#ch1-s1', content))).toEqual({ file: 'plans/sample-plan/ch2.md', line: 21, href: '../ch1/#s1' });
	});

	it('finds a print page’s in-page link, which the print page gives the chapter’s prefix, as the chapter has it', async () => {
		const root = await contentWithOverlay(path.resolve('tests/fixtures/broken/link-to-missing-heading'));
		const { content } = await readContent(path.join(root, 'content'), root);
		expect(brokenLinkSource('plans/sample-plan/print/index.html', '#ch1-s1-3', content)).toEqual({ file: path.join(root, 'content/plans/sample-plan/ch1.md'), line: 12, href: '#s1-3', kind: 'link', page: '/plans/sample-plan/ch1/' });
	});

	it('finds a link on a plan’s indicator page in the indicator file that holds it', async () => {
		const root = await contentWithOverlay(path.resolve('tests/fixtures/broken/link-in-indicator-notes'));
		const { content } = await readContent(path.join(root, 'content'), root);
		expect(brokenLinkSource('plans/other-plan/indicators/index.html', '../ch2/', content)).toEqual({ file: path.join(root, 'content/plans/other-plan/indicators/paper-forms.md'), line: 15, href: '../ch2/', kind: 'link', page: '/plans/other-plan/indicators/' });
	});

	it('finds an image, on the chapter page and on the print page, as an image', async () => {
		const root = await contentWithOverlay(path.resolve('tests/fixtures/broken/link-to-missing-file'));
		const { content } = await readContent(path.join(root, 'content'), root);
		const image = { file: path.join(root, 'content/plans/sample-plan/ch4.md'), line: 11, href: '/images/zu2.png', kind: 'image', page: '/plans/sample-plan/ch4/' };
		expect(brokenLinkSource('plans/sample-plan/ch4/index.html', '/images/zu2.png', content)).toEqual(image);
		expect(brokenLinkSource('plans/sample-plan/print/index.html', '/images/zu2.png', content)).toEqual(image);
		// The print page writes a relative address from the root: it is not in the chapter's folder.
		expect(brokenLinkSource('plans/sample-plan/print/index.html', '/plans/sample-plan/ch4/images/zu4.png', content)).toMatchObject({ line: 19, href: 'images/zu4.png', kind: 'image' });
	});

	it('names the file without a line when the address is not written as it appears on the page', () => {
		expect(at(brokenLinkSource('plans/sample-plan/ch1/index.html', '/plans/other-plan/ch1/#period', content))).toEqual({ file: 'plans/sample-plan/ch1.md', line: undefined, href: '/plans/other-plan/ch1/#period' });
	});

	it('gives nothing for pages not made from one content file', () => {
		for (const page of ['index.html', 'plans/sample-plan/indicators/index.html', 'plans/sample-plan/index.html', 'glossary/index.html']) {
			expect(brokenLinkSource(page, '/x/', content), page).toBeUndefined();
		}
	});
});
