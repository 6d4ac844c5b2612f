/** Which phrases of a heading are kept on one line. */
import { describe, expect, it } from 'vitest';
import { keptWhole, phrasesToKeep } from '../../src/lib/phrases.ts';

describe('phrasesToKeep', () => {
	it('marks each phrase of a heading to keep on one line but one wider than ten characters, together giving the text back', () => {
		expect(phrasesToKeep('計画の目指すべき姿及び施策の展開方向')).toEqual([
			{ text: '計画の', keep: true },
			{ text: '目指すべき姿及び施策の', keep: false },
			{ text: '展開方', keep: true },
			{ text: '向', keep: true },
		]);
	});

	it('leaves a heading of one phrase unmarked: there is nothing to break between', () => {
		expect(phrasesToKeep('概要')).toEqual([{ text: '概要', keep: false }]);
	});

	it('lets a phrase wider than ten full-width characters break, so it never runs past a 320px screen', () => {
		expect(keptWhole('ふくしまＩＣＴ利活')).toBe(true);
		expect(keptWhole('ふくしまＩＣＴ利活用推')).toBe(false);
		// Half-width letters count half: twenty of them fit.
		expect(keptWhole('Society5.0DXSociety')).toBe(true);
		expect(phrasesToKeep('ふくしまＩＣＴ利活用推進協議会の設置について').filter((p) => !p.keep).map((p) => p.text)).toEqual(['ふくしまＩＣＴ利活用推進協議会の']);
	});
});
