import { describe, expect, it } from 'vitest';
import { chapterOpening, excerpt } from '../../src/lib/excerpts.ts';

describe('excerpt', () => {
	it('puts the text on one line and cuts it after the given length with 「…」', () => {
		expect(excerpt('  本県では、\nＤＸを  進めます。 ', 20)).toBe('本県では、 ＤＸを 進めます。');
		expect(excerpt('あいうえおかきくけこ', 5)).toBe('あいうえお…');
		expect(excerpt('あいうえお', 5)).toBe('あいうえお');
	});

	it('ends after the last sentence that fits, unless that keeps less than half', () => {
		expect(excerpt('公開されたデータのこと。１ 営利目的、非営利目的を問わず', 20)).toBe('公開されたデータのこと。…');
		expect(excerpt('前の文。次の文は長く続き、最後まで読まれません', 20)).toBe('前の文。次の文は長く続き、最後まで…');
		expect(excerpt('一文目。二文目です。', 10)).toBe('一文目。二文目です。');
		expect(excerpt('ちょうど十文字の文。次', 10)).toBe('ちょうど十文字の文。…');
	});

	it('cuts between phrases, never inside one: 「できないか」 cut after 「できない」 would say the opposite', () => {
		const proposal = '①スポーツ・文化施設の共通予約について、市町村施設も含めた共通システムとできないか検討する';
		expect(excerpt(proposal, 40)).toBe('①スポーツ・文化施設の共通予約について、市町村施設も含めた共通システムと…');
		expect(excerpt(proposal, 41)).toBe('①スポーツ・文化施設の共通予約について、市町村施設も含めた共通システムとできないか…');
		// One phrase longer than the excerpt is cut where the length ends.
		expect(excerpt('デジタルトランスフォーメーションデジタルトランスフォーメーション', 10)).toBe('デジタルトランスフォ…');
	});
});

describe('chapterOpening', () => {
	it('is the text of the first section that has any, up to 120 characters', () => {
		const sections = [{ body: '' }, { body: '\n' }, { body: `本県は${'デジタル化を進める'.repeat(20)}` }, { body: '次の節' }];
		const opening = chapterOpening(sections)!;
		expect(opening.startsWith('本県はデジタル化を進める')).toBe(true);
		expect(opening).toHaveLength(121);
		expect(opening.endsWith('…')).toBe(true);
	});

	it('starts with the text before the first heading when there is any', () => {
		expect(chapterOpening([{ body: '第1回 策定委員会' }, { body: '次第' }])).toBe('第1回 策定委員会');
		expect(chapterOpening([undefined, { body: '' }, { body: '次第' }])).toBe('次第');
	});

	it('is undefined for a chapter of headings only', () => {
		expect(chapterOpening([{ body: ' ' }])).toBeUndefined();
		expect(chapterOpening([])).toBeUndefined();
	});
});
