import { describe, expect, it } from 'vitest';
import { findFootnotes } from '../../../src/lib/importer/footnotes.ts';
import { normalizeLines } from '../../../src/lib/importer/normalize-lines.ts';
import type { Layout } from '../../../src/lib/importer/types.ts';

const layout: Layout = { doubleSpaced: false, wrapWidth: 66, typicalWidth: undefined, markdownish: false };
const rule = ' '.repeat(40);

describe('findFootnotes', () => {
	it('links a glued number to the definition under the rule', () => {
		const lines = normalizeLines(['各国でＡＩが活用されています1。', rule, '1 総務省.「報告書」、p20-29、', 'https://www.soumu.go.jp/a.pdf、令和 3 年参照', ' 次のページの本文です。'].join('\n'));
		const found = findFootnotes(lines, layout, new Set());
		expect(found.definitions).toEqual([{ n: 1, text: '総務省.「報告書」、p20-29、https://www.soumu.go.jp/a.pdf、令和 3 年参照', line: 3 }]);
		expect(found.textWithReferences.get(1)).toBe('各国でＡＩが活用されています[^1]。');
		expect([...found.consumed].sort()).toEqual([2, 3, 4]);
		expect(found.report).toEqual([]);
	});

	it('finds references before particles and at the end of a line, not in numbers with counters', () => {
		const lines = normalizeLines(['令和3年にビジョン2を示し、10の原則3の要素を取り込む。', rule, '2 ビジョン：…', '3 10 の原則：…'].join('\n'));
		const found = findFootnotes(lines, layout, new Set());
		expect(found.textWithReferences.get(1)).toBe('令和3年にビジョン[^2]を示し、10の原則[^3]の要素を取り込む。');
	});

	it('leaves the footnotes as they are when a number occurs twice, and reports it', () => {
		const lines = normalizeLines(['十分ではありません2。形式の統一が必要です2。', rule, '2 内閣官房.「基本計画」'].join('\n'));
		const found = findFootnotes(lines, { ...layout, wrapWidth: undefined }, new Set());
		expect(found.definitions).toEqual([]);
		expect(found.leftDefinitions).toEqual(new Set([3]));
		expect(found.report).toEqual([{ line: 3, message: expect.stringContaining('2 か所') }]);
	});

	it('needs a rule: numbered lines alone are not footnotes', () => {
		const lines = normalizeLines(['活用されています1。', '1 総務省.「報告書」'].join('\n'));
		expect(findFootnotes(lines, layout, new Set()).definitions).toEqual([]);
	});
});
