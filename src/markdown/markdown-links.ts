/**
 * The links in a Markdown document, for the content check: the addresses it
 * links to and the images it shows (raw HTML's `<a href>` and `<img src>`
 * too), each with the line it is written on.
 */
import type { Definition, Root } from 'mdast';
import type {} from 'mdast-util-to-hast';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { markdownSyntax } from './syntax.ts';
import { attributeOfTag, htmlTags } from './chapter-structure.ts';
import { nodesOf } from './tree-nodes.ts';

export interface MarkdownLink {
	/** The address as written. */
	url: string;
	/** A link, or an image shown on the page. */
	kind: 'link' | 'image';
	/** Line within the Markdown. */
	line: number | undefined;
}

/**
 * Inline links and images, the definitions reference links and images use
 * (`[第２章][c2]` … `[c2]: ../ch2/`) and raw HTML's `<a href>` and `<img src>`,
 * in document order. An unused definition makes no link.
 */
export function markdownLinks(tree: Root): MarkdownLink[] {
	const links: Array<MarkdownLink & { offset: number }> = [];
	const referenced = new Map<string, MarkdownLink['kind']>();
	const definitions: Definition[] = [];
	const at = (node: Pick<Definition, 'position'>) => ({ line: node.position?.start.line, offset: node.position?.start.offset ?? 0 });
	for (const { node } of nodesOf(tree)) {
		if (node.type === 'link' || node.type === 'image') links.push({ url: node.url, kind: node.type, ...at(node) });
		else if (node.type === 'linkReference') referenced.set(node.identifier, 'link');
		else if (node.type === 'imageReference') referenced.set(node.identifier, 'image');
		else if (node.type === 'definition') definitions.push(node);
	}
	// Where a label is defined twice, the first definition is the one used.
	const defined = new Set<string>();
	for (const definition of definitions) {
		const kind = referenced.get(definition.identifier);
		if (!kind || defined.has(definition.identifier)) continue;
		defined.add(definition.identifier);
		links.push({ url: definition.url, kind, ...at(definition) });
	}
	for (const tag of htmlTags(tree)) {
		const link = tag.name === 'a' ? attributeOfTag(tag, 'href') : undefined;
		const image = tag.name === 'img' ? attributeOfTag(tag, 'src') : undefined;
		if (link !== undefined) links.push({ url: link, kind: 'link', line: tag.line, offset: tag.offset });
		if (image !== undefined) links.push({ url: image, kind: 'image', line: tag.line, offset: tag.offset });
	}
	return links.sort((a, b) => a.offset - b.offset).map(({ url, kind, line }) => ({ url, kind, line }));
}

const parser = unified().use(remarkParse).use(markdownSyntax);

/** The links of Markdown that is not outlined (glossary entries, themes …); text with no `](`, `]:`, `<a` or `<img` has none to find. */
export function linksOfMarkdown(markdown: string): MarkdownLink[] {
	return /\]\(|\]:|<a\b|<img\b/i.test(markdown) ? markdownLinks(parser.parse(markdown)) : [];
}
