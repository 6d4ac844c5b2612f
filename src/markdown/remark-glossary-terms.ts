import type { Html, Parent, PhrasingContent, Root, RootContent, Text } from 'mdast';
import type {} from 'mdast-util-to-hast';
import { toString } from 'mdast-util-to-string';
import { SKIP, visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { introSectionId, termTipId, termUseId } from '../lib/page-ids.ts';
import { notUsedAt } from '../lib/glossary-links.ts';
import type { TermMatcher } from '../lib/term-matcher.ts';
import { chapterOfFile } from './chapter-file.ts';
import { isEditorialNote } from './remark-editorial-notes.ts';

export interface GlossaryTermInfo {
	/** Term as the glossary writes it. */
	term: string;
	/** Page of the term. */
	url: string;
	/** A short plain-text definition for the toggletip. */
	summary: string;
	/** Whose definition: 「福島県の用語解説」 or 「編集部による解説」. */
	sourceLabel: string;
	/** A plan's own definition where it gives one other than the main (otherDefinitions), by plan id: its chapters' tips show it. */
	ofPlan?: Readonly<Record<string, { summary: string; sourceLabel: string }>>;
	/** Places whose words look like the term but are not it (`<plan>/<chapter>#<section>`): not linked there. */
	notUsedIn: string[];
}

export interface GlossaryTermsOptions {
	matcher: TermMatcher;
	terms: Map<string, GlossaryTermInfo>;
}

/** Nodes whose text is never linked. */
const skippedTypes = new Set(['heading', 'link', 'linkReference', 'inlineCode', 'code', 'html', 'definition', 'footnoteDefinition']);

/** Text inside raw `<abbr>`/`<dfn>`/`<a>` written by the author is left alone. */
function insideRawElement(parent: Parent, index: number): boolean {
	const open: string[] = [];
	for (const sibling of parent.children.slice(0, index)) {
		if (sibling.type !== 'html') continue;
		for (const tag of (sibling as Html).value.matchAll(/<(\/?)(abbr|dfn|a)\b[^>]*>/gi)) {
			if (tag[1]) open.pop();
			else open.push(tag[2]!.toLowerCase());
		}
	}
	return open.length > 0;
}

/**
 * Links the first occurrence of each glossary term in every part of a chapter (a top-level section with
 * those under it; termsLinkedByPlace) to its term page, and puts the definition one tap away in a toggletip (a native
 * popover: keyboard, touch and screen readers, no JavaScript; WCAG 1.4.13).
 * Headings, links, code and author-written <abbr>/<dfn> are left alone.
 */
export function remarkGlossaryTerms(options: GlossaryTermsOptions) {
	const { matcher, terms } = options;
	return (tree: Root, file: VFile) => {
		// Only chapters: a glossary definition must not link to itself, and indicator notes share a page.
		const chapter = chapterOfFile(file);
		if (!chapter) return;
		/** Terms already linked, per part. */
		const linked = new Map<string, Set<string>>();
		const notHereFor = (section: string) => (info: GlossaryTermInfo) => notUsedAt(info.notUsedIn, chapter.planId, chapter.chapterId, section);
		visitLinkableText(tree, (node, section, parent, index, part) => {
			const seen = linked.get(part) ?? new Set<string>();
			linked.set(part, seen);
			const replacement = linkTerms(node, matcher, terms, section, seen, chapter.planId, notHereFor(section));
			if (!replacement) return undefined;
			parent.children.splice(index, 1, ...(replacement as Parent['children']));
			return replacement.length;
		});
		tipHeadingOnlyTerms(tree, matcher, terms, linked, chapter.planId, notHereFor);
	};
}

/**
 * A term a heading names (「９ デジタルデバイド対策」) that its part's text never uses, so no tip anywhere in it:
 * its tip goes in a line under the first heading of the part that names it, 「見出しの用語: デジタルデバイド？」, an
 * aside (not the plan's text: not numbered, cited, indexed or printed). The heading itself stays plain text, as the
 * contents, citations and search read it; the term's page links to the heading, as to any unlinked use.
 */
function tipHeadingOnlyTerms(tree: Root, matcher: TermMatcher, terms: Map<string, GlossaryTermInfo>, linked: Map<string, Set<string>>, planId: string, notHereFor: (section: string) => (info: GlossaryTermInfo) => boolean): void {
	tree.children = blocksInPlace(tree).flatMap(({ block, section, part }) => {
		if (block.type !== 'heading') return [block];
		const seen = linked.get(part) ?? new Set<string>();
		linked.set(part, seen);
		const notHere = notHereFor(section);
		const named = [...new Map(matcher.find(toString(block)).map((m) => [m.termId, m])).values()].filter((m) => {
			const info = terms.get(m.termId);
			return info !== undefined && !seen.has(m.termId) && !notHere(info);
		});
		if (named.length === 0) return [block];
		for (const m of named) seen.add(m.termId);
		const tips = named.flatMap((m, n) => {
			const info = terms.get(m.termId)!;
			const tip = termElement(m.text, m.termId, { ...info, ...info.ofPlan?.[planId] }, section);
			return n === 0 ? [tip] : [{ type: 'text', value: '、' } as PhrasingContent, tip];
		});
		const line = { type: 'paragraph', data: { hName: 'aside', hProperties: { className: ['section-terms'], dataPagefindIgnore: '' } }, children: [{ type: 'text', value: '見出しの用語: ' }, ...tips] } as RootContent;
		return [block, line];
	});
}

/**
 * Each of a chapter's top-level blocks with the section it is in (a heading: its own; one without an id, the one
 * before) and that section's part, the outermost heading it is under (introSectionId before the first heading).
 */
function blocksInPlace(tree: Root): Array<{ block: RootContent; section: string; part: string }> {
	let section = introSectionId;
	/** The headings open at this block, outermost first: the first is its part's. */
	const headings: Array<{ id: string; depth: number }> = [];
	return tree.children.map((block) => {
		if (block.type === 'heading') {
			section = String(block.data?.hProperties?.id ?? section);
			while (headings.length > 0 && headings.at(-1)!.depth >= block.depth) headings.pop();
			headings.push({ id: section, depth: block.depth });
		}
		return { block, section, part: headings[0]?.id ?? introSectionId };
	});
}

/**
 * Each text node whose terms the plugin links, with the id of the section it
 * is in (introSectionId before the first heading) and of its part (the outermost heading it is under): text outside headings, links,
 * code, raw HTML, definitions, editorial notes (the editors' words are no use of a
 * term by the plan) and author-written <abbr>/<dfn>/<a>. `onText`
 * may replace the node, returning how many nodes took its place. The chapter
 * outline walks the same text, so a term's page links only to uses that are
 * linked (termUseId).
 */
export function visitLinkableText(tree: Root, onText: (node: Text, section: string, parent: Parent, index: number, part: string) => number | undefined): void {
	for (const { block, section, part } of blocksInPlace(tree)) {
		if (skippedTypes.has(block.type) || isEditorialNote(block)) continue;
		visit(block, (node, index, parent) => {
			if (skippedTypes.has(node.type) || isEditorialNote(node as RootContent)) return SKIP;
			if (node.type !== 'text' || !parent || index === undefined || insideRawElement(parent, index)) return;
			const replaced = onText(node as Text, section, parent as Parent, index, part);
			return replaced === undefined ? undefined : [SKIP, index + replaced];
		});
	}
}

function linkTerms(node: Text, matcher: TermMatcher, terms: Map<string, GlossaryTermInfo>, section: string, seen: Set<string>, planId: string, notHere: (info: GlossaryTermInfo) => boolean): PhrasingContent[] | undefined {
	const matches = matcher.find(node.value).filter((m) => {
		const info = terms.get(m.termId);
		if (seen.has(m.termId) || !info || notHere(info)) return false;
		seen.add(m.termId);
		return true;
	});
	if (matches.length === 0) return undefined;
	const out: PhrasingContent[] = [];
	let last = 0;
	for (const match of matches) {
		if (match.index > last) out.push({ type: 'text', value: node.value.slice(last, match.index) });
		const info = terms.get(match.termId)!;
		out.push(termElement(match.text, match.termId, { ...info, ...info.ofPlan?.[planId] }, section));
		last = match.index + match.text.length;
	}
	if (last < node.value.length) out.push({ type: 'text', value: node.value.slice(last) });
	return out;
}

/** `<span class="term" id><a>ＡＩ</a><button popovertarget>…</button><span popover>definition</span></span>`: the id is where the term's page links to its use in the section. */
function termElement(text: string, termId: string, info: GlossaryTermInfo, section: string): PhrasingContent {
	const tipId = termTipId(section, termId);
	const element = (hName: string, hProperties: Record<string, unknown>, children: PhrasingContent[]): PhrasingContent =>
		({ type: 'emphasis', data: { hName, hProperties }, children }) as PhrasingContent;
	return element('span', { id: termUseId(section, termId), className: ['term'] }, [
		{ type: 'link', url: info.url, data: { hProperties: { className: ['term-link'] } }, children: [{ type: 'text', value: text }] },
		// The visible「？」(drawn by CSS, as the paragraphs' 「¶」 are) starts the accessible name (WCAG 2.5.3);
		// the rest says which term. No text of its own: a paragraph copied (to quote it in an opinion) reads
		// as the plan wrote it, without 「？「…」の解説」 inside.
		element('button', { type: 'button', className: ['term-tip-button'], popoverTarget: tipId, ariaLabel: `？「${info.term}」の解説`, dataPagefindIgnore: '' }, []),
		element('span', { id: tipId, popover: 'auto', className: ['term-tip'], dataPagefindIgnore: '' }, [
			element('strong', {}, [{ type: 'text', value: info.term }]),
			element('span', { className: ['term-tip-source'] }, [{ type: 'text', value: `（${info.sourceLabel}）` }]),
			element('span', { className: ['term-tip-text'] }, [{ type: 'text', value: info.summary }]),
			// Named with its term: a page's tips link to many terms, and a list of its links tells them apart (WCAG 2.4.4).
			{ type: 'link', url: info.url, children: [{ type: 'text', value: `「${info.term}」を用語集で詳しく読む` }] },
		]),
	]);
}
