import { describe, expect, it } from 'vitest';
import { analyzeLayout, displayWidth } from '../../../src/lib/importer/layout.ts';
import { normalizeLines } from '../../../src/lib/importer/normalize-lines.ts';

describe('displayWidth', () => {
	it('counts full-width characters as two columns', () => {
		expect(displayWidth('ＤＸ48%')).toBe(7);
		expect(displayWidth('①※■・')).toBe(8);
		expect(displayWidth('ｶﾀｶﾅ')).toBe(4);
	});
});

describe('analyzeLayout', () => {
	const prose = [
		'本県では、県民の暮らしや仕事のあらゆる場面でデジタル技術を活用し、',
		'県民一人一人が豊かさや幸せを実感できる県づくりを進めてきました。',
		'この計画は、その取組を一層進めるための基本的な考え方と施策の方向',
		'を示すものです。',
		'デジタル技術の急速な進展や自然災害等による社会情勢の変化に対応す',
		'るため、計画の期間は四年間とし、必要に応じて見直しを行うこととし',
		'ます。進捗の管理は、別に定める実施要領により、庁内の推進体制で行',
		'います。県は、計画に基づく取組の状況を毎年度取りまとめ、翌年度に',
	];

	it('finds the wrap width of hard-wrapped prose', () => {
		expect(analyzeLayout(normalizeLines(prose.join('\n'))).wrapWidth).toBe(66);
	});

	it('sees an empty line after every line as double spacing', () => {
		const layout = analyzeLayout(normalizeLines([...prose, ...prose].map((l) => `${l} \n`).join('\n')));
		expect(layout.doubleSpaced).toBe(true);
		expect(analyzeLayout(normalizeLines(prose.join('\n'))).doubleSpaced).toBe(false);
	});

	it('finds no wrap width in paragraph-per-line text, and notices Markdown', () => {
		const text = ['## 見出し', '', '短い段落。', '', `${'とても長い段落です。'.repeat(12)}`, '', '- 項目', '- 項目', '', `${'中くらいの段落です。'.repeat(4)}`].join('\n');
		const layout = analyzeLayout(normalizeLines(text));
		expect(layout.wrapWidth).toBeUndefined();
		expect(layout.markdownish).toBe(true);
	});
});

describe('normalizeLines', () => {
	it('keeps line numbers, drops form feeds and marks the next line as a page start, keeps tabs of table rows', () => {
		const lines = normalizeLines('\ufeff一行目\r\n\f二行目  \n\f\n\tセル\t\n');
		expect(lines.map((l) => [l.no, l.text, l.formFeed])).toEqual([
			[1, '一行目', false],
			[2, '二行目', true],
			[3, '', true],
			[4, 'セル', true],
		]);
		expect(lines[3]!.raw).toBe('\tセル\t');
		expect(lines[1]!.hardBreak).toBe(true);
	});
});
