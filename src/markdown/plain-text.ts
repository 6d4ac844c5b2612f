import { toString } from 'mdast-util-to-string';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { markdownSyntax } from './syntax.ts';

const parser = unified().use(remarkParse).use(markdownSyntax);

/** The text of a Markdown snippet without its syntax, paragraphs joined by a space. */
export function markdownToPlainText(markdown: string): string {
	const tree = parser.parse(markdown);
	return tree.children.map((node) => toString(node)).join(' ').replace(/\s+/g, ' ').trim();
}
