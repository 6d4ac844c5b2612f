/**
 * Splits the extracted text into lines and records, per line, the layout
 * facts the later stages read (blank, page start, trailing Markdown break),
 * without changing any character of the text itself.
 */
import type { SourceLine } from './types.ts';

/** Whitespace the extractor uses for layout: spaces, no-break spaces, ideographic spaces, tabs. */
const layoutSpace = '[ \\t\\u00a0\\u3000\\v]';
const leading = new RegExp(`^${layoutSpace}+`);
const trailing = new RegExp(`${layoutSpace}+$`);
// Trailing tabs are empty table cells, so the raw line only loses trailing spaces.
const trailingSpaces = /[ \u00a0\u3000\v]+$/;

export function normalizeLines(text: string): SourceLine[] {
	const body = text.startsWith('\ufeff') ? text.slice(1) : text;
	const physical = body.split(/\r\n|\r|\n/);
	// A final line terminator does not start another line.
	if (physical.length > 1 && physical.at(-1) === '') physical.pop();
	// A form feed on a line of its own marks the page start of the next text line.
	let pendingPage = false;
	let page = 1;
	return physical.map((line, index) => {
		page += line.split('\f').length - 1;
		const formFeed = line.includes('\f') || (pendingPage && line.trim() !== '');
		const withoutFeeds = line.replaceAll('\f', '');
		const raw = withoutFeeds.replace(trailingSpaces, '');
		const text = withoutFeeds.replace(leading, '').replace(trailing, '');
		pendingPage = text === '' && (pendingPage || line.includes('\f'));
		return {
			no: index + 1,
			raw,
			text,
			indent: /^[ \t\u00a0\u3000]*/.exec(withoutFeeds)![0],
			blank: text === '',
			spaceOnly: text === '' && withoutFeeds !== '',
			hardBreak: / {2,}$/.test(withoutFeeds) && text !== '',
			formFeed,
			page,
		};
	});
}

/** The leading whitespace of a line in half-width columns (a tab counts 4, an ideographic space 2). */
export function indentColumns(indent: string): number {
	let columns = 0;
	for (const ch of indent) columns += ch === '\t' ? 4 : ch === '\u3000' ? 2 : 1;
	return columns;
}
