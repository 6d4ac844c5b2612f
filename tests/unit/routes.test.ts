/** Which route makes a site path: matched with patterns made from `routes` itself. */
import { describe, expect, it } from 'vitest';
import { routeOfPath } from '../../src/lib/routes.ts';

describe('routeOfPath', () => {
	it('names the route and its ids in the order the route takes them', () => {
		expect(routeOfPath('/plans/fukushima-dx-2022/ch1/')).toEqual({ name: 'chapter', ids: ['fukushima-dx-2022', 'ch1'] });
		expect(routeOfPath('/glossary/ai/')).toEqual({ name: 'term', ids: ['ai'] });
		expect(routeOfPath('/data/plans/x/indicators.csv')).toEqual({ name: 'indicatorData', ids: ['csv', 'x'] });
		expect(routeOfPath('/data/indicators.json')).toEqual({ name: 'allIndicatorData', ids: ['json'] });
		expect(routeOfPath('/')).toEqual({ name: 'home', ids: [] });
		expect(routeOfPath('/plans/')).toEqual({ name: 'plans', ids: [] });
		expect(routeOfPath('/prefectures/')).toEqual({ name: 'prefectures', ids: [] });
		expect(routeOfPath('/indicators/compare/')).toEqual({ name: 'metrics', ids: [] });
	});

	it('prefers a static segment to an id in the same place, as Astro does', () => {
		expect(routeOfPath('/plans/x/print/')?.name).toBe('planPrint');
		expect(routeOfPath('/plans/x/indicators/')?.name).toBe('planIndicators');
		expect(routeOfPath('/plans/x/changes/')?.name).toBe('planChanges');
		expect(routeOfPath('/themes/compare/')?.name).toBe('compare');
		expect(routeOfPath('/themes/open-data/')?.name).toBe('theme');
	});

	it('matches no route for static files, further pages of a list, or addresses a route does not make', () => {
		for (const path of ['/favicon.svg', '/files/plan.pdf', '/themes/t/07/2/', '/plans/x/ch1/extra/', '/plans/x/ch1', '/glossary/ai/index.html']) {
			expect(routeOfPath(path), path).toBeUndefined();
		}
	});
});
