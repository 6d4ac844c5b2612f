/**
 * CSV as Excel on Windows reads it: UTF-8 with a byte-order mark (without
 * it Excel assumes Shift_JIS and garbles Japanese), CRLF line ends, fields
 * quoted when they hold a comma, a quote or a line break (RFC 4180).
 */

export type CsvCell = string | number | null;

const byteOrderMark = '\uFEFF';

function csvField(cell: CsvCell): string {
	// Blank (null) stays an empty field, distinct from 0.
	const text = cell === null ? '' : String(cell);
	return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

export function toCsv(header: readonly string[], rows: ReadonlyArray<readonly CsvCell[]>): string {
	return `${byteOrderMark}${[header, ...rows].map((row) => row.map(csvField).join(',')).join('\r\n')}\r\n`;
}
