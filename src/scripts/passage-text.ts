/**
 * The text of a citable place (a paragraph, list item or heading, by its id)
 * as the plan publishes it, on this page or on a chapter page fetched and
 * parsed: without the site's reading aids in it (a term's toggletip), footnote
 * numbers (renumbered when a footnote is added before it) and a list item's
 * nested list (its items are places of their own). Undefined when the page
 * has no such place.
 */
const notOwnText = '[data-pagefind-ignore], [data-footnote-ref], ul, ol';

export function passageText(page: Document, anchor: string): string | undefined {
	const place = page.getElementById(anchor);
	if (!place) return undefined;
	const copy = place.cloneNode(true) as Element;
	for (const part of copy.querySelectorAll(notOwnText)) part.remove();
	return copy.textContent ?? '';
}
