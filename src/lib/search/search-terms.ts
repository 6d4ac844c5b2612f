/**
 * The glossary as the search page needs it, written to /search-terms.json:
 * names and readings for query expansion and for the definition card shown
 * above the results when a query names a term.
 */
import type { GlossaryLinks } from '../glossary-links.ts';
import type { GlossaryEntry } from '../../schemas/glossary.ts';
import { type TermNames, termNames } from './normalize.ts';

/** A glossary term: its names and reading (TermNames), and its definition card. */
export interface SearchTerm extends TermNames {
	term: string;
	url: string;
	summary: string;
	sourceLabel: string;
}

export function searchTerms(glossary: Array<{ id: string; data: GlossaryEntry }>, links: GlossaryLinks): SearchTerm[] {
	return glossary.map((entry) => {
		const info = links.terms.get(entry.id)!;
		return { term: info.term, ...termNames(entry.data), url: info.url, summary: info.summary, sourceLabel: info.sourceLabel };
	});
}
