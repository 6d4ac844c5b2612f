/**
 * Takes the reading aids out of a rendered chapter, leaving the document the
 * print page shows: the 「他県の計画では」, 「この箇所への意見」 and 「この箇所の指標」 blocks go,
 * and each glossary term is its text again (no link, no toggletip). The print
 * page is made from the chapter page's tree this way rather than by parsing
 * the Markdown a second time.
 */
import type { Element, Root, RootContent } from 'hast';
import { SKIP, visit } from 'unist-util-visit';
import { hasClass } from './has-class.ts';

/** Blocks the page plugins put after a section heading (rehype-related-sections, rehype-section-opinions, rehype-section-indicators, remark-glossary-terms). */
const aidBlocks = ['related-sections', 'section-opinions', 'section-indicators', 'section-terms'];

export function rehypeWithoutReadingAids() {
	return (tree: Root) => {
		const isAid = (node: RootContent | undefined) => node !== undefined && aidBlocks.some((name) => hasClass(node, name));
		const isLineBreak = (node: RootContent | undefined) => node?.type === 'text' && node.value.trim() === '';
		// An aid written in the Markdown's place (remark-glossary-terms) stands between two line breaks: one goes with it.
		tree.children = tree.children.filter((node, i, all) => !isAid(node) && !(isLineBreak(node) && isAid(all[i - 1]) && isLineBreak(all[i - 2])));
		visit(tree, 'element', (node: Element, index, parent) => {
			if (!parent || index === undefined || !hasClass(node, 'term')) return;
			// remark-glossary-terms: <span class="term"><a class="term-link">text</a><button>…</button><span popover>…</span></span>
			const link = node.children.find((child) => hasClass(child, 'term-link')) as Element | undefined;
			const text = link?.children ?? [];
			parent.children.splice(index, 1, ...text);
			return [SKIP, index + text.length];
		});
	};
}
