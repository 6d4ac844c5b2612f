/**
 * Mistakes in a chapter's structure that Markdown itself accepts silently:
 * heading levels (the chapter title is the page's h1, so the body starts at
 * ##, and no level is skipped) and raw HTML tags left open or closed twice,
 * which would swallow or break the text after them, and table rows with
 * more cells than the header row (the extra cells would not be shown),
 * footnote references without a definition (shown as 「[^9]」), images
 * without a text alternative, lines
 * meant as headings that are read as text (「##第２節」, 「　## 第２節」) or as code (indented), comments left
 * open (the rest of the file is not shown); and, as warnings, lines indented into code,
 * headings typed with full-width 「＃」, links reading only 「こちら」, rows with fewer cells, tables without their |---| row (shown
 * as text), images from other sites, which the page shows without their picture
 * (rehype-local-resources). Also the ids headings and raw HTML give
 * elements, for the content check to compare with the page's other ids.
 */
import { Parser } from 'htmlparser2';
import { find, html } from 'property-information';
import type { Html, Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { messages } from '../lib/messages.ts';
import { isSameSiteAddress } from '../lib/external-links.ts';
import { sanitizeSchema } from './sanitize-schema.ts';
import { nodesOf, nodesOfType } from './tree-nodes.ts';

export interface StructureProblem {
	/** Line within the Markdown body. */
	line: number | undefined;
	message: string;
	/** A warning is published anyway; anything else stops the build. */
	severity?: 'warning';
}

/** Elements that never have a closing tag. */
const voidElements = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'param', 'source', 'track', 'wbr']);

/** The file line of `offset` within a raw HTML node (which may span lines). */
const lineInHtml = (node: Html, offset: number) => (node.position ? node.position.start.line + (node.value.slice(0, offset).match(/\n/g)?.length ?? 0) : undefined);

export interface HtmlTag {
	/** Lower case. */
	name: string;
	closing: boolean;
	selfClosing: boolean;
	/** The text between the name and the end of the tag. */
	attributes: string;
	line: number | undefined;
	/** Offset in the Markdown, for document order. */
	offset: number;
}

const tagsOfTree = new WeakMap<Root, HtmlTag[]>();

/** The tags of the tree's raw HTML, in order; those inside comments left out. Read once per tree (several checks need them). */
export function htmlTags(tree: Root): HtmlTag[] {
	const known = tagsOfTree.get(tree);
	if (known) return known;
	const tags: HtmlTag[] = [];
	for (const { node } of nodesOfType(tree, 'html')) {
		const value = node.value.replace(/<!--[\s\S]*?-->/g, (comment) => comment.replace(/[^\n]/g, ' '));
		for (const tag of value.matchAll(/<(\/?)([A-Za-z][A-Za-z0-9-]*)\b([^>]*?)(\/?)>/g)) {
			tags.push({
				name: tag[2]!.toLowerCase(),
				closing: tag[1] === '/',
				selfClosing: tag[4] === '/',
				attributes: tag[3]!,
				line: lineInHtml(node, tag.index),
				offset: (node.position?.start.offset ?? 0) + tag.index,
			});
		}
	}
	tagsOfTree.set(tree, tags);
	return tags;
}

/** A quick test before parsing the tag: its attributes may include this one. */
const mayHave = { id: /\bid\s*=/i, href: /\bhref\s*=/i, src: /\bsrc\s*=/i, alt: /\balt\s*=/i, class: /\bclass\s*=/i };

/** An attribute of an opening tag the sanitiser keeps, read as a browser reads it (`id="a&amp;b"` is `a&b`); the sanitiser drops other elements, and their attributes with them. */
export function attributeOfTag(tag: HtmlTag, attribute: keyof typeof mayHave): string | undefined {
	if (tag.closing || !sanitizeSchema.tagNames?.includes(tag.name) || !mayHave[attribute].test(tag.attributes)) return undefined;
	let value: string | undefined;
	new Parser({ onopentag: (_name, attributes) => void (value ??= attributes[attribute]) }).end(`<${tag.name}${tag.attributes}>`);
	return value || undefined;
}

/** An id the text gives an element (a heading's, or in raw HTML), at its line. */
export interface IdAtLine {
	id: string;
	line: number | undefined;
}

/** Every heading's id, a heading in a quote or list too (from remarkHeadingIds, which must have run). */
export function headingIds(tree: Root): IdAtLine[] {
	const ids: IdAtLine[] = [];
	for (const { node: heading } of nodesOfType(tree, 'heading')) {
		if (typeof heading.data?.hProperties?.id === 'string') ids.push({ id: heading.data.hProperties.id, line: heading.position?.start.line });
	}
	return ids;
}

/** Ids raw HTML gives elements. */
export function htmlIds(tree: Root): IdAtLine[] {
	return htmlTags(tree).flatMap((tag) => {
		const id = attributeOfTag(tag, 'id');
		return id ? [{ id, line: tag.line }] : [];
	});
}

/**
 * What a text must not have: a chapter's, or an entry's shown inside another
 * page (`inChapter` false). Both start their headings at ##: a chapter's under
 * its title, an entry's under the heading its page shows it under.
 */
export function structureProblems(tree: Root, inChapter: boolean): StructureProblem[] {
	return [...headingLevelProblems(tree, inChapter), ...markupProblems(tree)];
}

function markupProblems(tree: Root): StructureProblem[] {
	return [...hidingComments(tree), ...unreadHeadings(tree), ...listsWrittenAsLines(tree), ...indentedLines(tree), ...unreadLinks(tree), ...htmlTagProblems(tree), ...removedMarkup(tree), ...tableProblems(tree), ...imagesWithoutText(tree), ...vagueLinks(tree), ...otherSiteImages(tree), ...undefinedFootnotes(tree)];
}

/** A link written with a full-width bracket or parenthesis somewhere (［第２章］（../ch2/）): its text and an address where one would start (this site's paths, a fragment, another site, a plan reference). */
const linkTypedFullWidth = /[［[]([^］\]\n]+)[］\]][（(]((?:\.{1,2}\/|\/|#|https?:\/\/|plan:)[^）)\s]*)[）)]/g;

/** Links typed with full-width brackets (［第２章］（../ch2/）), which Markdown shows as they are, brackets and address. */
function unreadLinks(tree: Root): StructureProblem[] {
	const problems: StructureProblem[] = [];
	for (const { node } of nodesOfType(tree, 'text')) {
		for (const match of node.value.matchAll(linkTypedFullWidth)) {
			// Half-width throughout is a link Markdown read already, or text it left for a reason of its own.
			if (!/[［］（）]/.test(match[0])) continue;
			const line = node.position ? node.position.start.line + (node.value.slice(0, match.index).match(/\n/g)?.length ?? 0) : undefined;
			problems.push({ line, message: messages.linkFullWidthBrackets(match[0], match[1]!, match[2]!) });
		}
	}
	return problems;
}

/**
 * Lines meant as headings that Markdown reads as text: 「##第２節」 (no space
 * after the marks) and 「##　第２節」 (a full-width one) are errors, as their
 * heading and its id would be lost; 「＃＃ 第２節」 (full-width marks, typed with
 * the IME on) is a warning, since a plan's own text may start a line with 「＃」.
 * A lone 「#」 before text is left alone: a hashtag (#DX) reads the same.
 */
function unreadHeadings(tree: Root): StructureProblem[] {
	const problems: StructureProblem[] = [];
	for (const { node, index, parent } of nodesOfType(tree, 'text')) {
		if (parent?.type !== 'paragraph' || !node.position) continue;
		// A paragraph's lines start in its first text, after each line break in a text, and after a hard break.
		const startsLine = index === 0 || parent.children[(index ?? 0) - 1]?.type === 'break';
		node.value.split('\n').forEach((text, i) => {
			if (i === 0 && !startsLine) return;
			const line = node.position!.start.line + i;
			const quoted = text.length > 20 ? `${text.slice(0, 20)}…` : text;
			const half = /^(#{2,6})(?!#)(\u3000|(?=\S))/.exec(text) ?? /^(#)(\u3000)/.exec(text);
			if (half) problems.push({ line, message: messages.headingNotRead(quoted, half[1]!, half[2] === '\u3000') });
			const full = /^(＃{1,6})(?!＃)/.exec(text);
			if (full) problems.push({ line, message: messages.headingFullWidthMarks(quoted, full[1]!.length), severity: 'warning' });
			// Pasted from Word with its indent: Markdown's own indent is half-width spaces only.
			if (/^[ \u3000]*\u3000[ \u3000]*#{1,6}[ \u3000]/.test(text)) problems.push({ line, message: messages.headingIndented(quoted.trim(), 'full-width') });
		});
	}
	return problems;
}

/** A mark the documents start a list item with: ・ ● ■ ①. */
const listMark = /^[・●○■□◆◇▶▷①-⑳]/;

/**
 * A paragraph whose lines, broken with a trailing \ (a hard break), each start with a list mark: a list on
 * screen, one paragraph to a screen reader (WCAG 1.3.1). A warning: written as Markdown list items, the
 * marks stay as the document prints them.
 */
function listsWrittenAsLines(tree: Root): StructureProblem[] {
	const problems: StructureProblem[] = [];
	for (const { node } of nodesOfType(tree, 'paragraph')) {
		// Each line's start: the paragraph's first child, and what follows each hard break.
		const starts = node.children.filter((_, i) => i === 0 || node.children[i - 1]!.type === 'break');
		const texts = starts.map((child) => (child.type === 'text' ? child.value.trimStart() : ''));
		if (texts.length < 2 || !texts.every((text) => listMark.test(text))) continue;
		const first = texts[0]!.split('\n')[0]!;
		problems.push({ line: node.position?.start.line, message: messages.listWrittenAsLines(first.length > 20 ? `${first.slice(0, 20)}…` : first, texts.length), severity: 'warning' });
	}
	return problems;
}

/**
 * Lines indented by four spaces or a tab, which Markdown shows as code, in a box, as typed: an error where the
 * first is a heading, a warning for text. A fenced block (```) is written on purpose and left alone.
 */
function indentedLines(tree: Root): StructureProblem[] {
	const problems: StructureProblem[] = [];
	for (const { node } of nodesOfType(tree, 'code')) {
		const lines = node.value.split('\n');
		const fenced = !node.position || node.position.end.line - node.position.start.line + 1 !== lines.length;
		if (fenced) continue;
		const first = lines[0]!.trim();
		const quoted = first.length > 20 ? `${first.slice(0, 20)}…` : first;
		const line = node.position!.start.line;
		if (/^#{1,6}\s/.test(first)) problems.push({ line, message: messages.headingIndented(quoted, 'code') });
		else problems.push({ line, message: messages.indentedText(quoted), severity: 'warning' });
	}
	return problems;
}

/**
 * A comment left open (<!-- without its -->) hides everything up to the next comment's end, or to the end of the
 * file: an error. A comment closed in its place that holds paragraphs or headings may hide them on purpose: a warning.
 */
function hidingComments(tree: Root): StructureProblem[] {
	const problems: StructureProblem[] = [];
	for (const { node } of nodesOfType(tree, 'html')) {
		const value = node.value.trimStart();
		if (!value.startsWith('<!--')) continue;
		const end = value.indexOf('-->');
		const comment = end === -1 ? value : value.slice(0, end);
		const after = comment.split('\n').slice(1);
		const lines = after.filter((text) => text.trim()).length;
		const headings = after.filter((text) => /^ {0,3}#{1,6}\s/.test(text)).length;
		const line = node.position?.start.line;
		if (end === -1 || comment.includes('<!--', 4)) problems.push({ line, message: messages.unclosedComment(lines, headings) });
		else if (headings > 0 || after.some((text) => !text.trim())) problems.push({ line, message: messages.hiddenInComment(lines, headings), severity: 'warning' });
	}
	return problems;
}

/** A footnote reference without its definition is not a reference: `[^9]` stays on the page as text. */
function undefinedFootnotes(tree: Root): StructureProblem[] {
	const problems: StructureProblem[] = [];
	for (const { node } of nodesOfType(tree, 'text')) {
		for (const match of node.value.matchAll(/\[\^([^\]\s]+)\]/g)) {
			const before = node.value.slice(0, match.index);
			const line = node.position ? node.position.start.line + (before.match(/\n/g)?.length ?? 0) : undefined;
			// 「[^9]：注記」 at the start of a line is the definition, unread for its full-width colon.
			const definition = (before === '' || before.endsWith('\n')) && node.value.charAt(match.index + match[0].length) === '：';
			problems.push({ line, message: definition ? messages.footnoteFullWidthColon(match[1]!) : messages.undefinedFootnote(match[1]!) });
		}
	}
	return problems;
}

/**
 * The classes the sanitiser keeps for our plugins' elements (a glossary term's toggletip, an editorial note,
 * footnotes), which share its pass with raw HTML: raw HTML with one of them, or with a popover, would pass
 * for the site's own parts.
 */
const siteComponentClasses = new Set(
	Object.values(sanitizeSchema.attributes ?? {})
		.flat()
		.flatMap((rule) => (Array.isArray(rule) && rule[0] === 'className' ? rule.slice(1).map(String) : [])),
);

function imitatesSiteComponent(tag: HtmlTag): boolean {
	if (/(?:^|\s)popover(?:target)?\s*=/i.test(tag.attributes)) return true;
	return (attributeOfTag(tag, 'class') ?? '').split(/\s+/).some((name) => siteComponentClasses.has(name));
}

/**
 * Raw HTML the sanitiser takes out (scripts, embedded frames, event handlers): said, so that an author does not
 * think it is shown; and raw HTML made like the site's own parts (a toggletip, an editorial note), which would
 * put words the prefecture did not write in them: refused.
 */
function removedMarkup(tree: Root): StructureProblem[] {
	const problems: StructureProblem[] = [];
	for (const tag of htmlTags(tree)) {
		if (tag.closing) continue;
		if (imitatesSiteComponent(tag)) {
			problems.push({ line: tag.line, message: messages.imitatesSiteComponent(tag.name) });
			continue;
		}
		// Stripped elements go with their content; any other element not allowed leaves its text behind, unformatted.
		if (sanitizeSchema.strip?.includes(tag.name)) problems.push({ line: tag.line, message: messages.removedTag(tag.name), severity: 'warning' });
		else if (!sanitizeSchema.tagNames?.includes(tag.name)) problems.push({ line: tag.line, message: messages.unwrappedTag(tag.name), severity: 'warning' });
		else if (/(?:^|\s)on[a-z]+\s*=/i.test(tag.attributes)) problems.push({ line: tag.line, message: messages.removedEventHandler(tag.name), severity: 'warning' });
		else {
			const dropped = droppedAttributes(tag);
			if (dropped.length > 0) problems.push({ line: tag.line, message: messages.removedAttributes(tag.name, dropped), severity: 'warning' });
		}
	}
	return problems;
}

/** The attributes of an element the sanitiser keeps that it drops (style, target …), as written: the page does not have them. */
function droppedAttributes(tag: HtmlTag): string[] {
	const rules = [...(sanitizeSchema.attributes?.[tag.name] ?? []), ...(sanitizeSchema.attributes?.['*'] ?? [])];
	const kept = new Set(rules.map((rule) => (typeof rule === 'string' ? rule : rule[0])));
	const names: string[] = [];
	new Parser({ onopentag: (_name, attributes) => void names.push(...Object.keys(attributes)) }).end(`<${tag.name}${tag.attributes}>`);
	return names.filter((name) => !kept.has(find(html, name).property));
}

function tableProblems(tree: Root): StructureProblem[] {
	const problems: StructureProblem[] = [];
	for (const { node } of nodesOf(tree)) {
		if (node.type === 'table') {
			const columns = node.children[0]?.children.length ?? 0;
			for (const row of node.children.slice(1)) {
				const line = row.position?.start.line;
				// A GFM table shows as many cells per row as its header has: the rest of a longer row is dropped.
				if (row.children.length > columns) problems.push({ line, message: messages.tableRowTooLong(row.children.length, columns) });
				else if (row.children.length < columns) problems.push({ line, message: messages.tableRowTooShort(row.children.length, columns), severity: 'warning' });
			}
		}
		if (node.type === 'paragraph') {
			const lines = toString(node).split('\n');
			if (lines.length >= 2 && lines.every((l) => /^\s*\|.*\|\s*$/.test(l))) problems.push({ line: node.position?.start.line, message: messages.tableWithoutDelimiterRow(), severity: 'warning' });
			// Bars typed with the IME on (｜): no table at all.
			else if (lines.length >= 2 && lines.every((l) => /^\s*[|｜].*[|｜]\s*$/.test(l))) problems.push({ line: node.position?.start.line, message: messages.tableFullWidthBars(), severity: 'warning' });
		}
	}
	return problems;
}

/** Link texts that say nothing of where they lead, read out alone in a screen reader's list of links (WCAG 2.4.4). */
const vagueLinkTexts = new Set(['こちら', 'ここ', 'こちらから', 'ここから', 'こちらをクリック', 'ここをクリック', 'クリック', 'リンク', '詳細', '詳しくはこちら', 'click here', 'here', 'link']);

function vagueLinks(tree: Root): StructureProblem[] {
	const problems: StructureProblem[] = [];
	for (const { node } of nodesOfType(tree, 'link')) {
		const text = toString(node).trim();
		if (vagueLinkTexts.has(text.toLowerCase())) problems.push({ line: node.position?.start.line, message: messages.vagueLinkText(text), severity: 'warning' });
	}
	return problems;
}

/** Images with no text for readers who cannot see them (WCAG 1.1.1; a screen reader reads out the file name): `![](zu1.png)`, `<img>` without `alt`. */
function imagesWithoutText(tree: Root): StructureProblem[] {
	const problems: StructureProblem[] = [];
	for (const { node } of nodesOfType(tree, 'image')) {
		if (!node.alt?.trim()) problems.push({ line: node.position?.start.line, message: messages.imageWithoutText(node.url, false) });
	}
	for (const tag of htmlTags(tree)) {
		if (tag.name === 'img' && !tag.closing && !attributeOfTag(tag, 'alt')?.trim()) problems.push({ line: tag.line, message: messages.imageWithoutText(attributeOfTag(tag, 'src') ?? '', true) });
	}
	return problems;
}

function otherSiteImages(tree: Root): StructureProblem[] {
	const problems: StructureProblem[] = [];
	const check = (url: string, line: number | undefined) => {
		if (!isSameSiteAddress(url)) problems.push({ line, message: messages.otherSiteImage(url), severity: 'warning' });
	};
	for (const { node } of nodesOf(tree)) {
		if (node.type === 'image') check(node.url, node.position?.start.line);
		if (node.type !== 'html') continue;
		for (const tag of node.value.matchAll(/<img\b[^>]*?\bsrc\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))/gi)) check(tag[1] ?? tag[2] ?? tag[3] ?? '', lineInHtml(node, tag.index));
	}
	return problems;
}

function headingLevelProblems(tree: Root, inChapter: boolean): StructureProblem[] {
	const problems: StructureProblem[] = [];
	let previous = 1;
	for (const { node: heading } of nodesOfType(tree, 'heading')) {
		const line = heading.position?.start.line;
		// A heading without words is announced as a bare 「見出しレベル2」 and lists as nothing in the contents.
		if (toString(heading).replace(/\{#[^}]*\}\s*$/, '').trim() === '') problems.push({ line, message: messages.emptyHeading() });
		if (heading.depth === 1) problems.push({ line, message: messages.headingLevelOne(inChapter) });
		else if (heading.depth > previous + 1) problems.push({ line, message: messages.headingLevelSkipped(heading.depth, previous, inChapter) });
		previous = heading.depth;
	}
	return problems;
}

function htmlTagProblems(tree: Root): StructureProblem[] {
	const problems: StructureProblem[] = [];
	const open: Array<{ name: string; line: number | undefined }> = [];
	for (const { name, closing, selfClosing, line } of htmlTags(tree)) {
		if (voidElements.has(name) || selfClosing) continue;
		if (!closing) {
			open.push({ name, line });
			continue;
		}
		const match = open.findLastIndex((o) => o.name === name);
		if (match === -1) problems.push({ line, message: messages.strayHtmlClosingTag(name) });
		else open.splice(match).slice(1).forEach((o) => problems.push({ line: o.line, message: messages.unclosedHtmlTag(o.name) }));
	}
	for (const o of open) problems.push({ line: o.line, message: messages.unclosedHtmlTag(o.name) });
	return problems.sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
}
