import { describe, expect, it } from 'vitest';
import { englishPhrases } from '../../src/lib/english-phrases.ts';

const marked = (text: string) => englishPhrases(text).filter((r) => r.english).map((r) => r.text);

describe('englishPhrases', () => {
	it('finds phrases of two or more English words inside Japanese text', () => {
		expect(marked('「Internet of Things」の略。MaaS（Mobility as a Service）など')).toEqual(['Internet of Things', 'Mobility as a Service']);
		expect(marked('BPR（Business Process Re-engineering）、People’s Choice')).toEqual(['Business Process Re-engineering', 'People’s Choice']);
	});

	it('leaves acronyms, single words and names with numbers to the page language', () => {
		expect(marked('ＤＸ、AI IoT、LX DESIGN、Society 5.0、クラウド（cloud）')).toEqual([]);
	});

	it('cuts the text into runs that join back into it', () => {
		const text = '「Key Performance Indicator」の略で、重要業績評価指標';
		const runs = englishPhrases(text);
		expect(runs.map((r) => r.text).join('')).toBe(text);
		expect(runs.map((r) => r.english)).toEqual([false, true, false]);
		expect(englishPhrases('日本語だけ')).toEqual([{ text: '日本語だけ', english: false }]);
	});
});
