/**
 * A text fragment (`:~:text=`, the URL Fragment Text Directive): a browser
 * that supports it scrolls to the quoted text and marks it; one that finds no
 * such text goes to the element the fragment names, as without it. The prefix
 * and suffix make the phrase's use in the page's text the one found, not the
 * same words earlier in a heading or a list of other plans' sections.
 */
import type { Quote } from './phrase-in-page.ts';

/** Percent-encoded as the directive needs: 「-」, 「,」 and 「&」 separate its parts. */
const encode = (text: string) => encodeURIComponent(text).replace(/-/g, '%2D');

const directive = (prefix: string, text: string, suffix: string) => `text=${prefix ? `${encode(prefix)}-,` : ''}${encode(text)}${suffix ? `,-${encode(suffix)}` : ''}`;

/**
 * `:~:text=prefix-,text,-suffix`, to follow a `#id` (or stand alone after `#`),
 * then the same with only the prefix and with only the suffix: a browser finds
 * no text across a glossary term's 「？」 button (an inline block), and the
 * index does not say where one is. The browser goes to the first that it finds.
 */
export function textFragment({ prefix, text, suffix }: Quote): string {
	const directives = [directive(prefix, text, suffix)];
	if (prefix && suffix) directives.push(directive(prefix, text, ''), directive('', text, suffix));
	return `:~:${directives.join('&')}`;
}
