import { describe, expect, it } from 'vitest';
import { nestHeadings, sectionHeadings } from '../../src/lib/toc.ts';

describe('nestHeadings', () => {
	it('nests by depth and climbs back up', () => {
		const tree = nestHeadings([
			{ depth: 2, slug: 's1', text: '第１節' },
			{ depth: 3, slug: 's1-1', text: '１' },
			{ depth: 4, slug: 's1-1-1', text: '（１）' },
			{ depth: 2, slug: 's2', text: '第２節' },
		]);
		expect(tree.map((t) => t.slug)).toEqual(['s1', 's2']);
		expect(tree[0]!.children[0]!.children.map((t) => t.slug)).toEqual(['s1-1-1']);
	});

	it('leaves out the footnote heading', () => {
		expect(sectionHeadings([{ slug: 's1' }, { slug: 'footnote-label' }])).toEqual([{ slug: 's1' }]);
	});
});
