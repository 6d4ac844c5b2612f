/**
 * Japanese text split into phrases (BudouX), so headings can break between
 * phrases in browsers without `word-break: auto-phrase` (Safari, Firefox):
 * the pages put <wbr> between phrases and keep words together otherwise.
 */
import { loadDefaultJapaneseParser } from 'budoux';

const parser = loadDefaultJapaneseParser();

export function phrases(text: string): string[] {
	return parser.parse(text);
}
