import { describe, expect, it } from 'vitest';
import { trailToPlan, trailToPrefecture } from '../../src/lib/breadcrumbs.ts';
import type { Plan } from '../../src/schemas/plan.ts';

const plan: Plan = {
	prefecture: { name: '富山県', code: '16' },
	title: '10のリーディングプロジェクトの評価・総括',
	version: '第2版',
	titleIsDescriptive: false,
	publish: true,
	kind: '評価・総括',
	dates: [],
	summary: 's',
	source: { title: 't', file: 'source.txt' },
};

describe('breadcrumb trails', () => {
	it('lead to a plan through the list of prefectures and its prefecture, the plan named by its title alone', () => {
		const toPrefecture = [
			{ label: '都道府県の一覧', href: '/prefectures/' },
			{ label: '富山県', href: '/prefectures/16/' },
		];
		expect(trailToPrefecture(plan.prefecture)).toEqual(toPrefecture);
		expect(trailToPlan({ id: 'toyama-eval', data: plan })).toEqual([...toPrefecture, { label: '10のリーディングプロジェクトの評価・総括（第2版）', href: '/plans/toyama-eval/' }]);
	});
});
