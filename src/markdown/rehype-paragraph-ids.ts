/**
 * Gives every paragraph and list item of a chapter a stable id — its
 * section's id and its position there (`s3-2-1-p2`, the 2nd paragraph of
 * section s3-2-1) — and a permalink carrying its citation label, so residents
 * can point at the exact place they comment on (eRegulations-style).
 * Headings get their citation label too (`data-cite="第２節 １"`).
 *
 * Only the document's own text is numbered: tables (cited by their section),
 * footnotes, editorial notes and the site's navigation asides are skipped.
 */
import type { Element, Root } from 'hast';
import { toString } from 'hast-util-to-string';
import { CONTINUE, SKIP, visitParents } from 'unist-util-visit-parents';
import type { VFile } from 'vfile';
import { headingCitationLabel, inPlaceDigits, joinLocation, paragraphLabel } from '../lib/citation.ts';
import { paragraphId } from '../lib/page-ids.ts';
import { chapterOfFile } from './chapter-file.ts';

const headingDepth = /^h([2-6])$/;
const skipped = new Set(['table', 'aside', 'nav', 'script', 'style', 'pre']);

interface OpenSection {
	depth: number;
	id: string;
	label: string;
	paragraphs: number;
}

const isSkipped = (node: Element) => skipped.has(node.tagName) || node.properties.dataFootnotes !== undefined;

export function rehypeParagraphIds() {
	return (tree: Root, file: VFile) => {
		// Only plan chapters are cited; glossary, theme and consultation texts are the site's own.
		if (!chapterOfFile(file)) return;
		const stack: OpenSection[] = [];
		const top: OpenSection = { depth: 1, id: '', label: '', paragraphs: 0 };

		const permalink = (node: Element) => {
			const section = stack.at(-1) ?? top;
			section.paragraphs += 1;
			const id = paragraphId(section.id, section.paragraphs);
			const paragraph = paragraphLabel(section.paragraphs);
			node.properties.id = id;
			const cite = joinLocation([...stack.map((s) => s.label), paragraph]);
			return {
				type: 'element',
				tagName: 'a',
				properties: {
					className: ['para-link'],
					href: `#${id}`,
					dataCite: cite,
					// Named with its whole place in the chapter (「１（１） 「課題」 第２段落」): a list of the page's links tells them apart, though 「課題」 heads several sections.
					// In the width the citation copied from it takes (「1 第1段落」 where the plan writes half-width numbers).
					ariaLabel: `${inPlaceDigits(cite)}へのリンク`,
				},
				children: [],
			} satisfies Element;
		};

		visitParents(tree, 'element', (node, ancestors) => {
			if (isSkipped(node)) return SKIP;
			const heading = headingDepth.exec(node.tagName);
			if (heading && typeof node.properties.id === 'string') {
				const depth = Number(heading[1]);
				while (stack.length > 0 && stack.at(-1)!.depth >= depth) stack.pop();
				stack.push({ depth, id: node.properties.id, label: headingCitationLabel(toString(node)), paragraphs: 0 });
				node.properties.dataCite = joinLocation(stack.map((s) => s.label));
			} else if (node.tagName === 'p' && !ancestors.some((a) => a.type === 'element' && a.tagName === 'li')) {
				node.children.push(permalink(node));
			} else if (node.tagName === 'li') {
				// Numbered before the items of a nested list (visited after it); the link ends the item's own text, before any nested list.
				const link = permalink(node);
				const nested = node.children.findIndex((c) => c.type === 'element' && (c.tagName === 'ul' || c.tagName === 'ol'));
				const ownText = node.children.find((c): c is Element => c.type === 'element' && c.tagName === 'p');
				if (ownText && (nested === -1 || node.children.indexOf(ownText) < nested)) ownText.children.push(link);
				else node.children.splice(nested === -1 ? node.children.length : nested, 0, link);
			}
			return CONTINUE;
		});
	};
}
