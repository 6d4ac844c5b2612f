import { describe, expect, it } from 'vitest';
import { draftAboutId, draftTextId, footnoteIdPrefix, isPageId, pageIds, pageIdTaken, paragraphId, submitterFieldId, tableRegionId, termTipId } from '../../src/lib/page-ids.ts';

describe('page ids', () => {
	it('knows every id its makers make', () => {
		for (const id of [...Object.values(pageIds), paragraphId('', 1), paragraphId('s2-1', 3), termTipId('s1', 'ai'), draftTextId(0), draftAboutId(0), submitterFieldId(2), tableRegionId(1), `${footnoteIdPrefix}fn-1`, `${footnoteIdPrefix}fnref-1`]) {
			expect(isPageId(id), id).toBe(true);
		}
	});

	it.each(['main', 'site-search', 'citation-menu', 'footnote-label', 'p1', 's1-p2', 'concept-p10', 'user-content-fn-3', 'term-s1-ai', 'draft-0', 'draft-about-1', 'draft-place-2', 'submitter-field-1', 'table-3'])('%s is taken on the chapter page', (id) => {
		expect(pageIdTaken(id, 'ch1', ['ch1', 'ch2'])).toBe(id);
	});

	it.each(['s1', 's1-2', 'n3', 'concept', 'h-0a1b2c', 'terms', 'draft', 'draft-notes', 'draft-about', 'draft-place', 'step-1', 'p', 'table-summary'])('%s is free', (id) => {
		expect(pageIdTaken(id, 'ch1', ['ch1', 'ch2'])).toBeUndefined();
	});

	it('knows the ids the print page makes of a chapter’s ids', () => {
		expect(pageIdTaken('search', 'site', ['site'])).toBe('site-search');
		expect(pageIdTaken('ch2', 'chapter', ['chapter', 'ch2'])).toBe('chapter-ch2');
		expect(pageIdTaken('ch3', 'chapter', ['chapter', 'ch2'])).toBeUndefined();
		expect(pageIdTaken('search', 'ch1', ['ch1'])).toBeUndefined();
	});
});
