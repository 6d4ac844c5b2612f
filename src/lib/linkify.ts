/** Splits plain text into text and http(s) URL parts, so URLs in frontmatter (【参照】 lines) become links. */
export type TextPart = { text: string } | { url: string };

const urlPattern = /https?:\/\/[^\s<>"'「」（）、。]+/g;

export function splitUrls(text: string): TextPart[] {
	const parts: TextPart[] = [];
	let last = 0;
	for (const match of text.matchAll(urlPattern)) {
		if (match.index > last) parts.push({ text: text.slice(last, match.index) });
		parts.push({ url: match[0] });
		last = match.index + match[0].length;
	}
	if (last < text.length) parts.push({ text: text.slice(last) });
	return parts;
}
