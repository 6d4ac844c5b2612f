import type { APIRoute } from 'astro';
import { loadSite } from '../data/site.ts';
import { searchTerms } from '../lib/search/search-terms.ts';

/** Glossary names and short definitions for the search page (synonyms, definition card). */
export const GET: APIRoute = async () => {
	const site = await loadSite();
	return new Response(JSON.stringify(searchTerms(site.glossary.flatMap((group) => group.entries), site.glossaryLinks)));
};
