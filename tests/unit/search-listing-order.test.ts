import { describe, expect, it } from 'vitest';
import { listingOrder, planListedBy } from '../../src/lib/search/listing-order.ts';
import { searchKinds } from '../../src/lib/search-kinds.ts';

const chiba = { id: 'chiba-dx', data: { prefecture: { code: '12' } } };
const aomori = { id: 'aomori-dx', data: { prefecture: { code: '02' } } };

const inOrder = (pages: Array<Parameters<typeof listingOrder>>) => [...pages].sort((a, b) => (listingOrder(...a) < listingOrder(...b) ? -1 : 1)).map(([, by]) => by);

describe('the order of pages listed by filters alone', () => {
	it('puts plans’ overviews first, then their text, indicators, consultations and terms', () => {
		expect(
			inOrder([
				['用語', '3'],
				['意見募集', '/consultations/chiba-dx/'],
				['本文', planListedBy(chiba, 1)],
				['指標', planListedBy(chiba)],
				['計画の概要', planListedBy(chiba)],
			]),
		).toEqual(['12/chiba-dx', '12/chiba-dx/1', '12/chiba-dx', '/consultations/chiba-dx/', '3']);
	});

	it('keeps each plan’s chapters together in the plan’s order, 2 before 10, its summary (order 0) first; plans in prefecture code order', () => {
		expect(
			inOrder([
				['本文', planListedBy(chiba, 10)],
				['本文', planListedBy(aomori, 1)],
				['本文', planListedBy(chiba, 2)],
				['本文', planListedBy(chiba, 0)],
			]),
		).toEqual(['02/aomori-dx/1', '12/chiba-dx/0', '12/chiba-dx/2', '12/chiba-dx/10']);
	});

	it('lists terms by their place in the glossary’s index, 9th before 10th', () => {
		expect(inOrder([['用語', '10'], ['用語', '9'], ['用語', '0']])).toEqual(['0', '9', '10']);
	});

	it('places every kind of page the search knows, none as unknown', () => {
		for (const kind of searchKinds) expect(listingOrder(kind, '/x/')).toMatch(/^\d:/);
	});
});
