/**
 * A chapter's sections as the site will publish them (ids from
 * remarkHeadingIds) with each section's own plain text, without rendering
 * HTML: what the content check needs to resolve references, and what
 * cross-links need for excerpts and term occurrences.
 */
import type { Root, RootContent } from 'mdast';
import type {} from 'mdast-util-to-hast';
import { toString } from 'mdast-util-to-string';
import { plainText } from './plain-text.ts';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { markdownSyntax } from './syntax.ts';
import { VFile } from 'vfile';
import { VFileMessage } from 'vfile-message';
import { headingIds, htmlIds, type IdAtLine, type StructureProblem, structureProblems } from './chapter-structure.ts';
import { type MarkdownLink, markdownLinks } from './markdown-links.ts';
import { remarkPlugins } from './pipeline.ts';
import { isEditorialNote } from './remark-editorial-notes.ts';
import { visitLinkableText } from './remark-glossary-terms.ts';
import { introSectionId } from '../lib/page-ids.ts';

/** Text of a chapter: a section's own, or the chapter's before its first heading. */
export interface OutlineText {
	/** Plain text, a line per block. */
	body: string;
	/** The text whose glossary terms the page links (remark-glossary-terms), a line per text node (no term spans two): a term found in it is linked there. */
	termText: string;
}

export interface OutlineSection extends OutlineText {
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

type Failure = { ok: false; line: number | undefined; message: string };

export type OutlineResult =
	| {
			ok: true;
			sections: OutlineSection[];
			/** The text before the first heading (a chapter may open with a table or a note, or have no heading at all). */
			intro: OutlineText;
			/** Links in the text, with their lines. */
			links: MarkdownLink[];
			/** Every heading's id (one in a quote or list too), with its line. */
			headingIds: IdAtLine[];
			/** The ids raw HTML gives elements, with their lines. */
			htmlIds: IdAtLine[];
			problems: StructureProblem[];
	  }
	| Failure;

const processor = unified().use(remarkParse).use(markdownSyntax).use(remarkPlugins);

/** Block text, without footnote definitions (they belong to the page, not the section) or editorial notes (not the plan's words: no excerpt or term use comes from them). */
const blockText = (node: RootContent) => (node.type === 'footnoteDefinition' || node.type === 'definition' || isEditorialNote(node) ? '' : plainText(node));

/**
 * The text's tree with its heading ids and what the plugins said of it at a line
 * (remarkHeadingIds: a heading without numbering or id), or why the ids cannot
 * be given (an id written twice or not usable).
 */
async function parsed(markdown: string, path: string | undefined): Promise<{ ok: true; tree: Root; problems: StructureProblem[] } | Failure> {
	const file = new VFile({ value: markdown, path });
	try {
		const tree = (await processor.run(processor.parse(file), file)) as Root;
		return { ok: true, tree, problems: file.messages.map((m) => ({ line: m.line ?? undefined, message: m.reason })) };
	} catch (error) {
		if (error instanceof VFileMessage) return { ok: false, line: error.line ?? undefined, message: error.reason };
		throw error;
	}
}

export type EntryOutlineResult = { ok: true; headingIds: IdAtLine[]; htmlIds: IdAtLine[]; problems: StructureProblem[] } | Failure;

/** What the content check needs of an entry's text (a term's definition, an indicator's notes …): the ids of its headings and raw HTML, and mistakes in its markup. */
export async function entryOutline(markdown: string, path?: string): Promise<EntryOutlineResult> {
	const result = await parsed(markdown, path);
	if (!result.ok) return result;
	return { ok: true, headingIds: headingIds(result.tree), htmlIds: htmlIds(result.tree), problems: [...result.problems, ...structureProblems(result.tree, false)] };
}

/** A table of a chapter, under the section it sits in. */
export interface ChapterTable {
	/** Heading id of the nearest heading above it; undefined before the first heading. */
	section: string | undefined;
	/** Each row's line and its cells as plain text, the header row first. */
	rows: Array<{ line: number | undefined; cells: string[] }>;
}

/** The tables of a chapter (KPI tables, say), each with the section it belongs to; empty for text that cannot be read. */
export async function chapterTables(markdown: string, path?: string): Promise<ChapterTable[]> {
	const result = await parsed(markdown, path);
	if (!result.ok) return [];
	let section: string | undefined;
	const tables: ChapterTable[] = [];
	for (const node of result.tree.children) {
		if (node.type === 'heading') section = String(node.data?.hProperties?.id);
		else if (node.type === 'table') tables.push({ section, rows: node.children.map((row) => ({ line: row.position?.start.line, cells: row.children.map((cell) => toString(cell).trim()) })) });
	}
	return tables;
}

export async function chapterOutline(markdown: string, path?: string): Promise<OutlineResult> {
	const result = await parsed(markdown, path);
	if (!result.ok) return result;
	const { tree } = result;
	const sections: OutlineSection[] = [];
	const stack: OutlineSection[] = [];
	const bodies = new Map<OutlineSection, string[]>();
	const introBody: string[] = [];
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
				termText: '',
			};
			sections.push(section);
			stack.push(section);
			bodies.set(section, []);
		} else {
			const text = blockText(node);
			if (text) (sections.length > 0 ? bodies.get(stack.at(-1)!)! : introBody).push(text);
		}
	}
	for (const [section, texts] of bodies) section.body = texts.join('\n');
	const termTexts = new Map<string, string[]>();
	visitLinkableText(tree, (node, section) => {
		const texts = termTexts.get(section);
		if (texts) texts.push(node.value);
		else termTexts.set(section, [node.value]);
		return undefined;
	});
	for (const section of sections) section.termText = termTexts.get(section.id)?.join('\n') ?? '';
	const intro = { body: introBody.join('\n'), termText: termTexts.get(introSectionId)?.join('\n') ?? '' };
	return { ok: true, sections, intro, links: markdownLinks(tree), headingIds: headingIds(tree), htmlIds: htmlIds(tree), problems: [...result.problems, ...structureProblems(tree, true)] };
}
