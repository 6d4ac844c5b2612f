import type { Heading, Root, Text } from 'mdast';
import type {} from 'mdast-util-to-hast';
import { toString } from 'mdast-util-to-string';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { joinHeadingId, readHeadingNumber, textHashId } from '../lib/heading-numbering.ts';
import { messages } from '../lib/messages.ts';
import { slugPattern } from '../schemas/ids.ts';

const explicitId = /\s*\{#([^}\s]*)\}\s*$/;

/** Removes a trailing `{#id}` from the heading's last text node and returns the id. */
function takeExplicitId(heading: Heading): string | undefined {
	const last = heading.children.at(-1);
	if (last?.type !== 'text') return undefined;
	const match = explicitId.exec((last as Text).value);
	if (!match) return undefined;
	(last as Text).value = (last as Text).value.slice(0, match.index);
	return match[1];
}

/** Why a heading with neither a number the build reads nor a `{#id}` needs one: its number glued to the text (１「誰もが…」), or none. */
function unnumberedHeadingMessage(text: string): string {
	const glued = /^([0-9０-９]+)([^\s\u3000．.0-9０-９].*)$/.exec(text);
	return glued ? messages.headingNumberGlued(text, glued[1]!, glued[2]!) : messages.headingWithoutId(text);
}

/**
 * Gives every heading a stable, readable id built from the document's own
 * numbering (第１節 → s1, its １ → s1-1), or from `{#id}` written by the author.
 * An invalid or duplicate id, and a heading with neither number nor id, are
 * messages on the file, at the heading: the content check reports each as an error.
 */
export function remarkHeadingIds() {
	return (tree: Root, file: VFile) => {
		const stack: Array<{ depth: number; id: string }> = [];
		/** Id → text of the heading that has it. */
		const seen = new Map<string, string>();
		visit(tree, 'heading', (heading: Heading) => {
			const explicit = takeExplicitId(heading);
			while (stack.length > 0 && stack.at(-1)!.depth >= heading.depth) stack.pop();
			const parentId = stack.at(-1)?.id;
			const text = toString(heading);
			const number = readHeadingNumber(text);
			// The text's hash keeps the page whole (npm run dev), but changes with the text: the content check reports it
			// (not for a # heading, which the check says to remove).
			if (!explicit && !number && heading.depth > 1) file.message(unnumberedHeadingMessage(text.trim()), heading);
			const id = explicit ?? (number ? joinHeadingId(parentId, number) : textHashId(text.trim()));
			// Messages, not failures: the content check reports them as errors with every other problem of the file.
			// One made from a parent's id that is not an id is not the author's to fix: the parent's is reported.
			if (!slugPattern.test(id) && (explicit !== undefined || parentId === undefined || slugPattern.test(parentId))) file.message(messages.badHeadingId(id), heading);
			if (seen.has(id)) file.message(messages.duplicateHeadingId(id, seen.get(id)!), heading);
			seen.set(id, text.trim());
			stack.push({ depth: heading.depth, id });
			heading.data = { ...heading.data, hProperties: { ...heading.data?.hProperties, id } };
		});
	};
}
