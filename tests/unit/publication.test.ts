import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readContent } from '../../src/lib/content-check/check-content.ts';
import { linkContextOfSnapshot } from '../../src/lib/link-context.ts';
import { publicationFromEnv, type PublicationOptions, publishedConsultations, publishesConsultation, resultsHeldBack, unpublishedIds, withItsChapters } from '../../src/lib/publication.ts';
import type { Consultation } from '../../src/schemas/consultation.ts';
import type { Plan } from '../../src/schemas/plan.ts';
import { contentWithOverlay } from '../support/content-fixture.ts';

const plan = (id: string, code: string, publish = true) => ({ id, data: { prefecture: { name: 'X県', code }, publish } as Plan });
const plans = [plan('fukushima-dx', '07'), plan('chiba-dx', '12'), plan('chiba-data', '12'), plan('mie-dx', '24'), plan('mie-dx-2027', '24', false)];
const published = plans.filter((p) => p.data.publish).map((p) => p.id);
const kept = (env: Record<string, string>, options?: PublicationOptions) => plans.filter(publicationFromEnv(env, options).plan).map((p) => p.id);

describe('publicationFromEnv', () => {
	it('keeps every plan not marked publish: false when no filter is set', () => {
		expect(kept({})).toEqual(published);
		expect(kept({ ONLY_PREFECTURES: '' })).toEqual(published);
	});
	it('keeps the plans of the listed prefecture codes', () => {
		expect(kept({ ONLY_PREFECTURES: '07, 12' })).toEqual(['fukushima-dx', 'chiba-dx', 'chiba-data']);
	});
	it('keeps listed plans, alone or with prefectures', () => {
		expect(kept({ ONLY_PLANS: 'chiba-data' })).toEqual(['chiba-data']);
		expect(kept({ ONLY_PREFECTURES: '24', ONLY_PLANS: 'fukushima-dx' })).toEqual(['fukushima-dx', 'mie-dx']);
	});
	it('leaves out a plan marked publish: false even when it is listed', () => {
		expect(kept({ ONLY_PLANS: 'mie-dx-2027' })).toEqual([]);
	});
	it('keeps unpublished plans, terms and consultations for their authors (npm run dev)', () => {
		expect(kept({}, { includeUnpublished: true })).toEqual(plans.map((p) => p.id));
		expect(kept({ ONLY_PREFECTURES: '24' }, { includeUnpublished: true })).toEqual(['mie-dx', 'mie-dx-2027']);
		expect(publicationFromEnv({}, { includeUnpublished: true }).entry({ data: { publish: false } })).toBe(true);
	});
	it('leaves out terms and consultations marked publish: false', () => {
		const { entry } = publicationFromEnv({ ONLY_PREFECTURES: '07' });
		expect(entry({ data: { publish: true } })).toBe(true);
		expect(entry({ data: { publish: false } })).toBe(false);
	});
});

describe('unpublishedIds', () => {
	it('leaves out what is marked publish: false, a consultation with a plan left out, and what is placed in a chapter left out', () => {
		const consultation = (id: string, plan: string, publish = true) => ({ id, data: { plan, publish } as Consultation });
		const chapter = (planId: string, id: string, publish = true) => ({ planId, id, data: { publish } });
		const placedIn = (planId: string, id: string, chapter: string, itemChapter?: string) => ({ planId, id, data: { plan: planId, chapter, itemChapter } });
		const left = unpublishedIds({
			plans,
			// A draft chapter of a plan published is left out on its own; those of a plan left out go with the plan.
			chapters: [chapter('mie-dx', 'ch1'), chapter('mie-dx', 'shiryo', false), chapter('mie-dx-2027', 'ch1'), chapter('mie-dx-2027', 'ch2', false)],
			// Those placed in a draft chapter of a plan published wait with it (an evaluation by its items' chapter too).
			indicators: [placedIn('mie-dx', 'kpi-1', 'ch1'), placedIn('mie-dx', 'kpi-2', 'shiryo'), placedIn('mie-dx-2027', 'kpi-1', 'ch2')],
			evaluations: [placedIn('mie-dx', 'review', 'ch1', 'shiryo'), placedIn('mie-dx', 'summary', 'ch1')],
			glossary: [{ id: 'ai', data: { publish: true } }, { id: 'draft-term', data: { publish: false } }],
			consultations: [consultation('open', 'mie-dx'), consultation('on-draft-plan', 'mie-dx-2027'), consultation('being-written', 'mie-dx', false)],
		});
		expect(left).toEqual({
			plans: new Set(['mie-dx-2027']),
			chapters: new Set(['mie-dx/shiryo']),
			waitingWithChapters: new Set(['mie-dx/kpi-2', 'mie-dx/review']),
			terms: new Set(['draft-term']),
			consultations: new Set(['on-draft-plan', 'being-written']),
		});
	});
});

describe('chapters marked publish: false', () => {
	const chapters = [{ id: 'mie-dx/ch1', data: { publish: true } }, { id: 'mie-dx/shiryo', data: { publish: false } }];
	it('are left out of a build, whatever part of the content it is of, and kept by npm run dev', () => {
		expect(chapters.filter(publicationFromEnv({}).chapter).map((c) => c.id)).toEqual(['mie-dx/ch1']);
		expect(chapters.filter(publicationFromEnv({ ONLY_PLANS: 'mie-dx' }).chapter).map((c) => c.id)).toEqual(['mie-dx/ch1']);
		expect(chapters.filter(publicationFromEnv({}, { includeUnpublished: true }).chapter).map((c) => c.id)).toEqual(['mie-dx/ch1', 'mie-dx/shiryo']);
	});
	it('take the indicators and evaluation tables placed in them along (chapter, or an evaluation\'s itemChapter)', () => {
		const placed = withItsChapters(new Set(['mie-dx/shiryo']));
		expect(placed({ data: { plan: 'mie-dx', chapter: 'ch1' } })).toBe(true);
		expect(placed({ data: { plan: 'mie-dx', chapter: 'shiryo' } })).toBe(false);
		expect(placed({ data: { plan: 'mie-dx', chapter: 'ch1', itemChapter: 'shiryo' } })).toBe(false);
		expect(placed({ data: { plan: 'mie-dx', chapter: 'ch1', itemChapter: 'ch1' } })).toBe(true);
		// Another plan's chapter of that name is another chapter.
		expect(placed({ data: { plan: 'chiba-dx', chapter: 'shiryo' } })).toBe(true);
	});
});

describe('publishesConsultation', () => {
	it('publishes a consultation not marked publish: false whose plans (the draft, the adopted plan) the build all has', () => {
		const consultation = (publish: boolean, finalPlan: string) => ({ data: { plan: 'mie-dx', publish, results: { finalPlan } } as Consultation });
		const publishes = publishesConsultation(publicationFromEnv({}), new Set(published));
		expect(publishes(consultation(true, 'chiba-dx'))).toBe(true);
		expect(publishes(consultation(false, 'chiba-dx'))).toBe(false);
		// Its results would link to sections of the adopted plan, which this build leaves out.
		expect(publishes(consultation(true, 'mie-dx-2027'))).toBe(false);
	});
});

/** The fixture site with a chapter marked publish: false in a published plan. */
const root = await contentWithOverlay();
const samplePlan = path.join(root, 'content/plans/sample-plan');
// A 資料編 being written: tagged with a theme, using a glossary term, with an indicator placed in it.
await writeFile(path.join(samplePlan, 'shiryo.md'), '---\nplan: sample-plan\norder: 3\ntitle: 資料編\npublish: false\nthemes:\n  s1: [administrative-dx]\n---\n\n## 第１節 ＡＩの活用 {#s1}\n\nＡＩの活用事例の件数は1,200件。\n');
await mkdir(path.join(samplePlan, 'indicators'), { recursive: true });
await writeFile(path.join(samplePlan, 'indicators/shiryo-kpi.md'), '---\nplan: sample-plan\nchapter: shiryo\nsection: s1\nname: ＡＩの活用事例の件数\nunit: 件\ndirection: 増加\nvalues:\n  - { year: 2021, role: 現況値, value: 1200 }\nthemes: [administrative-dx]\n---\n');
const { content, problems } = await readContent(path.join(root, 'content'), root);

describe('results before their 公示日', () => {
	const epoch = (iso: string) => String(Date.parse(iso) / 1000);
	const consultation = (id: string, published: string) => ({ id, data: { plan: 'p', publish: true, results: { published, opinionCount: 1, items: [] } } as unknown as Consultation });
	const cases = [consultation('due', '2027-02-10'), consultation('past', '2027-01-10')];
	const built = new Set(['p']);

	it('are held back until midnight of that day in Japan (15:00 the day before in UTC), then published', () => {
		const before = publicationFromEnv({ SOURCE_DATE_EPOCH: epoch('2027-02-09T14:59:59Z') });
		const on = publicationFromEnv({ SOURCE_DATE_EPOCH: epoch('2027-02-09T15:00:00Z') });
		expect(publishedConsultations(cases, before, built).map((c) => [c.id, c.data.results?.published])).toEqual([['due', undefined], ['past', '2027-01-10']]);
		expect(resultsHeldBack(cases, before, built)).toEqual([{ id: 'due', published: '2027-02-10' }]);
		expect(publishedConsultations(cases, on, built).map((c) => c.data.results?.published)).toEqual(['2027-02-10', '2027-01-10']);
		expect(resultsHeldBack(cases, on, built)).toEqual([]);
	});

	it('are shown by npm run dev, and left as they are in the files', () => {
		const dev = publicationFromEnv({ SOURCE_DATE_EPOCH: epoch('2027-01-01T00:00:00Z') }, { includeUnpublished: true });
		expect(publishedConsultations(cases, dev, built).map((c) => c.data.results?.published)).toEqual(['2027-02-10', '2027-01-10']);
		publishedConsultations(cases, publicationFromEnv({ SOURCE_DATE_EPOCH: epoch('2027-01-01T00:00:00Z') }), built);
		expect(cases[0]!.data.results?.published).toBe('2027-02-10');
	});
});

describe('the link context of content with a chapter marked publish: false', () => {
	const inShiryo = (refs: Array<{ planId: string; chapterId: string }>) => refs.filter((r) => r.planId === 'sample-plan' && r.chapterId === 'shiryo');

	it('reads it without errors', () => {
		expect(problems.filter((p) => p.severity === 'error')).toEqual([]);
		expect(content.chapters.some((c) => c.id === 'shiryo' && !c.data.publish)).toBe(true);
	});
	it('leaves it out of a build: no plan: target, theme section, term use, indicator', () => {
		const built = linkContextOfSnapshot(content, publicationFromEnv({}));
		expect(built.planLinks.get('sample-plan')?.has('shiryo')).toBe(false);
		expect(built.planLinks.get('sample-plan')?.has('ch1')).toBe(true);
		expect(built.crossLinks.chapterThemes('sample-plan', 'shiryo')).toEqual([]);
		expect(inShiryo(built.crossLinks.themes.flatMap((t) => t.byPrefecture.flatMap((p) => p.sections)))).toEqual([]);
		expect(inShiryo(built.crossLinks.termUsage('ai'))).toEqual([]);
		expect(built.indicators.byPlan('sample-plan').map((i) => i.data.name)).not.toContain('ＡＩの活用事例の件数');
		expect(built.omittedPlans).toEqual(new Set());
	});
	it('keeps it, with all that, for npm run dev', () => {
		const dev = linkContextOfSnapshot(content, publicationFromEnv({}, { includeUnpublished: true }));
		expect(dev.planLinks.get('sample-plan')?.has('shiryo')).toBe(true);
		expect(dev.crossLinks.chapterThemes('sample-plan', 'shiryo').map((t) => t.id)).toEqual(['administrative-dx']);
		expect(inShiryo(dev.crossLinks.termUsage('ai'))).not.toEqual([]);
		expect(dev.indicators.byPlan('sample-plan').map((i) => i.data.name)).toContain('ＡＩの活用事例の件数');
	});
	it('names it among what publish: false leaves out', () => {
		expect(unpublishedIds(content).chapters).toEqual(new Set(['sample-plan/shiryo']));
	});
});
