import { describe, expect, it } from 'vitest';
import { htmlIdDuplicates, sharedPageIdClashes, type TextOnSharedPage } from '../../src/lib/content-check/chapter-ids.ts';
import { messages } from '../../src/lib/messages.ts';
import { printScopedId } from '../../src/lib/page-ids.ts';

const text = (id: string, headingIds: string[], htmlIds: string[] = []): TextOnSharedPage => ({
	id,
	file: `/content/plans/p/${id}.md`,
	fileLine: (line) => line && line + 10,
	headingIds: headingIds.map((h, i) => ({ id: h, line: i + 1 })),
	htmlIds: htmlIds.map((h, i) => ({ id: h, line: 100 + i })),
});
const printClashes = (...texts: TextOnSharedPage[]) => sharedPageIdClashes(texts, printScopedId, messages.printIdClash);

describe('ids two texts give on the page they share', () => {
	it('reports an id of a text that scopes like an id of the text named after it plus a hyphen, at its file line', () => {
		expect(printClashes(text('ch1', ['s1', 'a-s1']), text('ch1-a', ['s1']))).toEqual([
			{ file: '/content/plans/p/ch1.md', line: 12, message: messages.printIdClash('a-s1', 'ch1-a-s1', 'ch1-a') },
		]);
	});

	it('reports an id that scopes like one the page makes itself in the other text (a glossary term popover)', () => {
		expect(printClashes(text('ch1', ['s1'], ['a-term-s1-dx']), text('ch1-a', ['s1'])).map((p) => p.line)).toEqual([110]);
	});

	it('leaves alone ids the other text does not have, and texts whose names only share a start', () => {
		expect(printClashes(text('ch1', ['a-s2', 's1']), text('ch1-a', ['s1']))).toEqual([]);
		expect(printClashes(text('ch1', ['s1'], ['0-s1']), text('ch10', ['s1']))).toEqual([]);
	});
});

describe('raw HTML ids a text gives twice', () => {
	it('reports one its headings or its earlier HTML give, at the later line, and skips ids refused already', () => {
		const problems = htmlIdDuplicates(text('g', ['overview'], ['overview', 'fig', 'fig', 'main', 'main']), (line) => line, (id) => id === 'main');
		expect(problems).toEqual([
			{ line: 100, message: messages.htmlIdDuplicate('overview', 1, true) },
			{ line: 102, message: messages.htmlIdDuplicate('fig', 101, false) },
		]);
	});
});
