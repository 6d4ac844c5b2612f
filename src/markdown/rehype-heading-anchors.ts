import type { Element, ElementContent, Root } from 'hast';
import { toString } from 'hast-util-to-string';
import { SKIP, visit } from 'unist-util-visit';
import { hasClass } from './has-class.ts';
import { pageIds } from '../lib/page-ids.ts';

export interface HeadingAnchorOptions {
	/** Visually hidden text for the link; receives the heading text, or its place in the chapter (data-cite) where several headings share that text. */
	label?: (headingText: string) => string;
}

const headingTags = new Set(['h2', 'h3', 'h4', 'h5', 'h6']);
const wrapperClass = 'heading-wrapper';

/**
 * The section heading inside a wrapper this plugin made, for the plugins that
 * run after it and place things by section (related sections, section
 * indicators); undefined for any other node.
 */
export function wrappedHeading(node: ElementContent): Element | undefined {
	return hasClass(node, wrapperClass) ? ((node as Element).children[0] as Element) : undefined;
}

/**
 * Puts what `blockAfter` gives for each section heading (by its id), if
 * anything, right after the heading's wrapper: how the plugins that annotate
 * a section under its heading (related sections, section opinions) place it.
 */
export function insertAfterHeadings(tree: Root, blockAfter: (id: string) => Element | undefined): void {
	tree.children = (tree.children as ElementContent[]).flatMap((node) => {
		const id = wrappedHeading(node)?.properties.id;
		const block = typeof id === 'string' ? blockAfter(id) : undefined;
		return block ? [node, block] : [node];
	});
}

/**
 * Puts a permalink after each section heading (h2–h6 with an id), wrapping
 * both in a div so the heading text itself stays clean for the table of
 * contents, screen readers and search excerpts.
 */
export function rehypeHeadingAnchors(options: HeadingAnchorOptions = {}) {
	const label = options.label ?? ((text: string) => `「${text}」へのリンク`);
	return (tree: Root) => {
		// 「課題」 may head ten sections: their links are told apart by where they are, as a list of the page's links shows them.
		const texts = new Map<string, number>();
		visit(tree, 'element', (node: Element) => {
			if (!headingTags.has(node.tagName)) return;
			const text = toString(node);
			texts.set(text, (texts.get(text) ?? 0) + 1);
		});
		const linkText = (heading: Element) => {
			const text = toString(heading);
			const cite = heading.properties.dataCite;
			return typeof cite === 'string' && texts.get(text)! > 1 ? `${cite}へのリンク` : label(text);
		};
		visit(tree, 'element', (node: Element, index, parent) => {
			if (!parent || index === undefined || !headingTags.has(node.tagName)) return;
			const id = node.properties.id;
			// GFM's footnote section heading is furniture, not a section to link to.
			if (typeof id !== 'string' || id === pageIds.footnoteLabel) return;
			const anchor: ElementContent = {
				type: 'element',
				tagName: 'a',
				// Its 「#」 is drawn by CSS, as the paragraphs' 「¶」 are: a heading copied with the text reads as the plan wrote it.
				properties: { className: ['heading-anchor'], href: `#${id}`, ariaLabel: linkText(node), dataPagefindIgnore: '' },
				children: [],
			};
			parent.children[index] = {
				type: 'element',
				tagName: 'div',
				properties: { className: [wrapperClass, `level-${node.tagName}`] },
				children: [node, anchor],
			};
			return [SKIP, index + 1];
		});
	};
}
