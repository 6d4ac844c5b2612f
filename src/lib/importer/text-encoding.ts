/**
 * A text file's text, in the encodings Japanese Windows programs save text in: UTF-16 with its byte
 * order mark (Notepad's and Excel's "Unicode"), UTF-8, or Shift_JIS (code page 932, which the WHATWG
 * shift_jis decoder is: Notepad's "ANSI", Excel's plain "CSV", 一太郎's text). Each is tried strictly, so
 * a file that is none of them is not read as one.
 */
export type TextEncodingName = 'UTF-16' | 'UTF-8' | 'Shift_JIS';

export function decodeText(bytes: Uint8Array): { text: string; encoding: TextEncodingName } | undefined {
	if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: new TextDecoder('utf-16le').decode(bytes), encoding: 'UTF-16' };
	for (const [label, encoding] of [['utf-8', 'UTF-8'], ['shift_jis', 'Shift_JIS']] as const) {
		try {
			return { text: new TextDecoder(label, { fatal: true }).decode(bytes), encoding };
		} catch {
			// Not this one: the next.
		}
	}
	return undefined;
}
