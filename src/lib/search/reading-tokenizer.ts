/**
 * The morphological dictionary the build reads kanji words with (readings.ts):
 * Lindera's IPADIC, compiled to WebAssembly with the dictionary inside (no
 * download, no native build). Loaded only when the build writes the search
 * files: it takes about half a second.
 */
import type { ReadingToken, ReadingTokenizer } from './readings.ts';

export async function loadReadingTokenizer(): Promise<ReadingTokenizer> {
	const { TokenizerBuilder } = await import('lindera-wasm-nodejs-ipadic');
	const builder = new TokenizerBuilder();
	builder.setDictionary('embedded://ipadic');
	const tokenizer = builder.build();
	return (text) => tokenizer.tokenize(text) as ReadingToken[];
}
