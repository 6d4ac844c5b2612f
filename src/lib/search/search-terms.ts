/**
 * The glossary as the search page needs it, written to /search-terms.json:
 * names for synonym expansion and for the definition card shown above the
 * results when a query names a term.
 */
import type { GlossaryLinks } from '../glossary-links.ts';
import type { GlossaryEntry } from '../../schemas/glossary.ts';
import { searchNames } from './normalize.ts';

export interface SearchTerm {
	term: string;
	/** Normalised names that mean this term (term, aliases and their parts). */
	names: string[];
	url: string;
	summary: string;
	sourceLabel: string;
}

export function searchTerms(glossary: Array<{ id: string; data: GlossaryEntry }>, links: GlossaryLinks): SearchTerm[] {
	return glossary.map((entry) => {
		const info = links.terms.get(entry.id)!;
		return { term: info.term, names: searchNames(entry.data), url: info.url, summary: info.summary, sourceLabel: info.sourceLabel };
	});
}
