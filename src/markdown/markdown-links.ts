/**
 * The links in a Markdown document, for the content check: the addresses it
 * links to (raw HTML's `<a href>` too), each with the line it is written on.
 */
import type { Definition, Root } from 'mdast';
import type {} from 'mdast-util-to-hast';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import { attributeOfTag, htmlTags } from './chapter-structure.ts';

export interface MarkdownLink {
	/** The address as written. */
	url: string;
	/** Line within the Markdown. */
	line: number | undefined;
}

/** Inline links, the definitions reference links use (`[第２章][c2]` … `[c2]: ../ch2/`) and raw HTML's `<a href>`, in document order. An unused definition makes no link. */
export function markdownLinks(tree: Root): MarkdownLink[] {
	const links: Array<MarkdownLink & { offset: number }> = [];
	const referenced = new Set<string>();
	const definitions: Definition[] = [];
	visit(tree, (node) => {
		if (node.type === 'link') links.push({ url: node.url, line: node.position?.start.line, offset: node.position?.start.offset ?? 0 });
		else if (node.type === 'linkReference') referenced.add(node.identifier);
		else if (node.type === 'definition') definitions.push(node);
	});
	// Where a label is defined twice, the first definition is the one used.
	const defined = new Set<string>();
	for (const definition of definitions) {
		if (!referenced.has(definition.identifier) || defined.has(definition.identifier)) continue;
		defined.add(definition.identifier);
		links.push({ url: definition.url, line: definition.position?.start.line, offset: definition.position?.start.offset ?? 0 });
	}
	for (const tag of htmlTags(tree)) {
		const url = tag.name === 'a' ? attributeOfTag(tag, 'href') : undefined;
		if (url !== undefined) links.push({ url, line: tag.line, offset: tag.offset });
	}
	return links.sort((a, b) => a.offset - b.offset).map(({ url, line }) => ({ url, line }));
}

const parser = unified().use(remarkParse).use(remarkGfm);

/** The links of Markdown that is not outlined (glossary entries, themes …); text with no `](`, `]:` or `<a` has none to find. */
export function linksOfMarkdown(markdown: string): MarkdownLink[] {
	return /\]\(|\]:|<a\b/i.test(markdown) ? markdownLinks(parser.parse(markdown)) : [];
}
