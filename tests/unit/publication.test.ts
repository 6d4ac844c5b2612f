import { describe, expect, it } from 'vitest';
import { publicationFromEnv, type PublicationOptions, publishesConsultation, unpublishedIds } from '../../src/lib/publication.ts';
import type { Consultation } from '../../src/schemas/consultation.ts';
import type { Plan } from '../../src/schemas/plan.ts';

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
	it('leaves out what is marked publish: false, and a consultation with a plan left out', () => {
		const consultation = (id: string, plan: string, publish = true) => ({ id, data: { plan, publish } as Consultation });
		const left = unpublishedIds({
			plans,
			glossary: [{ id: 'ai', data: { publish: true } }, { id: 'draft-term', data: { publish: false } }],
			consultations: [consultation('open', 'mie-dx'), consultation('on-draft-plan', 'mie-dx-2027'), consultation('being-written', 'mie-dx', false)],
		});
		expect(left).toEqual({ plans: new Set(['mie-dx-2027']), terms: new Set(['draft-term']), consultations: new Set(['on-draft-plan', 'being-written']) });
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
