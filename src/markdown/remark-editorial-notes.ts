import type { Blockquote, Root, RootContent } from 'mdast';
import type {} from 'mdast-util-to-hast';
import { visit } from 'unist-util-visit';

export interface EditorialNoteOptions {
	/** The marker that opens an editorial note: `> [!編集部注] …`. */
	marker?: string;
	/** Label shown before the note. */
	label?: string;
}

/**
 * Editors' notes inside official text (`> [!編集部注] 図は抽出時に失われました。`)
 * become an <aside> that starts with its label, so residents never mistake
 * them for the prefecture's words; they are left out of the search index.
 * Not a landmark: an <aside> inside the page's <article> or <section> is
 * one only when it has a name, and a page may hold many notes.
 */
const noteClass = 'editorial-note';

/** Whether a block is an editorial note, once remarkEditorialNotes has run: the editors' words, not the plan's. */
export function isEditorialNote(node: RootContent): boolean {
	return node.type === 'blockquote' && node.data?.hName === 'aside' && (node.data.hProperties?.className as string[] | undefined)?.includes(noteClass) === true;
}

export function remarkEditorialNotes(options: EditorialNoteOptions = {}) {
	const marker = options.marker ?? '[!編集部注]';
	const label = options.label ?? '編集部注';
	return (tree: Root) => {
		visit(tree, 'blockquote', (node: Blockquote) => {
			const first = node.children[0];
			if (first?.type !== 'paragraph') return;
			const text = first.children[0];
			if (text?.type !== 'text' || !text.value.startsWith(marker)) return;
			text.value = text.value.slice(marker.length).replace(/^\s+/, '');
			first.children.unshift({ type: 'strong', children: [{ type: 'text', value: `${label}：` }] });
			node.data = { hName: 'aside', hProperties: { className: [noteClass], dataPagefindIgnore: '' } };
		});
	};
}
