import type { Element, Root } from 'hast';
import { SKIP, visit } from 'unist-util-visit';

const isEmpty = (cell: Element) => cell.children.every((child) => child.type === 'text' && child.value.trim() === '');

export interface TablesOptions {
	/** Accessible name of the scroll region; receives the table's 1-based position in the page. */
	label?: (index: number) => string;
}

/**
 * Makes Markdown tables accessible: header cells get `scope="col"` (an empty
 * one, the corner above row names, becomes a data cell), and each
 * table sits in a keyboard-focusable, labelled scroll region so a wide table
 * scrolls inside its box on a phone instead of widening the page (WCAG 1.4.10
 * exempts such two-dimensional content from reflow).
 */
export function rehypeTables(options: TablesOptions = {}) {
	const label = options.label ?? ((index: number) => `表${index}（横にスクロールできます）`);
	return (tree: Root) => {
		let count = 0;
		visit(tree, 'element', (node: Element, index, parent) => {
			if (node.tagName !== 'table' || !parent || index === undefined) return;
			visit(node, 'element', (cell: Element, _, row) => {
				if (cell.tagName !== 'th' || row?.type !== 'element' || row.tagName !== 'tr') return;
				// An empty corner cell heads nothing: a header cell there is read out as a blank column name.
				if (isEmpty(cell)) cell.tagName = 'td';
				else cell.properties.scope ??= 'col';
			});
			count++;
			parent.children[index] = {
				type: 'element',
				tagName: 'div',
				properties: { className: ['table-scroll'], role: 'region', tabIndex: 0, ariaLabel: label(count) },
				children: [node],
			};
			return [SKIP, index + 1];
		});
	};
}
