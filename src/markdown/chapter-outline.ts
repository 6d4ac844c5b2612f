/**
 * A chapter's sections as the site will publish them (ids from
 * remarkHeadingIds) with each section's own plain text, without rendering
 * HTML: what the content check needs to resolve references, and what
 * cross-links need for excerpts and term occurrences.
 */
import type { Root, RootContent } from 'mdast';
import type {} from 'mdast-util-to-hast';
import { toString } from 'mdast-util-to-string';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { VFile } from 'vfile';
import { VFileMessage } from 'vfile-message';
import { chapterStructureProblems, htmlIds, type StructureProblem } from './chapter-structure.ts';
import { elementIds, type MarkdownLink, markdownLinks } from './markdown-links.ts';
import { remarkPlugins } from './pipeline.ts';

export interface OutlineSection {
	depth: number;
	id: string;
	/** Heading text. */
	text: string;
	line: number | undefined;
	/** Ids of the enclosing sections, outermost first. */
	parents: string[];
	/** Plain text between this heading and the next heading of any level. */
	body: string;
}

/** An id raw HTML gives an element. */
export interface OutlineHtmlId {
	id: string;
	line: number | undefined;
}

export type OutlineResult =
	| {
			ok: true;
			sections: OutlineSection[];
			/** Links in the text, with their lines. */
			links: MarkdownLink[];
			/** Every id the text gives elements of the page (elementIds). */
			elementIds: string[];
			/** The ids raw HTML gives elements, with their lines. */
			htmlIds: OutlineHtmlId[];
			problems: StructureProblem[];
	  }
	| { ok: false; line: number | undefined; message: string };

const processor = unified().use(remarkParse).use(remarkGfm).use(remarkPlugins);

/** Block text, without footnote definitions (they belong to the page, not the section). */
const blockText = (node: RootContent) => (node.type === 'footnoteDefinition' || node.type === 'definition' ? '' : toString(node));

export async function chapterOutline(markdown: string, path?: string): Promise<OutlineResult> {
	const file = new VFile({ value: markdown, path });
	let tree: Root;
	try {
		tree = (await processor.run(processor.parse(file), file)) as Root;
	} catch (error) {
		if (error instanceof VFileMessage) return { ok: false, line: error.line ?? undefined, message: error.reason };
		throw error;
	}
	const sections: OutlineSection[] = [];
	const stack: OutlineSection[] = [];
	const bodies = new Map<OutlineSection, string[]>();
	for (const node of tree.children) {
		if (node.type === 'heading') {
			while (stack.length > 0 && stack.at(-1)!.depth >= node.depth) stack.pop();
			const section: OutlineSection = {
				depth: node.depth,
				id: String(node.data?.hProperties?.id),
				text: toString(node),
				line: node.position?.start.line,
				parents: stack.map((s) => s.id),
				body: '',
			};
			sections.push(section);
			stack.push(section);
			bodies.set(section, []);
		} else {
			const text = blockText(node);
			// Text before the first heading belongs to no section.
			if (text && stack.length > 0) bodies.get(stack.at(-1)!)!.push(text);
		}
	}
	for (const [section, texts] of bodies) section.body = texts.join('\n');
	return { ok: true, sections, links: markdownLinks(tree), elementIds: elementIds(tree), htmlIds: htmlIds(tree), problems: chapterStructureProblems(tree) };
}
