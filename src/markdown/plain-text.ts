import { toString } from 'mdast-util-to-string';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';

const parser = unified().use(remarkParse).use(remarkGfm);

/** The text of a Markdown snippet without its syntax, paragraphs joined by a space. */
export function markdownToPlainText(markdown: string): string {
	const tree = parser.parse(markdown);
	return tree.children.map((node) => toString(node)).join(' ').replace(/\s+/g, ' ').trim();
}
