/**
 * Values no plan's wording has that break what the site publishes: control characters, which a copy from a PDF
 * or Word can carry along (a feed with U+0008 in it is not XML, and a reader rejects all of it), and, in what
 * the open data's CSV carries, a value a spreadsheet runs as a formula (=HYPERLINK(…), +cmd|…) when a resident
 * opens the file.
 */

/** C0 control characters but TAB, LF and CR, and DEL. */
const controlCharacter = /[\x00-\x08\x0B\x0C\x0E-\x1F\x7F]/;

/** = + @ TAB or CR first, or - before anything but a number (a lone - and -5 are values): Excel reads such a cell as a formula. */
const formulaStart = /^(?:[=+@\t\r]|-(?!(?:\d[\d,.]*%?)?$))/;

/** A string of parsed YAML and where it is. */
export interface StringValue {
	path: PropertyKey[];
	text: string;
}

/** Every string in a parsed YAML value, with its path. */
export function* stringValues(value: unknown, path: PropertyKey[] = []): Generator<StringValue> {
	if (typeof value === 'string') yield { path, text: value };
	else if (Array.isArray(value)) for (const [i, item] of value.entries()) yield* stringValues(item, [...path, i]);
	else if (value !== null && typeof value === 'object') for (const [key, item] of Object.entries(value)) yield* stringValues(item, [...path, key]);
}

/** The first control character in `text`, or undefined. */
export const controlCharacterIn = (text: string) => controlCharacter.exec(text)?.[0];

/** Whether a spreadsheet would read `text`, as a CSV cell, as a formula. */
export const readAsFormula = (text: string) => formulaStart.test(text);
