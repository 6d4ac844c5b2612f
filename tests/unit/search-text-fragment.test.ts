import { describe, expect, it } from 'vitest';
import { textFragment } from '../../src/lib/search/text-fragment.ts';

const e = encodeURIComponent;

describe('textFragment', () => {
	it('quotes prefix-,text,-suffix, then the text with the prefix only and with the suffix only, each part percent-encoded', () => {
		expect(textFragment({ prefix: '県は', text: '電子申請', suffix: 'を進める' })).toBe(
			`:~:text=${e('県は')}-,${e('電子申請')},-${e('を進める')}&text=${e('県は')}-,${e('電子申請')}&text=${e('電子申請')},-${e('を進める')}`,
		);
	});

	it('gives one directive when the prefix or the suffix is empty', () => {
		expect(textFragment({ prefix: '', text: 'DX', suffix: '' })).toBe(':~:text=DX');
		expect(textFragment({ prefix: 'a', text: 'b', suffix: '' })).toBe(':~:text=a-,b');
		expect(textFragment({ prefix: '', text: 'b', suffix: 'c' })).toBe(':~:text=b,-c');
	});

	it('encodes the 「-」, 「,」 and 「&」 that would split the directive', () => {
		expect(textFragment({ prefix: '', text: 'Wi-Fi, 5G & IoT', suffix: '' })).toBe(':~:text=Wi%2DFi%2C%205G%20%26%20IoT');
	});
});
