import { describe, expect, it } from 'vitest';
import { decodeText } from '../../../src/lib/importer/text-encoding.ts';

const text = '第１章　計画の策定\n本文です。\n';

describe('a text file in the encodings Japanese Windows saves', () => {
	it('reads UTF-8 (its byte order mark dropped), UTF-16 with its byte order mark, and Shift_JIS', () => {
		expect(decodeText(new TextEncoder().encode(`\ufeff${text}`))).toEqual({ text, encoding: 'UTF-8' });
		const utf16 = new Uint8Array([0xff, 0xfe, ...new Uint8Array(new Uint16Array([...text].map((c) => c.charCodeAt(0))).buffer)]);
		expect(decodeText(utf16)).toEqual({ text, encoding: 'UTF-16' });
		// 第１章　計画の策定 / 本文です。 as Notepad's ANSI saves it (code page 932).
		const shiftJis = [0x91, 0xe6, 0x82, 0x50, 0x8f, 0xcd, 0x81, 0x40, 0x8c, 0x76, 0x89, 0xe6, 0x82, 0xcc, 0x8d, 0xf4, 0x92, 0xe8, 0x0a, 0x96, 0x7b, 0x95, 0xb6, 0x82, 0xc5, 0x82, 0xb7, 0x81, 0x42, 0x0a];
		expect(decodeText(new Uint8Array(shiftJis))).toEqual({ text, encoding: 'Shift_JIS' });
	});

	it('reads a file that is none of them as none, rather than as characters it does not hold', () => {
		expect(decodeText(new Uint8Array([0xff, 0x0a]))).toBeUndefined();
		expect(decodeText(new Uint8Array([0x85, 0x40, 0x0a]))).toBeUndefined();
	});
});
