import { describe, expect, it } from 'vitest';
import { splitUrls } from '../../src/lib/linkify.ts';

describe('splitUrls', () => {
	it('finds URLs inside Japanese text without swallowing the punctuation after them', () => {
		expect(splitUrls('「推奨データセット」 https://cio.go.jp/policy-opendata（参照）')).toEqual([
			{ text: '「推奨データセット」 ' },
			{ url: 'https://cio.go.jp/policy-opendata' },
			{ text: '（参照）' },
		]);
	});
	it('leaves text without URLs alone and ignores other schemes', () => {
		expect(splitUrls('javascript:alert(1) と「報告書」')).toEqual([{ text: 'javascript:alert(1) と「報告書」' }]);
	});
});
