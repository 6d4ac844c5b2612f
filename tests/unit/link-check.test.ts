import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkLinks, externalLinksTable } from '../../src/lib/link-check.ts';

describe('checkLinks', async () => {
	const report = await checkLinks(path.resolve('tests/fixtures/link-check/site'));

	// Malformed % escapes (a%zz, #50%) are broken links, not a crash of the whole check; a well-formed
	// fragment missing from its own page (#nope) is broken too.
	// Fragments are looked up on pages read before the link (/#gone) and after it (plans/a/#s9), in the order written.
	it('finds missing pages, fragments and assets, and nothing else', () => {
		expect(report.broken).toEqual([
			{ page: 'index.html', href: 'plans/a/#s9', reason: 'missing-fragment' },
			{ page: 'index.html', href: '/plans/b/', reason: 'missing-page' },
			{ page: 'index.html', href: '/data/missing.csv', reason: 'missing-page' },
			{ page: 'plans/a/index.html', href: '/missing.png', reason: 'missing-page' },
			{ page: 'plans/a/index.html', href: '/files/a%zz.pdf', reason: 'missing-page' },
			{ page: 'plans/a/index.html', href: '#50%', reason: 'missing-fragment' },
			{ page: 'plans/a/index.html', href: '#nope', reason: 'missing-fragment' },
			{ page: 'plans/a/index.html', href: '/#gone', reason: 'missing-fragment' },
		]);
	});

	it('leaves the search index’s files to the index, written beside the pages as they are checked (the search page preloads /pagefind/pagefind.js)', () => {
		expect(report.broken.some((b) => b.href.includes('pagefind'))).toBe(false);
	});

	it('accepts links to data files (CSV) that exist', () => {
		expect(report.broken.some((b) => b.href === '/data/indicators.csv')).toBe(false);
	});

	it('lists external links without fetching them', () => {
		expect(report.external).toEqual([{ url: 'https://www.pref.example.jp/', pages: ['/', '/plans/a/'] }]);
		expect(externalLinksTable(report.external)).toBe('URL\tページ数\tリンク元のページ\nhttps://www.pref.example.jp/\t2\t/ /plans/a/\n');
		expect(report.pages).toBe(2);
	});

	it('checks absolute links to the site’s own origin (SITE_URL: a page’s canonical address) as internal ones', async () => {
		const site = path.resolve('tests/fixtures/link-check/site');
		const own = await checkLinks(site, '/', 'https://www.pref.example.jp');
		expect(own.external).toEqual([]);
		expect(own.internal).toBe(report.internal + 2);
		expect(own.broken).toEqual(report.broken);
		// Under a base path, the origin's root is no page of the site.
		const underBase = await checkLinks(site, '/sub/', 'https://www.pref.example.jp');
		expect(underBase.broken).toContainEqual({ page: 'index.html', href: 'https://www.pref.example.jp/', reason: 'missing-page' });
	});

	it('resolves links under a deployment base path', async () => {
		const underBase = await checkLinks(path.resolve('tests/fixtures/link-check/site'), '/sub/');
		expect(underBase.broken.filter((b) => b.href === '../../')).toEqual([]);
		expect(underBase.broken.some((b) => b.href === '/plans/a/')).toBe(true);
	});
});
