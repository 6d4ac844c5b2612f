import { describe, expect, it } from 'vitest';
import { parsePlanLink, planLinkIndex, resolvePlanLink } from '../../src/lib/plan-links.ts';

const index = planLinkIndex([{ planId: 'chiba', id: 'ch1', sections: [{ id: 'period' }] }], ['chiba', 'fukushima']);

describe('plan: cross-references', () => {
	it('parses plan, chapter and section', () => {
		expect(parsePlanLink('plan:chiba/ch1#period')).toEqual({ planId: 'chiba', chapterId: 'ch1', sectionId: 'period' });
		expect(parsePlanLink('https://example.jp/')).toBeUndefined();
	});
	it('resolves existing targets to site URLs', () => {
		expect(resolvePlanLink('plan:chiba/ch1#period', index)).toBe('/plans/chiba/ch1/#period');
		expect(resolvePlanLink('plan:chiba/ch1', index)).toBe('/plans/chiba/ch1/');
		expect(resolvePlanLink('plan:fukushima', index)).toBe('/plans/fukushima/');
	});
	it('refuses targets that do not exist', () => {
		for (const url of ['plan:chiba/ch1#s9', 'plan:chiba/ch9', 'plan:aomori', 'plan:chiba#period', 'plan:Chiba/CH1']) {
			expect(resolvePlanLink(url, index), url).toBeUndefined();
		}
	});
});
