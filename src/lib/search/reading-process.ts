/**
 * Looks up the readings of the kanji words (readings.ts) in a process of its
 * own, started by write-index.ts: the dictionary takes about 125 MB, which the
 * build's process, at its largest while Pagefind writes, need not hold.
 * Receives the counted stretches, answers with the dictionary, and exits.
 */
import { loadReadingTokenizer } from './reading-tokenizer.ts';
import { readingDictionary } from './readings.ts';

process.once('message', async (stretches: Array<[string, number]>) => {
	const dictionary = readingDictionary(new Map(stretches), await loadReadingTokenizer());
	process.send!(dictionary, () => process.disconnect());
});
