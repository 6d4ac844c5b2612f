/**
 * How much of a source document's text the built site publishes: every line
 * of the extracted text, stripped of whitespace, markup and list bullets,
 * must appear somewhere in the site's text. A line the site splits up (a
 * glossary row becomes a term page, a footnote loses its number to an
 * ordered list) counts piece by piece, its pieces being the runs of text
 * between the line's spaces and tabs.
 */
import { withMeantCharacters } from './lookalike-characters.ts';

/**
 * Text reduced to what must match: no whitespace, no HTML tags, no Markdown heading/list/emphasis marks, and characters
 * a PDF gave for others of the same shape (⾏ for 行) read as the ones the importer writes.
 */
export function normalizeForCoverage(text: string): string {
	return withMeantCharacters(text)
		.replace(/<[^>]+>/g, '')
		.replace(/^\s*#{1,6}\s+/gm, '')
		.replace(/^\s*(?:[-*+]|\d+\.)\s+/gm, '')
		.replace(/\*\*|__/g, '')
		.replace(/\s+/g, '');
}

/** A table-of-contents line's dot leader and page number (「策定趣旨 . . . P3」) are page furniture. */
const tocLeader = /(?:\s*\.){2,}\s*P?\d+\s*$/;

export interface CoverageResult {
	/** Characters of the source that count. */
	total: number;
	/** Of those, characters found in the site. */
	covered: number;
	ratio: number;
	/** Source lines (1-based) with text not found: the missing pieces. */
	missing: Array<{ line: number; text: string }>;
}

export function textCoverage(source: string, siteText: string): CoverageResult {
	const haystack = normalizeForCoverage(siteText);
	let total = 0;
	let covered = 0;
	const missing: CoverageResult['missing'] = [];
	source.split('\n').forEach((raw, index) => {
		const line = raw.replace(tocLeader, '');
		const whole = normalizeForCoverage(line);
		if (whole === '') return;
		total += whole.length;
		if (haystack.includes(whole)) {
			covered += whole.length;
			return;
		}
		const lost = pieces(line).filter((piece) => !haystack.includes(piece));
		covered += Math.max(0, whole.length - lost.reduce((n, piece) => n + piece.length, 0));
		if (lost.length > 0) missing.push({ line: index + 1, text: lost.join(' … ') });
	});
	return { total, covered, ratio: total === 0 ? 1 : covered / total, missing };
}

/** The runs of text between a line's whitespace and tags, each normalised. */
function pieces(line: string): string[] {
	return line
		.replace(/<[^>]+>/g, ' ')
		.split(/\s+/)
		.map(normalizeForCoverage)
		.filter((piece) => piece !== '' && !/^[-*+]$/.test(piece));
}
