import { describe, expect, it } from 'vitest';
import { type RouteName, routes } from '../../src/lib/routes.ts';
import { sectionCurrent, siteSections } from '../../src/lib/site-sections.ts';

/** The header's marks on a page: label and aria-current of each marked section. */
const marks = (pathname: string) => siteSections().flatMap((s) => (sectionCurrent(s, pathname) ? [`${s.label} ${sectionCurrent(s, pathname)}`] : []));

describe('the section a page is in', () => {
	it.each([
		// The home page is the site's name's; 計画一覧 leads to the plan list.
		[routes.home(), []],
		[routes.plans(), ['計画一覧 page']],
		[routes.prefectures(), ['計画一覧 true']],
		[routes.chapter('p', 'ch1'), ['計画一覧 true']],
		[routes.planIndicators('p'), ['計画一覧 true']],
		[routes.prefecture('07'), ['計画一覧 true']],
		[routes.glossary(), ['用語集 page']],
		[routes.term('ai'), ['用語集 true']],
		[routes.metrics(), ['指標 true']],
		[routes.metric('rate'), ['指標 true']],
		[routes.themePrefecture('dx', '07'), ['テーマで比べる true']],
		[routes.compareRegion('tohoku'), ['テーマで比べる true']],
		[routes.consultationResults('c'), ['意見募集 true']],
		[routes.search(), ['検索 page']],
		[routes.openData(), []],
		[routes.accessibility(), []],
		[routes.privacy(), []],
	])('%s', (pathname, expected) => {
		expect(marks(pathname)).toEqual(expected);
	});

	it('places every page’s route under a section, but those outside them all (a route added without a section fails here)', () => {
		const outside: RouteName[] = ['home', 'openData', 'accessibility', 'privacy', 'prefectureFeed', 'prefectureDeadlines', 'feed', 'consultationDeadline', 'consultationDeadlines', 'sitemap', 'indicator', 'allIndicatorData', 'indicatorData', 'evaluationData'];
		const placed = new Set(siteSections().flatMap((s) => s.routes));
		expect((Object.keys(routes) as RouteName[]).filter((name) => !placed.has(name) && !outside.includes(name))).toEqual([]);
	});

	it('places no route under two sections', () => {
		const placed = siteSections().flatMap((s) => s.routes);
		expect(new Set(placed).size).toBe(placed.length);
	});
});
