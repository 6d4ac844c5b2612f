/**
 * Fixture tests for 「この箇所への意見」: tests/fixtures/section-opinions/<plan>/input.md,
 * rendered as chapter ch1 of the plan its folder names — the draft two consultations
 * collected opinions on, or the plan adopted after the first, which kept 第１節 but not
 * its １ — → output.html.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { opinionIndex } from '../../src/lib/consultations.ts';
import { planLinkIndex } from '../../src/lib/plan-links.ts';
import { markdownOptions, markdownProcessor, renderFile } from '../../src/markdown/pipeline.ts';
import { consultationSchema } from '../../src/schemas/consultation.ts';
import type { Plan } from '../../src/schemas/plan.ts';

const fixtures = path.resolve('tests/fixtures/section-opinions');
const consultation = (id: string, title: string, results: object) => ({
	id,
	data: consultationSchema.parse({ title, prefecture: { name: '福島県', code: '07' }, organiser: '課', plan: 'draft', stage: '中間案', period: { start: '2022-01-05', end: '2022-02-04' }, results: { published: '2022-03-01', opinionCount: 1, ...results } }),
});
const row = (concerns: string, reflection: string) => ({ concerns, summary: '意見', response: '考え方', reflection });
/** The adopted plan kept the draft's 第１節 and 第２節, not its 第１節 １. */
const chapters = [
	{ planId: 'draft', id: 'ch1', sections: [{ id: 's1', text: '第１節 趣旨' }, { id: 's1-1', text: '１ 背景' }, { id: 's2', text: '第２節 期間' }] },
	{ planId: 'final', id: 'ch1', sections: [{ id: 's1', text: '第１節 趣旨' }, { id: 's2', text: '第２節 期間' }] },
];
const opinions = opinionIndex(
	[
		consultation('interim', '計画（中間案）に対する意見募集', {
			finalPlan: 'final',
			items: [row('plan:draft/ch1#s1', '反映する'), row('plan:draft/ch1', '既に盛り込み済み'), row('plan:draft/ch1#s1-1', '一部反映する'), row('plan:draft/ch1#s1', '今後の参考とする')],
		}),
		consultation('interim-again', '計画（中間案）に対する再度の意見募集', { items: [row('plan:draft/ch1#s1', '反映しない')] }),
	],
	[{ id: 'draft', data: {} as Plan }, { id: 'final', data: { previousVersion: 'draft' } as Plan }],
	planLinkIndex(chapters, ['draft', 'final']),
	(planId, chapterId) => chapters.find((c) => c.planId === planId && c.id === chapterId)?.sections ?? [],
);
const processor = markdownProcessor(markdownOptions({ opinions }));

describe('section opinion fixtures', () => {
	for (const plan of readdirSync(fixtures)) {
		it(plan, async () => {
			const input = readFileSync(path.join(fixtures, plan, 'input.md'), 'utf8');
			const expected = readFileSync(path.join(fixtures, plan, 'output.html'), 'utf8');
			expect((await renderFile(processor, input, `/site/content/plans/${plan}/ch1.md`)).trim()).toBe(expected.trim());
		});
	}
});
