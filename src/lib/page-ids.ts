/**
 * The ids a chapter page and its plan's print page give elements of their
 * own: around the chapter's Markdown (layout, header, table of contents,
 * citation menu, opinion panel) and inside it (paragraph permalinks,
 * footnotes, glossary toggletips). The components and plugins take their ids
 * from here, and the content check refuses a heading or raw HTML id that
 * takes one of them: with two elements of one id, the skip link, a label or a
 * permalink goes to the wrong one. A build test fails on any other id on
 * those pages, so an id added to a component without registering it here is
 * caught.
 */

/** Ids of one element each. */
export const pageIds = {
	/** The layout's <main>: the skip link's target. */
	main: 'main',
	/** `npm run dev`: the heading of the content check's errors (PreviewProblems). */
	previewProblemsTitle: 'preview-problems-title',
	siteSearch: 'site-search',
	tableOfContentsTitle: 'toc-wide-label',
	/** The phones' contents list, in its disclosure: the end of the chapter links back to it. */
	narrowContents: 'toc-narrow-list',
	citationMenu: 'citation-menu',
	citationMenuTitle: 'citation-menu-title',
	/** The citation the menu offers: the dialog's description. */
	citationMenuText: 'citation-menu-text',
	opinionPanel: 'opinion-panel',
	opinionPanelTitle: 'opinion-panel-title',
	submissionText: 'submission-text',
	/** What is still missing before the opinion can be sent (a required field, any written draft). */
	submissionProblems: 'submission-problems',
	printContents: 'print-contents',
	/** The print page's last part: the plan's 用語解説, as its document ends with it. */
	printGlossary: 'print-glossary',
	/** The consultations' heading on a plan's or prefecture's page: the consultations page and a prefecture's calendar lead to it. */
	consultations: 'consultations',
	/** The footnotes' heading: mdast-util-to-hast always names it so. */
	footnoteLabel: 'footnote-label',
} as const;

/** remark-rehype's prefix for the footnotes' ids (user-content-fn-1, user-content-fnref-1). */
export const footnoteIdPrefix = 'user-content-';
/** Before every id of an entry's text on the page that shows it (entryScopedId); no id a page gives its own parts starts so. */
export const entryIdPrefix = 'note-';
const termTipPrefix = 'term-';
const draftPrefix = 'draft-';
const draftAboutPrefix = 'draft-about-';
const draftPlacePrefix = 'draft-place-';
const submitterFieldPrefix = 'submitter-field-';
const tableRegionPrefix = 'table-';

/** A paragraph or list item: its section's id and its position there (s2-1-p3; p1 before the first heading). */
export const paragraphId = (sectionId: string, n: number) => `${sectionId ? `${sectionId}-` : ''}p${n}`;

/** Of an id that is a paragraph's (paragraphId), its section's id, '' before the first heading; undefined for any other id. */
export function sectionOfParagraph(id: string): string | undefined {
	const paragraph = /^(?:(.+)-)?p\d+$/.exec(id);
	return paragraph ? (paragraph[1] ?? '') : undefined;
}
/** The text before a chapter's first heading, as a section in the ids of its term uses (term-intro-ai--use). */
export const introSectionId = 'intro';
/** A glossary term's definition popover. */
export const termTipId = (sectionId: string, termId: string) => `${termTipPrefix}${sectionId}-${termId}`;
/** A glossary term's first linked use in a section, which the term's page links to: its popover's id and 「--use」 (no slug holds 「--」, so no popover's id is one). */
export const termUseId = (sectionId: string, termId: string) => `${termTipId(sectionId, termId)}--use`;
/** The opinion panel's drafts and submitter fields, made in the browser. */
export const draftTextId = (n: number) => `${draftPrefix}${n}`;
/** The character count under a draft's text box, which describes the box. */
export const draftLengthId = (n: number) => `${draftTextId(n)}-length`;
/** What a draft is about (the text it quotes, or that the text there has changed): its text box's description. */
export const draftAboutId = (n: number) => `${draftAboutPrefix}${n}`;
/** The place a resident writes for a draft (a page of a document not on this site). */
export const draftPlaceId = (n: number) => `${draftPlacePrefix}${n}`;
export const submitterFieldId = (n: number) => `${submitterFieldPrefix}${n}`;
/** The print page: each chapter's own heading, and the chapter's ids under its prefix (every chapter has its own s1). */
export const printChapterId = (chapterId: string) => `chapter-${chapterId}`;
export const printScopedId = (chapterId: string, id: string) => `${chapterId}-${id}`;
/** A table's scroll box on the print page (before its chapter's prefix), which it names after its chapter's heading: each chapter has its own 表1. */
export const tableRegionId = (n: number) => `${tableRegionPrefix}${n}`;
/**
 * An id in an entry's text (a term's definition, a theme's description, an
 * indicator's or evaluation's notes, a consultation's notes) on the page that
 * shows it, under the entry's file name: one plan's indicators and
 * evaluations share a page.
 */
export const entryScopedId = (entryName: string, id: string) => `${entryIdPrefix}${entryName}-${id}`;

// Nothing is computed when the module loads, so the client scripts that import an id maker carry only that.
/** True for an id of one element of the page (pageIds). */
export const isFixedPageId = (id: string) => (Object.values(pageIds) as string[]).includes(id);
const numberedAfter = (prefix: string, id: string) => id.startsWith(prefix) && /^\d+$/.test(id.slice(prefix.length));

/** True if the chapter page may give an element of its own this id: a fixed one, or one the functions above can make. */
export const isPageId = (id: string) =>
	isFixedPageId(id) ||
	/(?:^|-)p\d+$/.test(id) ||
	id.startsWith(footnoteIdPrefix) ||
	id.startsWith(termTipPrefix) ||
	numberedAfter(draftPrefix, id) ||
	numberedAfter(draftAboutPrefix, id) ||
	numberedAfter(draftPlacePrefix, id) ||
	numberedAfter(submitterFieldPrefix, id) ||
	numberedAfter(tableRegionPrefix, id);

/**
 * The page's own id that an id written in chapter `chapterId` would take:
 * the id itself on the chapter page, or the id the print page makes of it
 * (chapter `site`'s `search` prints as site-search); undefined if none.
 * `planChapterIds`: the plan's chapters, whose headings the print page adds.
 */
export function pageIdTaken(id: string, chapterId: string, planChapterIds: readonly string[]): string | undefined {
	if (isPageId(id)) return id;
	const printed = printScopedId(chapterId, id);
	return isFixedPageId(printed) || planChapterIds.some((chapter) => printChapterId(chapter) === printed) ? printed : undefined;
}
