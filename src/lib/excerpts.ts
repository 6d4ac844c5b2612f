/** Short plain-text extracts of the plans' own words: theme excerpts, page descriptions. */

/** Text on one line (line breaks and runs of spaces as one space), cut after `length` characters with 「…」. */
export function excerpt(text: string, length: number): string {
	const flat = text.trim().replace(/\s+/g, ' ');
	return flat.length > length ? `${flat.slice(0, length)}…` : flat;
}

/** Characters of a chapter's opening in its page description: about what search engines and link previews show. */
const descriptionLength = 120;

/**
 * The opening of a chapter's text (its first section with text of its own)
 * as a page description; undefined when no section has text.
 */
export function chapterOpening(sections: ReadonlyArray<{ body: string }>): string | undefined {
	const first = sections.find((section) => section.body.trim());
	return first && excerpt(first.body, descriptionLength);
}
