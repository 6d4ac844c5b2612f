import type { Nodes } from 'mdast';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { markdownSyntax } from './syntax.ts';

const parser = unified().use(remarkParse).use(markdownSyntax);

/** Nodes whose children are blocks, rows or cells: each child's text is its own line. */
const lineParents = new Set<Nodes['type']>(['root', 'blockquote', 'list', 'listItem', 'table', 'tableRow', 'footnoteDefinition']);

/**
 * A node's text without its syntax. Unlike mdast-util-to-string, list items,
 * table cells and hard line breaks stay apart ("1 デジタル基盤の整備" and
 * "デジタルインフラの整備" are two lines, not one run of characters); raw
 * HTML is markup, not text.
 */
export function plainText(node: Nodes): string {
	if (node.type === 'break') return '\n';
	if (node.type === 'html') return '';
	if (node.type === 'image' || node.type === 'imageReference') return node.alt ?? '';
	if ('value' in node) return node.value;
	if ('children' in node) return node.children.map((child) => plainText(child)).join(lineParents.has(node.type) ? '\n' : '');
	return '';
}

/** The text of a Markdown snippet without its syntax, on one line: paragraphs, items and lines joined by a space. */
export function markdownToPlainText(markdown: string): string {
	return plainText(parser.parse(markdown)).replace(/\s+/g, ' ').trim();
}
