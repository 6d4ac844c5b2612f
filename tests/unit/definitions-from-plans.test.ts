/** A definition said to come from a plan is checked against the plan's source text, sentence by sentence. */
import { describe, expect, it } from 'vitest';
import { sentenceNotInSource, sourceForDefinitions } from '../../src/lib/content-check/definitions-from-plans.ts';

const source = sourceForDefinitions(['オープンデータ　誰もがインターネット等を通じて容易に利用できるよう公開された', '', '12', 'データのこと。', '２ 機械判読に適したもの。', '３ 無償で利用できるもの。'].join('\n'));

describe('sentenceNotInSource', () => {
	it('finds the definition as the plan wrote it, whatever the line breaks, spaces, list marks and page numbers between', () => {
		expect(sentenceNotInSource('誰もがインターネット等を通じて容易に利用できるよう公開されたデータのこと。', source)).toBeUndefined();
		expect(sentenceNotInSource('- ２ 機械判読に適したもの。\n- ３ 無償で利用できるもの。', source)).toBeUndefined();
	});

	it('returns the first sentence the plan does not hold, as written', () => {
		expect(sentenceNotInSource('誰もがインターネット等を通じて容易に利用できるよう公開されたデータのこと。行政の透明性を高めます。', source)).toBe('行政の透明性を高めます。');
		expect(sentenceNotInSource('誰もが容易に利用できるデータのこと。', source)).toBe('誰もが容易に利用できるデータのこと。');
	});
});
