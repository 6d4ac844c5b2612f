/**
 * A link focused in a table whose first column stays in view (position: sticky) is scrolled to beside that
 * column, not left under it (WCAG 2.4.11). A browser scrolls a focused element into view only when it is
 * outside the scroll box, and one under the sticky column is inside it; scrollIntoView keeps to the box's
 * scroll padding, which the table's styles set to the column's width.
 */
for (const table of document.querySelectorAll('[data-sticky-first-column]')) {
	table.addEventListener('focusin', (event) => (event.target as Element).scrollIntoView({ block: 'nearest', inline: 'nearest' }));
}
