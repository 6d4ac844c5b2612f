import type { Element } from 'hast';

const headingTag = /^h([1-6])$/;

/** Whether an element is a heading, h1 to h6. */
export const isHeading = (node: Element) => headingTag.test(node.tagName);

/** Moves a heading `levels` levels down (h2 → h3 for 1), no lower than h6, where its text sits under another heading; other elements are left alone. */
export function lowerHeading(node: Element, levels: number): void {
	const level = headingTag.exec(node.tagName);
	if (level) node.tagName = `h${Math.min(Number(level[1]) + levels, 6)}`;
}
