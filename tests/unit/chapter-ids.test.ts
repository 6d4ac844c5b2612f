import { describe, expect, it } from 'vitest';
import { type PlanChapterIds, printIdClashes } from '../../src/lib/content-check/chapter-ids.ts';

const chapter = (id: string, sectionIds: string[], htmlIds: string[] = []): PlanChapterIds => ({
	id,
	file: `/content/plans/p/${id}.md`,
	fileLine: (line) => line,
	sections: sectionIds.map((s, i) => ({ id: s, depth: 2, text: s, line: i + 1, parents: [], body: '' }) as PlanChapterIds['sections'][number]),
	htmlIds: htmlIds.map((h, i) => ({ id: h, line: 100 + i })),
});

describe('print-page id clashes between chapters', () => {
	it('reports an id of a chapter that prints like an id of the chapter named after it plus a hyphen', () => {
		const problems = printIdClashes([chapter('ch1', ['s1', 'a-s1']), chapter('ch1-a', ['s1'])]);
		expect(problems).toEqual([{ file: '/content/plans/p/ch1.md', line: 2, message: expect.stringContaining('「ch1-a-s1」') }]);
	});

	it('reports an id that prints like one the other chapter page makes itself (a glossary term popover)', () => {
		const problems = printIdClashes([chapter('ch1', ['s1'], ['a-term-s1-dx']), chapter('ch1-a', ['s1'])]);
		expect(problems.map((p) => p.line)).toEqual([100]);
	});

	it('leaves alone ids the other chapter does not have, and chapters whose names only share a start', () => {
		expect(printIdClashes([chapter('ch1', ['a-s2', 's1']), chapter('ch1-a', ['s1'])])).toEqual([]);
		expect(printIdClashes([chapter('ch1', ['s1', '0-s1']), chapter('ch10', ['s1'])])).toEqual([]);
	});
});
