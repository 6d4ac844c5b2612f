import type { Element, ElementContent, Properties } from 'hast';

/** A piece of an element's text: in a span with these properties, or left as text. */
export interface TextRun {
	text: string;
	span?: Properties | undefined;
}

/** Replaces each text child of `node` with its runs (`split`); other children stay as they are. */
export function splitTextChildren(node: Element, split: (text: string) => TextRun[]): void {
	if (!node.children.some((child) => child.type === 'text')) return;
	node.children = node.children.flatMap((child): ElementContent[] =>
		child.type === 'text'
			? split(child.value).map(({ text, span }) => (span ? { type: 'element', tagName: 'span', properties: span, children: [{ type: 'text', value: text }] } : { type: 'text', value: text }))
			: [child],
	);
}
