import remarkParse from 'remark-parse';
import { toString } from 'mdast-util-to-string';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import { remarkPlanLinks } from '../../src/markdown/remark-plan-links.ts';
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

describe('plan: links in a build that leaves plans out', () => {
	const render = (markdown: string, omitted?: Set<string>) => {
		const processor = unified().use(remarkParse).use(remarkPlanLinks, { index, omitted });
		return processor.run(processor.parse(markdown));
	};

	it('keeps the text of a link to a plan not built, without the link', async () => {
		const tree = await render('[青森県の計画](plan:aomori/ch1#s1)を参照。[千葉](plan:chiba/ch1)', new Set(['aomori']));
		expect(toString(tree)).toBe('青森県の計画を参照。千葉');
		expect(JSON.stringify(tree).match(/"type":"link"/g)).toHaveLength(1);
	});
	it('still fails on a link to a plan that does not exist', async () => {
		await expect(render('[どこか](plan:aomori/ch1#s1)')).rejects.toThrow('plan:aomori/ch1#s1');
	});
});
