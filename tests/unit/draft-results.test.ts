import { describe, expect, it } from 'vitest';
import { resultAboutDraft } from '../../src/lib/draft-results.ts';

const chapter = '/plans/p-interim/ch1/';
const draft = (anchor: string, path = chapter) => ({ path, anchor });

describe('results rows about a draft', () => {
	it('a row about a section is about the drafts on its heading and on its own paragraphs and list items', () => {
		for (const anchor of ['s1', 's1-p1', 's1-p12']) expect(resultAboutDraft(`${chapter}#s1`, draft(anchor)), anchor).toBe('section');
	});

	it('not about another section, one inside it (s1-1) or one whose id starts the same (s10), nor the chapter’s text before its first heading', () => {
		for (const anchor of ['s2', 's1-1', 's1-1-p1', 's10', 's10-p1', 's1-p', 's1-p1x', 'p1']) expect(resultAboutDraft(`${chapter}#s1`, draft(anchor)), anchor).toBeUndefined();
	});

	it('a row about a whole chapter is about every draft on it: its paragraphs, headings, the text before its first heading and the chapter as a whole', () => {
		for (const anchor of ['s1-p1', 's2', 'p1', '']) expect(resultAboutDraft(chapter, draft(anchor)), anchor).toBe('chapter');
	});

	it('a draft on the chapter as a whole is about no one section of it', () => {
		expect(resultAboutDraft(`${chapter}#s1`, draft(''))).toBeUndefined();
	});

	it('the same section of another chapter, the plan’s page or the case page is another place', () => {
		expect(resultAboutDraft(`${chapter}#s1`, draft('s1-p1', '/plans/p-interim/ch2/'))).toBeUndefined();
		expect(resultAboutDraft(chapter, draft('s1-p1', '/plans/p-interim/ch2/'))).toBeUndefined();
		expect(resultAboutDraft(chapter, draft('', '/plans/p-interim/'))).toBeUndefined();
		expect(resultAboutDraft(chapter, draft('place-1', '/consultations/p-interim/'))).toBeUndefined();
	});

	it('a row about a section in the adopted plan is not about the draft’s same section', () => {
		expect(resultAboutDraft('/plans/p/ch1/#s1', draft('s1-p1'))).toBeUndefined();
	});
});
