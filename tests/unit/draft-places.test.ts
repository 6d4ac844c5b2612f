import { describe, expect, it } from 'vitest';
import { chapterNotInDraft, type DraftChapter, placeInDraft } from '../../src/lib/draft-places.ts';
import { chapterOutline } from '../../src/markdown/chapter-outline.ts';

/** A chapter as the draft writes it: 節, then numbered headings and (1) under them. */
const markdown = `## 第１節 計画の目指すべき姿

### １ 誰もが行政手続をオンラインで行える社会

### ２ 最適なサービスが提供される社会

## 第２節 施策の展開方向

### １ 行政のデジタル化

#### （１）行政サービスの向上

#### （２）公務能率の向上

### ２ データ利活用の推進

#### （１）官民データ活用の推進

## 用語の説明
`;

async function draft(): Promise<DraftChapter[]> {
	const outline = await chapterOutline(markdown);
	if (!outline.ok) throw new Error(outline.message);
	return [
		{ id: 'ch3', number: '第３章', sections: outline.sections },
		{ id: 'ch4', number: '第４章', sections: [] },
	];
}

describe('a results table’s 該当箇所 read as the draft’s section', () => {
	it.each([
		['第３章 第２節 １（１）', 'plan:draft/ch3#s2-1-1', '第３章 （１）行政サービスの向上'],
		['第3章第2節1(2)', 'plan:draft/ch3#s2-1-2', '第３章 （２）公務能率の向上'],
		// Page numbers are not numbering.
		['P.12 第３章 第２節 ２', 'plan:draft/ch3#s2-2', '第３章 ２ データ利活用の推進'],
		['第三章第二節（12ページ）', 'plan:draft/ch3#s2', '第３章 第２節 施策の展開方向'],
		['第３章（Ｐ１５）２(1)', 'plan:draft/ch3#s2-2-1', '第３章 （１）官民データ活用の推進'],
		// A 節 left out counts when only one heading has those numbers: ２(1) is only under 第２節.
		['第３章２(1)', 'plan:draft/ch3#s2-2-1', '第３章 （１）官民データ活用の推進'],
		// Deeper than the draft's headings: the deepest that exists.
		['第３章 第２節 ２(1)②', 'plan:draft/ch3#s2-2-1', '第３章 （１）官民データ活用の推進'],
	])('%s → %s', async (place, concerns, heading) => {
		expect(placeInDraft(place, 'draft', await draft())).toEqual({ concerns, heading });
	});

	it('leads to the chapter when its numbers name no one heading: several (１ under each 節), or none', async () => {
		for (const place of ['第３章１', '第３章 第５節', '第４章 ３(2)', '第４章']) {
			expect(placeInDraft(place, 'draft', await draft())?.concerns, place).toBe(`plan:draft/${place.includes('４') ? 'ch4' : 'ch3'}`);
		}
	});

	it('reads nothing from a place that names no chapter of the draft, and says which 第N章 the draft lacks', async () => {
		for (const place of ['全体', 'P12', '２(1)', '第９章 １']) expect(placeInDraft(place, 'draft', await draft()), place).toBeUndefined();
		expect(chapterNotInDraft('第９章 １', await draft())).toEqual(['第３章', '第４章']);
		for (const place of ['全体', 'P12', '第３章 第９節', '第4章']) expect(chapterNotInDraft(place, await draft()), place).toBeUndefined();
	});

	it('says which of the place’s numbers the draft has no heading for, past the heading it leads to (not an item’s ②)', async () => {
		expect(placeInDraft('第３章第２節１（９）', 'draft', await draft())).toEqual({ concerns: 'plan:draft/ch3#s2-1', heading: '第３章 １ 行政のデジタル化', beyond: '(9)' });
		expect(placeInDraft('第３章 第５節', 'draft', await draft())).toEqual({ concerns: 'plan:draft/ch3', heading: '第３章', beyond: '第5節' });
		expect(placeInDraft('第３章 第２節 ２(1)②', 'draft', await draft())?.beyond).toBeUndefined();
		// A draft that numbers no heading so deep: its (1) may be a paragraph's own numbering, not a heading missing.
		expect(placeInDraft('第４章 ３(2)', 'draft', await draft())?.beyond).toBeUndefined();
		const shallow = (await draft()).map((chapter) => ({ ...chapter, sections: chapter.sections.filter((section) => section.parents.length < 2) }));
		expect(placeInDraft('第３章第２節１（９）', 'draft', shallow)).toEqual({ concerns: 'plan:draft/ch3#s2-1', heading: '第３章 １ 行政のデジタル化' });
	});
});
