/**
 * Links written in content Markdown, checked without building: `plan:`
 * references, and addresses of pages the site makes from content (plans,
 * chapters and their headings, glossary terms, themes, indicator pages,
 * consultations), and files and images from public/. The verdict is the
 * build's link check's (src/lib/link-check.ts) on the rendered page, said at
 * the line the link is written on. What the content cannot decide is left to
 * the build: files the build writes, pages not made from content (/search/),
 * which paragraphs a section has, ids only rendering adds, ids on pages other
 * than chapters and plans' indicator pages. Addresses that can only be slips
 * (misreadAddress) are said with the one meant; a page linked from the site's
 * root, which a BASE_PATH moves, is a warning.
 */
import path from 'node:path';
import { decoded } from '../link-check.ts';
import { isSystemFile } from '../public-files.ts';
import { chapterKey, unpublishedIds } from '../publication.ts';
import { messages } from '../messages.ts';
import { evaluationElementIds, indicatorElementIds, progressFormulaId } from '../indicator-page-ids.ts';
import { entryIdPrefix, isFixedPageId, isPageId, sectionOfParagraph } from '../page-ids.ts';
import { type PlanLinkIndex, planLinkIndex, planLinkPrefix, resolvePlanLink } from '../plan-links.ts';
import { fileUnderBase, isFilePath, type RouteName, routeOfPath, routes, withBase } from '../routes.ts';
import { linksOfMarkdown, type MarkdownLink } from '../../markdown/markdown-links.ts';
import { linkSchemes } from '../../markdown/sanitize-schema.ts';
import { nearestName } from '../nearest-name.ts';
import type { ContentFile, ContentSnapshot } from './check-content.ts';
import type { Problem } from './problem.ts';
import { bodyLineInFile, meantContentName } from './read-content.ts';

/** What a link points at that the site will not have (as in the build's report): a page, an id on a page, a file (public/). */
export type MissingTarget = 'page' | 'fragment' | 'file';

/** For a route and its ids, or a file: true or false where the content decides, undefined where it cannot. */
export interface LinkTargets {
	page(route: RouteName, ids: string[]): boolean | undefined;
	fragment(route: RouteName, ids: string[], fragment: string): boolean | undefined;
	/** A site path (without the base) that is no route's: a file of public/ if its last segment has a dot. */
	file(sitePath: string): boolean | undefined;
	/** The page's last id meant where it does not exist (opendata → open-data), if one is a slip away. */
	meantPage(route: RouteName, ids: string[]): string | undefined;
	/** The chapter's id meant where `fragment` is none of its ids (consept → concept), if one is a slip away. */
	meantFragment(route: RouteName, ids: string[], fragment: string): string | undefined;
}

/** Files the build writes beside its routes' pages: a link to one is left to the build's link check. */
const filesOfTheBuild = /^\/(?:_astro\/|pagefind\/|search-readings\/|(?:robots\.txt|_headers|404\.html|search-terms\.json|heading-ids\.json)$)/;

/**
 * Whether a chapter page whose text gives `ids` has the element `fragment`
 * that is not one of them: yes for the page's own (src/lib/page-ids.ts); for a
 * paragraph (`s1-2-p3`; `p1` before the first heading) only rendering knows
 * how many its section has, so its section must exist; footnote and glossary
 * toggletip ids are left to the build.
 */
function hasPageId(fragment: string, ids: Set<string>): boolean | undefined {
	if (isFixedPageId(fragment)) return true;
	const section = sectionOfParagraph(fragment);
	if (section !== undefined) return section === '' || ids.has(section) ? undefined : false;
	return isPageId(fragment) ? undefined : false;
}

/** For each plan whose indicators and evaluations all passed their own checks, the sections its indicator page gives them. */
function indicatorPageSections(content: Pick<ContentSnapshot, 'indicators' | 'evaluations' | 'filesRead'>): Map<string, Set<string>> {
	const sections = new Map<string, Set<string>>();
	const add = (planId: string, section: string) => sections.set(planId, (sections.get(planId) ?? new Set()).add(section));
	for (const indicator of content.indicators) add(indicator.planId, indicatorElementIds(indicator.id).section);
	for (const evaluation of content.evaluations) add(evaluation.planId, evaluationElementIds(evaluation.id).section);
	const read = [...content.filesRead.indicators, ...content.filesRead.evaluations];
	for (const [planId, planSections] of sections) if (read.filter((id) => id.startsWith(`${planId}/`)).length !== planSections.size) sections.delete(planId);
	return sections;
}

/**
 * Whether a plan's indicator page, whose indicators and evaluations have the
 * sections `sections`, has the element `fragment` that is none of them: the
 * parts of a section (its table's caption, its notes' ids) and the page's own
 * are left to the build; anything else it does not have.
 */
function hasIndicatorPageId(fragment: string, sections: Set<string>): boolean | undefined {
	const partOfSection = [...sections].some((section) => fragment.startsWith(`${section}-`));
	return partOfSection || fragment.startsWith(entryIdPrefix) || fragment === progressFormulaId || isFixedPageId(fragment) ? undefined : false;
}

/**
 * The content without what a build leaves out (publish: false): a plan's files go with it, a consultation with any of
 * its plans; a chapter's with it, and the indicators and evaluation tables placed in it (withItsChapters).
 */
function publishedPart(content: ContentSnapshot): Pick<ContentSnapshot, 'planFolders' | 'filesRead' | 'chapters' | 'indicators' | 'evaluations'> {
	const { plans, chapters: unpublishedChapters, waitingWithChapters: waiting, terms, consultations } = unpublishedIds(content);
	const inPublishedPlan = (id: string) => !plans.has(id.split('/')[0]!);
	const published = (record: { planId: string; id: string }) => !plans.has(record.planId) && !waiting.has(`${record.planId}/${record.id}`);
	const [indicators, evaluations] = [content.indicators.filter(published), content.evaluations.filter(published)];
	const { filesRead } = content;
	return {
		planFolders: new Set([...content.planFolders].filter((id) => !plans.has(id))),
		filesRead: {
			...filesRead,
			chapters: new Set([...filesRead.chapters].filter((id) => inPublishedPlan(id) && !unpublishedChapters.has(id))),
			indicators: new Set([...filesRead.indicators].filter((id) => inPublishedPlan(id) && !waiting.has(id))),
			evaluations: new Set([...filesRead.evaluations].filter((id) => inPublishedPlan(id) && !waiting.has(id))),
			glossary: new Set([...filesRead.glossary].filter((id) => !terms.has(id))),
			consultations: new Set([...filesRead.consultations].filter((id) => !consultations.has(id))),
		},
		chapters: content.chapters.filter((c) => !plans.has(c.planId) && !unpublishedChapters.has(chapterKey(c.planId, c.id))),
		indicators,
		evaluations,
	};
}

/**
 * The `plan:` index of what a build publishes, but for plans left out: a link to one of those becomes its text
 * (remark-plan-links.ts), while one to a chapter marked publish: false of a plan published, or to its headings,
 * would not resolve and stop the build.
 */
export function publishedPlanLinks(content: ContentSnapshot): PlanLinkIndex {
	const { chapters } = unpublishedIds(content);
	return planLinkIndex(content.chapters.filter((c) => !chapters.has(chapterKey(c.planId, c.id))), content.planFolders);
}

/**
 * The pages the content makes, from files read whether valid or not (a file
 * with problems of its own is reported for those); with `published`, only
 * those a build publishes.
 */
export function linkTargets(everything: ContentSnapshot, { published = false } = {}): LinkTargets {
	const content = published ? publishedPart(everything) : everything;
	const { planFolders, filesRead } = content;
	const plansWithIndicatorPage = new Set([...filesRead.indicators, ...filesRead.evaluations].map((id) => id.slice(0, id.indexOf('/'))));
	const chapterIds = new Map(content.chapters.map((c) => [`${c.planId}/${c.id}`, new Set(c.elementIds)]));
	const indicatorSections = indicatorPageSections(content);
	// Each plan's chapters, read once: a page's chapter is looked up for every link to it.
	const chaptersOfPlan = Map.groupBy([...filesRead.chapters], (id) => id.slice(0, id.indexOf('/')));
	const chapters = new Map([...chaptersOfPlan].map(([plan, ids]) => [plan, new Set(ids.map((id) => id.slice(plan.length + 1)))]));
	/** For a route, the ids its last id is one of, given those before it: the page exists when it is one of them. */
	const known: Partial<Record<RouteName, (ids: string[]) => ReadonlySet<string>>> = {
		plan: () => planFolders,
		planPrint: () => planFolders,
		planIndicators: () => plansWithIndicatorPage,
		chapter: ([plan]) => chapters.get(plan!) ?? new Set(),
		term: () => filesRead.glossary,
		theme: () => filesRead.themes,
		consultation: () => filesRead.consultations,
	};
	return {
		page: (route, ids) => known[route]?.(ids).has(ids.at(-1)!),
		meantPage: (route, ids) => {
			const candidates = known[route]?.(ids);
			return candidates && nearestName(ids.at(-1)!, candidates);
		},
		meantFragment: (route, [plan, chapter], fragment) => {
			const ids = route === 'chapter' ? chapterIds.get(`${plan}/${chapter}`) : undefined;
			// A heading's number (s1-3 for s1-2) names another heading, not a slip: only ids written in words are guessed.
			const worded = (id: string) => !/\d/.test(id);
			return ids && worded(fragment) ? nearestName(fragment, [...ids].filter(worded)) : undefined;
		},
		file: (sitePath) => (isFilePath(sitePath) && !filesOfTheBuild.test(sitePath) ? everything.staticFiles.has(sitePath) : undefined),
		fragment(route, [plan, chapter], fragment) {
			// Only a chapter's ids, and the sections of a plan's indicator page, are known without rendering, and only when their files passed their own checks.
			if (route === 'planIndicators') {
				const sections = indicatorSections.get(plan!);
				return sections && (sections.has(fragment) || hasIndicatorPageId(fragment, sections));
			}
			const ids = route === 'chapter' ? chapterIds.get(`${plan}/${chapter}`) : undefined;
			if (!ids) return undefined;
			return ids.has(fragment) || hasPageId(fragment, ids);
		},
	};
}

/**
 * The route of the page the link check would find at a path: `…/ch1/`,
 * `…/ch1/index.html`, or `…/ch1` without its slash (no route's page has a dot
 * in its last segment, so a path that has one is a file).
 */
function routeOfPage(pathname: string) {
	if (pathname.endsWith('/index.html')) return routeOfPath(pathname.slice(0, -'index.html'.length));
	return routeOfPath(pathname.endsWith('/') || isFilePath(pathname) ? pathname : `${pathname}/`);
}

/** Schemes whose address runs script or carries a page of its own: the sanitiser removes them. */
const scriptSchemes = new Set(['javascript', 'vbscript', 'data']);

/** A link on `fromPage` (a site path, with the base) within this site: its path (with the base) and fragment, decoded; undefined for anything else. */
function withinSite(url: string, fromPage: string): { pathname: string; fragment: string } | undefined {
	// The pipeline escapes a backslash (%5C) where a browser reads a slash: left to the build.
	if (url.includes('\\')) return undefined;
	const resolved = URL.parse(url, `http://site.invalid${fromPage}`);
	// Another site, mailto:, plan: …, or no address at all (`http://`).
	if (resolved?.host !== 'site.invalid') return undefined;
	const pathname = decoded(resolved.pathname);
	const fragment = decoded(resolved.hash.slice(1));
	return pathname === undefined || fragment === undefined ? undefined : { pathname, fragment };
}

/** Where in public/ the file a link on `fromPage` points at is (`public/images/zu1.png`); undefined for a page. */
export function publicFileOf(url: string, fromPage: string): string | undefined {
	const pathname = withinSite(url, fromPage)?.pathname;
	if (!pathname?.startsWith(withBase('/')) || !isFilePath(pathname) || routeOfPage(pathname)) return undefined;
	return `public/${pathname.slice(withBase('/').length)}`;
}

/** What a link on `fromPage` (a site path, with the base) points at that the site will not have; undefined when it resolves, or the content cannot tell. */
export function missingTarget(url: string, fromPage: string, targets: LinkTargets): MissingTarget | undefined {
	const { pathname, fragment } = withinSite(url, fromPage) ?? {};
	if (pathname === undefined) return undefined;
	// The link check finds no page outside the deployment base (BASE_PATH): `/plans/…` in a build under /sub/.
	if (!pathname.startsWith(withBase('/'))) return 'page';
	const route = routeOfPage(pathname);
	if (!route) return targets.file(`/${pathname.slice(withBase('/').length)}`) === false ? 'file' : undefined;
	const page = targets.page(route.name, route.ids);
	if (page !== true) return page === false ? 'page' : undefined;
	return fragment && targets.fragment(route.name, route.ids, fragment) === false ? 'fragment' : undefined;
}

export interface LinkedText {
	record: ContentFile<unknown>;
	/** The page the text is shown on, which its relative links start from. */
	page: string;
	/** Whether a build publishes that page (not when its file or plan is marked publish: false). */
	published: boolean;
	links: MarkdownLink[];
}

/** Every Markdown text with its links. Each is shown on one page: its own, or its plan's indicator page (IndicatorDetail, EvaluationTable). */
export function linkedTexts(content: ContentSnapshot): LinkedText[] {
	const shownOn = <T extends ContentFile<unknown>>(records: T[], page: (record: T) => string, isPublished: (record: T) => boolean) =>
		records.map((record) => ({ record, page: page(record), links: linksOfMarkdown(record.parsed.body?.text ?? ''), published: isPublished(record) }));
	const published = publishedPart(content);
	const publishedData = new Set<ContentFile<unknown>>([...published.indicators, ...published.evaluations]);
	return [
		...content.chapters.map((chapter) => ({ record: chapter, page: routes.chapter(chapter.planId, chapter.id), links: chapter.links, published: published.filesRead.chapters.has(`${chapter.planId}/${chapter.id}`) })),
		...shownOn(content.glossary, (entry) => routes.term(entry.id), (entry) => published.filesRead.glossary.has(entry.id)),
		...shownOn(content.themes, (theme) => routes.theme(theme.id), () => true),
		...shownOn(content.consultations, (consultation) => routes.consultation(consultation.id), (consultation) => published.filesRead.consultations.has(consultation.id)),
		...shownOn(content.indicators, (indicator) => routes.planIndicators(indicator.planId), (indicator) => publishedData.has(indicator)),
		...shownOn(content.evaluations, (evaluation) => routes.planIndicators(evaluation.planId), (evaluation) => publishedData.has(evaluation)),
	];
}

/** Pages with nothing below them: a relative address that leads under one (`ch2` on a chapter page) was meant elsewhere. */
const pagesWithoutChildren: ReadonlySet<RouteName> = new Set(['chapter', 'term']);

/** A relative address with more ../ than its page is deep: a browser stops at the site's root, so it names something else than written. */
function climbsAboveRoot(url: string, fromPage: string): boolean {
	if (/^(?:[a-z][a-z0-9+.-]*:|\/|#|\?)/i.test(url)) return false;
	const fromFolder = fromPage.replace(/[^/]*$/, '').slice(1) || '.';
	return /^\.\.(?:\/|$)/.test(path.posix.join(fromFolder, url.split(/[?#]/)[0]!));
}

/**
 * The mistake in an address that can only be a mistake, and how to write it: another site's without its
 * https:// (`www.pref…`, read as a page of this one), a content file's (`../ch2.md`, never published), or a
 * relative one leading below a page that has none (`ch2` on a chapter page, for `../ch2/`), or above the site's root
 * (`../../../../etc/passwd`, as pasted from somewhere else). Said by the content
 * check and by the build's link report alike.
 */
export function misreadAddress(url: string, fromPage: string): string | undefined {
	if (/^(?:www\.|[a-z0-9-]+(?:\.[a-z0-9-]+)*\.(?:go|lg|or|co|ac|ed|ne)\.jp(?:[/:?#]|$))/i.test(url)) return messages.addressWithoutScheme(url);
	if (climbsAboveRoot(url, fromPage)) return messages.addressAboveSite(url);
	const target = withinSite(url, fromPage);
	if (!target || /^(?:\/|#)/.test(url)) return undefined;
	const from = routeOfPage(fromPage);
	const onChapter = from?.name === 'chapter';
	const fragment = target.fragment ? `#${target.fragment}` : '';
	const markdownFile = /([^/]+)\.md$/i.exec(target.pathname);
	if (markdownFile) return messages.markdownFileLink(url, onChapter ? `../${markdownFile[1]}/${fragment}` : undefined);
	// A file there may be public/'s (public/plans/x/ch1/zu1.png): left to the check of files.
	if (from && pagesWithoutChildren.has(from.name) && target.pathname.startsWith(fromPage) && target.pathname !== fromPage && !isFilePath(target.pathname)) {
		const name = target.pathname.slice(fromPage.length).replace(/\/$/, '');
		return messages.linkBelowPage(url, target.pathname, onChapter && !name.includes('/') ? `../${name}/${fragment}` : undefined);
	}
	return undefined;
}

/**
 * A link to this site's page from its root (`/plans/x/ch2/`), which a build under BASE_PATH puts elsewhere: the
 * same link as `plan:` or relative. (Files, `/images/zu1.png`, are written from the root as the authors' guide says.)
 */
function portableAddress(url: string, fromPage: string): string | undefined {
	if (!/^\/(?!\/)/.test(url)) return undefined;
	const target = withinSite(url, fromPage);
	const route = target?.pathname.startsWith(withBase('/')) && !isFilePath(target.pathname) ? routeOfPage(target.pathname) : undefined;
	if (!target || !route) return undefined;
	const fragment = target.fragment ? `#${target.fragment}` : '';
	if (route.name === 'plan' || route.name === 'chapter') return `${planLinkPrefix}${route.ids.join('/')}${fragment}`;
	return `${path.posix.relative(fromPage, target.pathname) || '.'}/${fragment}`;
}

/** The address meant by one whose page or heading id is a slip away from one the site has (/glossary/opendata/ → /glossary/open-data/), written as the link is. */
export function meantAddress(url: string, fromPage: string, missing: 'page' | 'fragment', targets: LinkTargets): string | undefined {
	const { pathname, fragment } = withinSite(url, fromPage) ?? {};
	const route = pathname === undefined ? undefined : routeOfPage(pathname);
	if (!route) return undefined;
	const [written, meant] = missing === 'page' ? [route.ids.at(-1), targets.meantPage(route.name, route.ids)] : [fragment, targets.meantFragment(route.name, route.ids, fragment!)];
	// Only where the id is written once in the address, so the one replaced is the one meant.
	if (!written || !meant || url.split(written).length !== 2) return undefined;
	return url.replace(written, meant);
}

/** The file in the content folders a relative address written in `textFile` names (zu1.png beside ch4.md), if there is one. */
function besideTheText(url: string, textFile: string, unreadFiles: Set<string>): string | undefined {
	if (/^(?:[a-z][a-z0-9+.-]*:|\/|#)/i.test(url)) return undefined;
	const name = decoded(url.split(/[?#]/)[0]!);
	const candidate = name === undefined ? undefined : path.resolve(path.dirname(textFile), name);
	return candidate !== undefined && unreadFiles.has(candidate) ? candidate : undefined;
}

/** Links in content Markdown whose target does not exist, at the line each is written on. */
export function contentLinkProblems(content: ContentSnapshot, planLinks: PlanLinkIndex, rel: (file: string) => string): Problem[] {
	const [targets, publishedTargets] = [linkTargets(content), linkTargets(content, { published: true })];
	const publishedLinks = publishedPlanLinks(content);
	const glossaryIds = new Set(content.glossary.map((entry) => entry.id));
	/** The address of the term a link written as `glossary:open-data` (`term:`, `yougo:`) means, relative to its page: the id as written or the one it is a slip of. */
	const termAddress = (url: string, page: string) => {
		const written = /^(?:glossary|term|terms|yougo|yogo):\/*([^/?#]+)/i.exec(url)?.[1];
		const id = written === undefined || glossaryIds.has(written) ? written : nearestName(written, glossaryIds);
		return id === undefined ? undefined : `${path.posix.relative(page, routes.term(id))}/`;
	};
	const problemOf = ({ url, kind }: MarkdownLink, page: string, published: boolean, file: string): Pick<Problem, 'message' | 'severity'> | undefined => {
		const error = (message: string | undefined) => (message === undefined ? undefined : { message, severity: 'error' as const });
		if (url.startsWith(planLinkPrefix)) {
			if (!resolvePlanLink(url, planLinks)) return error(messages.unresolvedPlanLink(url));
			// To a chapter marked publish: false (or its heading) from a page published: the build could not make the link.
			return error(published && !resolvePlanLink(url, publishedLinks) ? messages.linkToUnpublished(url) : undefined);
		}
		const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(url)?.[1]!.toLowerCase();
		if (kind === 'link' && scheme && !linkSchemes.includes(scheme)) {
			// Script in an address is removed for safety, as <script> is: a warning like it; any other is a link meant and broken.
			if (scriptSchemes.has(scheme)) return { message: messages.scriptLinkRemoved(url), severity: 'warning' };
			return error(messages.unusableLinkScheme(url, termAddress(url, page)));
		}
		const misread = misreadAddress(url, page);
		if (misread) return error(misread);
		// A mail link that also copies to another address, or writes the mail for the resident (mailto:…?cc=…&body=…).
		if (/^mailto:[^?]*\?/i.test(url)) return { message: messages.mailtoWithFields(url), severity: 'warning' };
		const missing = missingProblem(url, kind, page, published, file);
		if (missing) return error(missing);
		const portable = portableAddress(url, page);
		return portable ? { message: messages.linkFromSiteRoot(url, portable), severity: 'warning' } : undefined;
	};
	const missingProblem = (url: string, kind: MarkdownLink['kind'], page: string, published: boolean, file: string) => {
		// Where the page links (a file from the site's root under the base); said as written.
		const address = fileUnderBase(url);
		const missing = missingTarget(address, page, targets);
		if (missing === 'file') {
			const beside = besideTheText(url, file, content.unreadFiles);
			if (beside) linkedInContent.add(beside);
			return beside ? messages.fileInContent(url, rel(beside), publicFileOf(address, page)!, kind) : messages.missingFile(url, publicFileOf(address, page)!, kind);
		}
		if (missing) return messages.brokenLink(url, missing, undefined, meantAddress(url, page, missing, targets));
		// A published page that links to one the build leaves out would have a broken link.
		return published && missingTarget(address, page, publishedTargets) ? messages.linkToUnpublished(url) : undefined;
	};
	/** Files in content/ that a text links, each told where to move already. */
	const linkedInContent = new Set<string>();
	const problems: Problem[] = [];
	for (const { record, page, links, published } of linkedTexts(content)) {
		const body = record.parsed.body!;
		for (const link of links) {
			const problem = problemOf(link, page, published, record.file);
			if (problem) problems.push({ file: rel(record.file), line: bodyLineInFile(body, link.line), ...problem });
		}
	}
	// A figure or document left in content/ that no text links: never published, and told nowhere else. Not a plan's
	// source text, a content file misnamed (told by its name), nor the files an operating system leaves.
	const sources = new Set([...content.sourceTexts.values()].map((source) => source.file));
	for (const file of [...content.unreadFiles].sort()) {
		const name = path.basename(file);
		if (linkedInContent.has(file) || sources.has(rel(file)) || isSystemFile(name) || meantContentName(name)) continue;
		problems.push({ file: rel(file), line: undefined, message: messages.unlinkedFileInContent(name), severity: 'warning' });
	}
	return problems;
}
