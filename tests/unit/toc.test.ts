import { describe, expect, it } from 'vitest';
import { nestHeadings } from '../../src/lib/toc.ts';

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
