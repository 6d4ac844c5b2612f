/**
 * Markdown syntax around text that must stay as written: the importer never
 * changes characters, so where plain text would be read as Markdown, it adds
 * syntax (angle brackets, a backslash) rather than editing the text.
 */

const urlPattern = /(?<![<(\w])https?:\/\/[A-Za-z0-9\-._~:/?#[\]@!$&'*+,;=%]+/g;

/**
 * Bare URLs in angle brackets, so the Japanese punctuation that follows
 * (`…pdf、令和3年`) is not read as part of the link.
 */
export function bracketUrls(text: string): string {
	return text.replace(urlPattern, (url) => {
		const trimmed = url.replace(/[.,;:]+$/, '');
		return `<${trimmed}>${url.slice(trimmed.length)}`;
	});
}

/** Escapes what Markdown would read as a list or heading at the start of a paragraph line (`1. `, `- `, `# `). */
export function escapeParagraphStart(text: string): string {
	return text
		.split('\n')
		.map((line) => line.replace(/^(\d{1,3})([.)])(?=[ \t])/, '$1\\$2').replace(/^([-+*#>])(?=[ \t])/, '\\$1'))
		.join('\n');
}
