import { describe, expect, it } from 'vitest';
import { namesTopic, topicNames } from '../../src/lib/search/topics.ts';

describe('topics a query names', () => {
	const divide = topicNames(['デジタルデバイド対策', 'デジタル・デバイド', '誰一人取り残さない', 'DX']);

	it('keeps a topic’s names as a query is compared, leaving out the short ones many topics share', () => {
		expect(divide).toEqual(['デジタルデバイド対策', 'デジタルデバイド', '誰一人取り残さない']);
	});

	it('finds a topic named by the query or held in it, whatever its width, case or 「・」', () => {
		expect(namesTopic('デジタルデバイド', divide)).toBe(true);
		expect(namesTopic('デジタル・デバイド対策について', divide)).toBe(true);
		expect(namesTopic('ﾃﾞｼﾞﾀﾙﾃﾞﾊﾞｲﾄﾞ', divide)).toBe(true);
		// A word of the name is not the topic: デジタル is on every theme.
		expect(namesTopic('デジタル', divide)).toBe(false);
		expect(namesTopic('DX', divide)).toBe(false);
		// A Latin name only where it stands whole, as a page holds a query: ict is not in ictx.
		expect(namesTopic('ICT活用', topicNames(['ICT']))).toBe(true);
		expect(namesTopic('ICTX', topicNames(['ICT']))).toBe(false);
	});
});
