import { describe, expect, it } from 'vitest';
import { mergedIndex, mergedSitesFromEnv } from '../../src/lib/search/merged-sites.ts';

describe('merged search sites', () => {
	it('reads the list of other builds, each as a base ending in /', () => {
		expect(mergedSitesFromEnv({ SEARCH_MERGE_SITES: '/pref12, https://plans.example.jp/pref13/' })).toEqual(['/pref12/', 'https://plans.example.jp/pref13/']);
		expect(mergedSitesFromEnv({})).toEqual([]);
	});
	it('loads a site on the same origin by path, its results under its own base', () => {
		expect(mergedIndex('/pref12/', 'https://plans.example.jp/pref07/search/')).toEqual({ indexPath: '/pref12/pagefind/', baseUrl: '/' });
	});
	it('loads a site on another origin by URL, its results on that origin', () => {
		expect(mergedIndex('https://chiba.example.jp/plans/', 'https://plans.example.jp/search/')).toEqual({ indexPath: 'https://chiba.example.jp/plans/pagefind/', baseUrl: 'https://chiba.example.jp/' });
	});
});
