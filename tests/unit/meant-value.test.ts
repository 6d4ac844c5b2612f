/** The value an author meant when a field takes only a few: another word for it, the value inside what was written, or a slip. */
import { describe, expect, it } from 'vitest';
import { meantValue } from '../../src/lib/content-check/meant-value.ts';
import { reflectionKinds } from '../../src/schemas/consultation.ts';
import { directions, valueRoles } from '../../src/schemas/indicator.ts';
import { planKinds, planStatuses } from '../../src/schemas/plan.ts';

const channelKinds = ['ウェブフォーム', '電子メール', '郵送', 'ファクシミリ', '持参'];

describe('meantValue', () => {
	it('names the value that staff call by another word', () => {
		expect(meantValue('上昇', directions)).toBe('増加');
		expect(meantValue('低下', directions)).toBe('減少');
		expect(meantValue('メール', channelKinds)).toBe('電子メール');
		expect(meantValue('ＦＡＸ', channelKinds)).toBe('ファクシミリ');
		expect(meantValue('fax', channelKinds)).toBe('ファクシミリ');
		expect(meantValue('窓口', channelKinds)).toBe('持参');
		expect(meantValue('参考とする', reflectionKinds)).toBe('今後の参考とする');
		expect(meantValue('改定', planStatuses)).toBe('改訂');
		// Results tables' short forms of 既に盛り込み済み.
		for (const short of ['盛込済', '記載済', '対応済']) expect(meantValue(short, reflectionKinds), short).toBe('既に盛り込み済み');
	});

	it('looks a word up only among the values the field takes', () => {
		// 改定 means 改訂 among statuses; among kinds it is no kind (改定方針 is a kind of its own, not a word for it).
		expect(meantValue('上昇', valueRoles)).toBeUndefined();
		expect(meantValue('メール', directions)).toBeUndefined();
	});

	it('names the value held in what was written, the longest where one holds another', () => {
		expect(meantValue('基本計画', planKinds)).toBe('計画');
		expect(meantValue('目標値（R7）', valueRoles)).toBe('目標値');
		expect(meantValue('一部反映する。', reflectionKinds)).toBe('一部反映する');
		// 戦略 and 計画 both: no guess.
		expect(meantValue('戦略計画', planKinds)).toBeUndefined();
	});

	it('names a value one slip away, and the value itself written in full-width letters or with spaces', () => {
		expect(meantValue('現状値', valueRoles)).toBe('現況値');
		expect(meantValue('計劃', planKinds)).toBe('計画');
		expect(meantValue(' 増加 ', directions)).toBe('増加');
		expect(meantValue('Topic', ['topic', 'role'])).toBe('topic');
	});

	it('offers nothing for a word that is none of the values', () => {
		expect(meantValue('横ばい', directions)).toBeUndefined();
		expect(meantValue('', directions)).toBeUndefined();
		expect(meantValue('ビジョン', planKinds)).toBeUndefined();
	});
});
