/**
 * How the site reads Markdown, wherever it parses content (the pages, the
 * content check, plain-text excerpts), so all read the same document: GFM
 * (tables, footnotes, autolinks), and emphasis as Japanese text needs it.
 * CommonMark does not end `**…（注）**が` before a letter, and the asterisks
 * were left on the page; remark-cjk-friendly lets it end there.
 */
import type { PluggableList } from 'unified';
import remarkCjkFriendly from 'remark-cjk-friendly';
import remarkGfm from 'remark-gfm';

export const markdownSyntax: PluggableList = [remarkGfm, remarkCjkFriendly];
