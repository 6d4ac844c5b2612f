import type { Element, ElementContent, Root } from 'hast';
import { visit } from 'unist-util-visit';
import { phrases } from '../lib/phrases.ts';

const headingTags = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6']);

/**
 * Puts <wbr> between the phrases of every heading's text, so a heading
 * wraps between phrases rather than mid-word in every browser.
 */
export function rehypeHeadingPhrases() {
	return (tree: Root) => {
		visit(tree, 'element', (node: Element) => {
			if (!headingTags.has(node.tagName)) return;
			node.children = node.children.flatMap((child): ElementContent[] =>
				child.type === 'text'
					? phrases(child.value).flatMap((phrase, i) => [
							...(i > 0 ? [{ type: 'element', tagName: 'wbr', properties: {}, children: [] } as Element] : []),
							{ type: 'text', value: phrase } as const,
						])
					: [child],
			);
		});
	};
}
