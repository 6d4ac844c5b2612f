/**
 * An element's id, and its references to ids (in-page links, aria references,
 * popover targets), put under a text's own prefix: for a rendered Markdown
 * text that shares its page with other texts and with the page's own ids
 * (each chapter on its plan's print page; an entry's text on the page that
 * shows it, beside other entries' texts).
 */
import type { Element } from 'hast';

const idReferenceLists = ['ariaDescribedBy', 'ariaLabelledBy'] as const;

export function scopeElementIds(node: Element, scoped: (id: string) => string): void {
	const { id, href, popoverTarget } = node.properties;
	if (typeof id === 'string') node.properties.id = scoped(id);
	// A bare # (top of the page) has no id to scope.
	if (typeof href === 'string' && href.length > 1 && href.startsWith('#')) node.properties.href = `#${scoped(href.slice(1))}`;
	if (typeof popoverTarget === 'string') node.properties.popoverTarget = scoped(popoverTarget);
	for (const key of idReferenceLists) {
		const value = node.properties[key];
		if (Array.isArray(value)) node.properties[key] = value.map((v) => scoped(String(v)));
	}
}
