/** The build's settings are checked before a site is built from them. */
import { describe, expect, it } from 'vitest';
import { buildSettingProblems, draftsOnSharedOriginWarning } from '../../src/lib/build-settings.ts';
import { messages } from '../../src/lib/messages.ts';

const plans = [
	{ id: 'fukushima-dx-2022', data: { publish: true, prefecture: { code: '07' } } },
	{ id: 'chiba-dx-2026', data: { publish: true, prefecture: { code: '12' } } },
	{ id: 'chiba-dx-2027', data: { publish: false, prefecture: { code: '12' } } },
];
const problems = (env: Record<string, string>) => buildSettingProblems(env, plans);

describe('buildSettingProblems', () => {
	it('accepts what docs/deployment.md shows, and no settings at all', () => {
		expect(problems({})).toEqual([]);
		// Content without plans is the content check's error, said once there.
		expect(buildSettingProblems({}, [])).toEqual([]);
		expect(problems({ SITE_URL: 'https://plans.example.jp', ONLY_PREFECTURES: '07,12' })).toEqual([]);
		expect(problems({ SITE_URL: 'https://example.github.io/', ONLY_PLANS: 'chiba-dx-2026', ONLY_PREFECTURES: '13' })).toEqual([]);
	});

	it('refuses a SITE_URL with a path, which would double the base path in the sitemap, feed and data files', () => {
		expect(problems({ SITE_URL: 'https://example.github.io/prefplan/' })).toEqual([
			'SITE_URL「https://example.github.io/prefplan/」にパスがあります — SITE_URL はオリジンだけ（https://example.github.io）にし、パス（/prefplan/）は BASE_PATH に書いてください',
		]);
		expect(problems({ SITE_URL: 'plans.example.jp' })[0]).toContain('ウェブのアドレスではありません');
	});

	it('refuses a SITE_URL pasted with a space around it, and a SEARCH_MERGE_SITES site on another origin, before anything is built', () => {
		for (const value of ['https://plans.example.jp ', ' https://plans.example.jp']) expect(problems({ SITE_URL: value }), value).toEqual([messages.siteUrlWithSpaces(value)]);
		expect(messages.siteUrlWithSpaces(' https://plans.example.jp')).toContain('「https://plans.example.jp」と書いてください');
		expect(problems({ SEARCH_MERGE_SITES: '/pref07/,https://other.example.jp/pref12/' })).toEqual(['SEARCH_MERGE_SITES は同じオリジンのパス（例: /pref12/）で指定してください: https://other.example.jp/pref12/']);
		expect(problems({ SEARCH_MERGE_SITES: '/pref07/, /pref12/' })).toEqual([]);
	});

	it('refuses a BASE_PATH that is a whole address, or no path a site can live under', () => {
		expect(problems({ BASE_PATH: 'https://example.github.io/prefplan/' })).toEqual([
			'BASE_PATH「https://example.github.io/prefplan/」はアドレス全体です — BASE_PATH にはパスだけ（/prefplan/）を書き、オリジン（https://example.github.io）は SITE_URL に書いてください',
		]);
		for (const value of ['/my plans/', '/plans?v=2', '/plans/#top', '\\plans\\', '/plans/../x/', './']) expect(problems({ BASE_PATH: value }), value).toEqual([messages.basePathNotPath(value)]);
		for (const value of ['/plans/', 'plans', '/pref/12/', '/計画/', '/']) expect(problems({ BASE_PATH: value }), value).toEqual([]);
	});

	it('refuses prefecture codes that are not JIS codes, and plans the content does not have', () => {
		expect(problems({ ONLY_PREFECTURES: '7,12,fukushima' })).toEqual(['ONLY_PREFECTURES の「7、fukushima」は都道府県コードではありません — 2桁の JIS コード（福島県は 07、千葉県は 12）で書いてください']);
		expect(problems({ ONLY_PLANS: 'chiba-dx' })).toEqual(['ONLY_PLANS の「chiba-dx」という計画はありません — content/plans/ のフォルダ名（fukushima-dx-2022, chiba-dx-2026, chiba-dx-2027）で書いてください']);
	});

	it('refuses a selection that keeps no plan (an empty site)', () => {
		expect(problems({ ONLY_PREFECTURES: '13' })).toEqual(['ONLY_PREFECTURES（13）の都道府県の計画はありません — 計画のある都道府県のコード（07, 12）を書いてください']);
	});

	it('refuses a build that would publish no plan: every plan, or every plan chosen, marked publish: false', () => {
		const unpublished = plans.map((plan) => ({ ...plan, data: { ...plan.data, publish: false } }));
		expect(buildSettingProblems({}, unpublished)).toEqual([messages.noPublishedPlans(false)]);
		expect(messages.noPublishedPlans(false)).toContain('publish: true にしてください');
		expect(problems({ ONLY_PLANS: 'chiba-dx-2027' })).toEqual([messages.noPublishedPlans(true)]);
		expect(problems({ ONLY_PREFECTURES: '12' })).toEqual([]);
	});
});

describe('draftsOnSharedOriginWarning', () => {
	const open = { data: { title: '千葉県DX推進戦略（案）', period: { start: '2026-12-01', end: '2026-12-28' } } };
	const record = { data: { title: '過去の意見募集（期間の記録なし）' } };

	it('warns when a site whose residents keep drafts shares its origin with the account’s other Pages sites, naming them', () => {
		const warning = draftsOnSharedOriginWarning('https://example.github.io', [open, record]);
		expect(warning).toContain('SITE_URL のオリジン https://example.github.io は、同じアカウントのほかの GitHub Pages のサイトと共有されます');
		expect(warning).toContain('意見募集（「千葉県DX推進戦略（案）」）');
		expect(warning).toContain('独自のドメイン');
		expect(draftsOnSharedOriginWarning('https://Group.GitLab.io', [open])).toContain('GitLab Pages');
	});

	it('says nothing for a site of its own origin, without SITE_URL, or with no consultation that keeps drafts', () => {
		expect(draftsOnSharedOriginWarning('https://plans.pref.example.lg.jp', [open])).toBeUndefined();
		expect(draftsOnSharedOriginWarning('https://github.io.example.jp', [open])).toBeUndefined();
		expect(draftsOnSharedOriginWarning(undefined, [open])).toBeUndefined();
		expect(draftsOnSharedOriginWarning('https://example.github.io', [record])).toBeUndefined();
	});
});
