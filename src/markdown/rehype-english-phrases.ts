import type { Element, ElementContent, Root } from 'hast';
import { SKIP, visit } from 'unist-util-visit';
import { englishPhrases } from '../lib/english-phrases.ts';

/** Elements whose text is not prose: left as written. */
const skippedTags = new Set(['code', 'pre', 'kbd', 'samp', 'script', 'style']);

/**
 * Marks English phrases in the text `lang="en"` (lib/english-phrases.ts), so
 * screen readers read them in an English voice. Runs last, so it also marks
 * what other plugins added (toggletips, 他県の計画では); an element that
 * already has a `lang` is left as its author set it.
 */
export function rehypeEnglishPhrases() {
	return (tree: Root) => {
		visit(tree, 'element', (node: Element): typeof SKIP | undefined => {
			if (skippedTags.has(node.tagName) || node.properties.lang !== undefined) return SKIP;
			if (!node.children.some((child) => child.type === 'text')) return undefined;
			node.children = node.children.flatMap((child): ElementContent[] =>
				child.type === 'text'
					? englishPhrases(child.value).map(({ text, english }) =>
							english ? ({ type: 'element', tagName: 'span', properties: { lang: 'en' }, children: [{ type: 'text', value: text }] } as Element) : ({ type: 'text', value: text } as const),
						)
					: [child],
			);
			return undefined;
		});
	};
}
