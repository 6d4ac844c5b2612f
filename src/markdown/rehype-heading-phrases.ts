import type { Element, ElementContent, Root } from 'hast';
import { visit } from 'unist-util-visit';
import { phrasesToKeep } from '../lib/phrases.ts';

const headingTags = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6']);

/**
 * Keeps each phrase of every heading's text on one line (lib/phrases.ts), so
 * a heading wraps between phrases rather than mid-word in every browser.
 */
export function rehypeHeadingPhrases() {
	return (tree: Root) => {
		visit(tree, 'element', (node: Element) => {
			if (!headingTags.has(node.tagName)) return;
			node.children = node.children.flatMap((child): ElementContent[] =>
				child.type === 'text'
					? phrasesToKeep(child.value).map(({ text, keep }) =>
							keep ? ({ type: 'element', tagName: 'span', properties: { className: ['phrase'] }, children: [{ type: 'text', value: text }] } as Element) : ({ type: 'text', value: text } as const),
						)
					: [child],
			);
		});
	};
}
