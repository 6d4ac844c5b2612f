import { describe, expect, it } from 'vitest';
import { contentsHeadings, contentsListLength, nestHeadings } from '../../src/lib/toc.ts';

describe('nestHeadings', () => {
	it('nests by depth and climbs back up', () => {
		const tree = nestHeadings([
			{ depth: 2, id: 's1', text: '第１節' },
			{ depth: 3, id: 's1-1', text: '１' },
			{ depth: 4, id: 's1-1-1', text: '（１）' },
			{ depth: 2, id: 's2', text: '第２節' },
		]);
		expect(tree.map((t) => t.id)).toEqual(['s1', 's2']);
		expect(tree[0]!.children[0]!.children.map((t) => t.id)).toEqual(['s1-1-1']);
	});
});

describe('contentsHeadings', () => {
	const chapter = (projects: number) =>
		Array.from({ length: projects }, (_, i) => [
			{ depth: 2, id: `n${i}` },
			{ depth: 3, id: `n${i}-1` },
			{ depth: 4, id: `n${i}-1-r5` },
			{ depth: 4, id: `n${i}-1-r8` },
			{ depth: 5, id: `n${i}-1-r8-a` },
		]).flat();

	it('lists h2 to h4 while the list stays short, never h5', () => {
		const listed = contentsHeadings(chapter(2));
		expect(listed.map((h) => h.depth)).toEqual([2, 3, 4, 4, 2, 3, 4, 4]);
	});

	it('leaves the h4s out when they would make the list longer than a reader scans', () => {
		const long = chapter(10);
		expect(long.filter((h) => h.depth <= 4).length).toBeGreaterThan(contentsListLength);
		expect(contentsHeadings(long).map((h) => h.depth)).toEqual(Array(10).fill([2, 3]).flat());
	});
});
