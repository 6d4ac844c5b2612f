import type { Element, Root } from 'hast';
import { visit } from 'unist-util-visit';
import { phrasesToKeep } from '../lib/phrases.ts';
import { isHeading } from './heading-level.ts';
import { splitTextChildren } from './text-runs.ts';

/**
 * Keeps each phrase of every heading's text on one line (lib/phrases.ts), so
 * a heading wraps between phrases rather than mid-word in every browser.
 */
export function rehypeHeadingPhrases() {
	return (tree: Root) => {
		visit(tree, 'element', (node: Element) => {
			if (!isHeading(node)) return;
			splitTextChildren(node, (text) => phrasesToKeep(text).map((phrase) => ({ text: phrase.text, span: phrase.keep ? { className: ['phrase'] } : undefined })));
		});
	};
}
