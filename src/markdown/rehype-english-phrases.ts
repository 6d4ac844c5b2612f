import type { Element, Root } from 'hast';
import { SKIP, visit } from 'unist-util-visit';
import { englishPhrases } from '../lib/english-phrases.ts';
import { splitTextChildren } from './text-runs.ts';

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
			splitTextChildren(node, (text) => englishPhrases(text).map((run) => ({ text: run.text, span: run.english ? { lang: 'en' } : undefined })));
			return undefined;
		});
	};
}
