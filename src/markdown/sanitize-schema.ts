/**
 * What raw HTML in content may keep: GitHub's allow-list (hast-util-sanitize's
 * default), narrowed so nothing can run script, load from another origin or
 * restyle the page, and widened only by the classes and attributes our remark
 * plugins put on their elements (they run before the sanitiser: glossary
 * toggletips, editorial notes, footnotes).
 */
import { defaultSchema, type Schema } from 'hast-util-sanitize';

type AttributeRule = NonNullable<Schema['attributes']>[string][number];
const ruleName = (rule: AttributeRule) => (typeof rule === 'string' ? rule : rule[0]);

/** The default rules for a tag, with the given rules replacing those for the same attribute. */
const withAttributes = (tag: string, ...rules: AttributeRule[]) => [
	...(defaultSchema.attributes?.[tag] ?? []).filter((rule) => !rules.some((r) => ruleName(r) === ruleName(rule))),
	...rules,
];

/** The schemes a link's address may have: any other (javascript:, tel:, an author's guess like glossary:) is removed, and the link is text. */
export const linkSchemes = ['http', 'https', 'mailto'];

export const sanitizeSchema: Schema = {
	...defaultSchema,
	tagNames: [...(defaultSchema.tagNames ?? []), 'abbr', 'aside', 'button'],
	// Elements removed with their content, not unwrapped into text.
	strip: ['script', 'style', 'iframe', 'frame', 'object', 'embed', 'noscript', 'noembed', 'noframes', 'template', 'textarea', 'title', 'xmp', 'svg', 'math'],
	attributes: {
		...defaultSchema.attributes,
		// `name` lets markup shadow document properties (DOM clobbering); ids stay, as headings need them.
		'*': (defaultSchema.attributes?.['*'] ?? []).filter((a) => a !== 'name'),
		a: withAttributes('a', ['className', 'data-footnote-backref', 'term-link']),
		h2: withAttributes('h2', ['className', 'sr-only', 'footnotes-heading']),
		aside: [['className', 'editorial-note', 'section-terms'], 'dataPagefindIgnore'],
		button: [['type', 'button'], ['className', 'term-tip-button'], 'popoverTarget', 'ariaLabel', 'dataPagefindIgnore'],
		span: [['className', 'term', 'term-tip', 'term-tip-source', 'term-tip-text'], ['popover', 'auto'], 'dataPagefindIgnore'],
		// No srcset or longdesc: their URLs escape the protocol check below.
		source: [],
		img: withAttributes('img').filter((rule) => ruleName(rule) !== 'longDesc'),
	},
	// Heading ids are published permalinks: they stay exactly as written (no user-content- prefix).
	clobber: [],
	protocols: {
		...defaultSchema.protocols,
		href: linkSchemes,
		// (An empty list would allow every protocol.) Other origins are removed by rehypeLocalResources.
		src: ['http', 'https'],
	},
};
