import { describe, expect, it } from 'vitest';
import { mergedIndexPath, mergedSitesFromEnv } from '../../src/lib/search/merged-sites.ts';

describe('merged search sites', () => {
	it('reads the list of other builds on this origin, each as a path ending in /', () => {
		expect(mergedSitesFromEnv({ SEARCH_MERGE_SITES: '/pref12, /plans/pref13/' })).toEqual(['/pref12/', '/plans/pref13/']);
		expect(mergedSitesFromEnv({})).toEqual([]);
		expect(mergedIndexPath('/pref12/')).toBe('/pref12/pagefind/');
	});

	it('refuses another origin, which the pages’ CSP (connect-src self) would block', () => {
		expect(() => mergedSitesFromEnv({ SEARCH_MERGE_SITES: '/pref12/,https://chiba.example.jp/plans/' })).toThrow(/同じオリジンのパス.*https:\/\/chiba/);
		expect(() => mergedSitesFromEnv({ SEARCH_MERGE_SITES: '//cdn.example.jp/' })).toThrow(/同じオリジン/);
	});
});
