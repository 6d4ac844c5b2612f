/**
 * Reads and validates all content before anything is built: encoding, YAML,
 * schemas, Markdown headings, references between plans, chapters,
 * themes, indicators, evaluation tables and glossary entries, and links in
 * the Markdown to pages made from content. Reports every problem at
 * once. `readContent` also hands the valid records to build-time logic that
 * runs outside Astro's collections (the Markdown plugins' context).
 */
import { readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import type { z } from 'astro/zod';
import { planNoteFiles, reservedChapterIds } from '../../content-paths.ts';
import { slugPattern } from '../../schemas/ids.ts';
import type { OutlineSection, OutlineText } from '../../markdown/chapter-outline.ts';
import type { MarkdownLink } from '../../markdown/markdown-links.ts';
import { chapterSchema, type Chapter } from '../../schemas/chapter.ts';
import { type Consultation, consultationSchema } from '../../schemas/consultation.ts';
import { glossarySchema, type GlossaryEntry } from '../../schemas/glossary.ts';
import { type Evaluation, evaluationSchema } from '../../schemas/evaluation.ts';
import { type Indicator, indicatorSchema } from '../../schemas/indicator.ts';
import { type Plan, planSchema, planStatuses } from '../../schemas/plan.ts';
import { type Theme, themeSchema } from '../../schemas/theme.ts';
import { eraSpan, OutsideEraError, parseFiscalYear } from '../japanese-dates.ts';
import { buildTime } from '../build-time.ts';
import { openChecklistItems, quote } from '../importer/report.ts';
import { lookalikesIn } from '../lookalike-characters.ts';
import { messages } from '../messages.ts';
import { entryScopedId, printScopedId } from '../page-ids.ts';
import { hasPlaceholderId } from '../importer/term-drafts.ts';
import { toFill } from '../scaffold/to-fill.ts';
import { templateLeftover } from './template-leftovers.ts';
import { controlCharacterIn, readAsFormula, stringValues } from './unsafe-values.ts';
import { isHiddenFile, isSystemFile } from '../public-files.ts';
import { createTermMatcher, nameKey } from '../term-matcher.ts';
import { draftTextChanges, readConsultedTexts } from './consulted-texts.ts';
import { isUnreadable } from '../unreadable-text.ts';
import { parsePlanLink, type PlanLinkIndex, planLinkIndex, resolvePlanLink } from '../plan-links.ts';
import { unpublishedIds } from '../publication.ts';
import { chapterIdProblems, htmlIdDuplicates, sharedPageIdClashes, type TextOnSharedPage } from './chapter-ids.ts';
import { checkConsultationNotices } from './consultation-notices.ts';
import { checkConsultationPeriods } from './consultation-period.ts';
import { contentLinkProblems, publishedPlanLinks } from './content-links.ts';
import { checkDefinitionsFromPlans } from './definitions-from-plans.ts';
import { checkFutureDates } from './future-dates.ts';
import { checkGeneralNames, checkGlossaryNames } from './glossary-names.ts';
import { readHeadingIdManifest, vanishedHeadingIds } from './heading-id-manifest.ts';
import { checkIndicatorFiles } from './indicator-files.ts';
import { openOutlineCache } from './outline-cache.ts';
import { checkResultPlaces } from './result-place-check.ts';
import { inLineOrder, type Problem } from './problem.ts';
import { bodyLineInFile, meantContentName, type ParsedFile, readMarkdownFile, readYamlFile } from './read-content.ts';
import { fieldName, toAuthorIssues } from './schema-issues.ts';
import { withStatedDecimals } from './stated-decimals.ts';
import { checkVersionThemes } from './version-themes.ts';
import { lineOfPath, valuesCutByComment } from './yaml-source.ts';
import { prefectureOfPlanId } from '../prefectures.ts';


export interface ContentFile<T> {
	/** Absolute path. */
	file: string;
	/** Id within its collection (`ch1`, `open-data`, …). */
	id: string;
	parsed: ParsedFile;
	data: T;
}

export interface ChapterFile extends ContentFile<Chapter> {
	planId: string;
	/** Sections with ids, parents and text, as the site publishes them. */
	sections: OutlineSection[];
	/** The text before the first heading. */
	intro: OutlineText;
	/** Links in the body, with their lines relative to the body. */
	links: MarkdownLink[];
	/** Every id the body gives elements of its page: headings' (a heading in a quote too) and raw HTML's. */
	elementIds: string[];
}

export interface IndicatorFile extends ContentFile<Indicator> {
	planId: string;
}

export interface EvaluationFile extends ContentFile<Evaluation> {
	planId: string;
}

export type MarkdownCollection = 'chapters' | 'indicators' | 'evaluations' | 'glossary' | 'themes' | 'consultations';

/** Every content file that passed its own checks. */
export interface ContentSnapshot {
	/** Plan folders that have a plan.yaml, valid or not: references to them are not reported again. */
	planFolders: Set<string>;
	/**
	 * The id of every Markdown file read, valid or not, by collection, as Astro
	 * names it (`sample-plan/ch1`, `ai`): a link to the page of a file with
	 * problems of its own is not reported again.
	 */
	filesRead: Record<MarkdownCollection, Set<string>>;
	plans: Array<ContentFile<Plan>>;
	chapters: ChapterFile[];
	indicators: IndicatorFile[];
	evaluations: EvaluationFile[];
	glossary: Array<ContentFile<GlossaryEntry>>;
	themes: Array<ContentFile<Theme>>;
	consultations: Array<ContentFile<Consultation>>;
	/** Each plan's source document as extracted (its plan.yaml's source.file, source.txt), by plan id, where the folder has it. */
	sourceTexts: Map<string, { file: string; text: string }>;
	/** Files in public/, which the build copies into the site as they are, by site path without the base (/images/zu1.png). */
	staticFiles: Set<string>;
	/** Other files in the content folder (a figure or PDF put beside the Markdown), by absolute path: the build publishes none of them. */
	unreadFiles: Set<string>;
}

/** Every file, or every symbolic link, below `dir`, by absolute path; none if there is no such folder. */
async function filesBelow(dir: string, kind: 'file' | 'symbolic link' = 'file'): Promise<string[]> {
	const entries = await readdir(dir, { recursive: true, withFileTypes: true }).catch(() => []);
	return entries.filter((e) => (kind === 'file' ? e.isFile() : e.isSymbolicLink())).map((e) => path.join(e.parentPath, e.name));
}

/** The files of the project's public/ folder by site path (/images/zu1.png). */
async function publicFiles(projectRoot: string): Promise<Set<string>> {
	const dir = path.join(projectRoot, 'public');
	return new Set((await filesBelow(dir)).map((file) => `/${path.relative(dir, file).split(path.sep).join('/')}`));
}

/** Files in the content folder that the build does not read as content (figures, PDFs; not Markdown or YAML), by absolute path. */
async function otherFiles(contentDir: string): Promise<Set<string>> {
	return new Set((await filesBelow(contentDir)).filter((file) => !/\.(md|yaml)$/i.test(file)).map((file) => path.resolve(file)));
}

/** Reads every content file, validating each on its own (encoding, YAML, schema, headings). */
export async function readContent(contentDir: string, projectRoot = process.cwd()) {
	const problems: Problem[] = [];
	const rel = (file: string) => path.relative(projectRoot, file) || file;
	const report = (file: string, line: number | undefined, message: string, severity: Problem['severity'] = 'error') => problems.push({ file: rel(file), line, message, severity });
	// The plan whose files are being read is marked publish: false (its chapters, indicators and evaluations are not published either).
	// A chapter marked so is, on its own (its publish field, read like the other files').
	let inUnpublishedPlan = false;
	/** How a file with something left to write can wait unpublished: a chapter by its own publish: false, a plan's other data with its chapter or the whole plan. */
	const holdBack = (file: string) => {
		const parts = path.relative(contentDir, file).split(path.sep);
		if (parts[0] !== 'plans') return 'own-file';
		return path.basename(file) === 'plan.yaml' ? 'plan' : parts.length === 3 ? 'chapter' : 'in-plan';
	};
	/**
	 * What a line must not publish: the template's 【要記入】 and what it leaves once only the mark is deleted
	 * (template-leftovers.ts), characters copied from a PDF in place of others of
	 * the same shape (⾏ for 行), and a jumble of characters copied from a PDF without character maps. Each stops
	 * a build that would publish it; in a file nobody publishes it is a reminder.
	 */
	const reportLinesNotToPublish = (file: string, fileId: string, parsed: ParsedFile, unpublished: boolean) => {
		const parts = [{ text: parsed.yaml, line: parsed.yamlLine, yaml: true }, ...(parsed.body ? [{ ...parsed.body, yaml: false }] : [])];
		const severity = unpublished ? 'warning' : 'error';
		for (const part of parts) {
			part.text.split('\n').forEach((text, i) => {
				// A value's escaped control character (\x08 in quotes) is found in the value (load).
				const control = part.yaml ? undefined : controlCharacterIn(text);
				if (control) report(file, part.line + i, messages.controlCharacter(control), 'error');
				const lookalikes = lookalikesIn(text);
				if (lookalikes.length > 0) report(file, part.line + i, messages.lookalikeCharacters(lookalikes, unpublished), severity);
				if (isUnreadable(text)) report(file, part.line + i, messages.unreadableText(quote(text.trim()), { unpublished }), severity);
				const leftover = templateLeftover(text, { yaml: part.yaml, fileId, unpublished });
				if (leftover) report(file, part.line + i, leftover, severity);
				const at = text.indexOf(toFill);
				if (at === -1) return;
				// A mark in a YAML comment flags the value before it as the template's example (a date, an address).
				const comment = part.yaml ? text.search(/(?:^|\s)#/) : -1;
				if (comment !== -1 && comment < at) {
					// An importer's reading to confirm (表の該当箇所「…」を…と読みました — 確かめたら、この印を消してください) is quoted,
					// not called the template's example: its value is most often right.
					const note = text.slice(at + toFill.length).trim();
					const reading = /印を消/.test(note) ? note.replace(/\s*—.*$/, '') : undefined;
					report(file, part.line + i, messages.leftToFillInComment(toFill, unpublished, reading && reading.length > 60 ? `${reading.slice(0, 60)}…` : reading), severity);
				}
				else report(file, part.line + i, unpublished ? messages.leftToFillUnpublished(toFill) : messages.leftToFill(toFill, holdBack(file)), severity);
			});
		}
	};

	/** The file line of the value at `at` in a file's YAML. */
	const lineOfValue = (parsed: ParsedFile, at: PropertyKey[]) => {
		const line = lineOfPath(parsed.yaml, at);
		return line === undefined ? parsed.yamlLine : parsed.yamlLine + line - 1;
	};

	/** An indicator's or evaluation's values go into the open data's CSV, which residents open in a spreadsheet. */
	const reportFormulas = (entry: ContentFile<unknown>) => {
		for (const { path: at, text } of stringValues(entry.parsed.data)) if (readAsFormula(text)) report(entry.file, lineOfValue(entry.parsed, at), messages.readAsFormula(text));
	};

	async function load<T>(file: string, schema: z.ZodType<T>, kind: 'yaml' | 'markdown', id: string): Promise<ContentFile<T> | undefined> {
		const bytes = await readFile(file);
		const result = kind === 'yaml' ? readYamlFile(bytes) : readMarkdownFile(bytes);
		if (!result.ok) {
			report(file, result.issue.line, result.issue.message);
			return undefined;
		}
		const parsed = schema.safeParse(result.file.data);
		if (!parsed.success) {
			for (const issue of toAuthorIssues(parsed.error, result.file.data, schema, result.file.yaml)) {
				report(file, lineOfValue(result.file, issue.path), issue.message);
			}
			return undefined;
		}
		reportLinesNotToPublish(file, id, result.file, inUnpublishedPlan || (parsed.data as { publish?: boolean }).publish === false);
		for (const cut of valuesCutByComment(result.file.yaml)) report(file, result.file.yamlLine + cut.index, messages.yamlValueCutByComment(cut.key, cut.kept, cut.cut), 'warning');
		for (const { path: at, text } of stringValues(result.file.data)) {
			const control = controlCharacterIn(text);
			if (control) report(file, lineOfValue(result.file, at), messages.controlCharacter(control));
		}
		return { file, id, parsed: result.file, data: parsed.data };
	}

	/**
	 * The Markdown files of a content folder, by name (its id, which becomes a
	 * URL); `notContent` are notes and sources beside them. A name that cannot
	 * be an id, and a file the build would not read (ch2.MD, ch2.md.txt), are
	 * reported, not read.
	 */
	const markdownFiles = async (dir: string, notContent: readonly string[] = []) => {
		const files: Array<{ name: string; file: string }> = [];
		for (const entry of await listDir(dir)) {
			if (!entry.isFile() || notContent.includes(entry.name)) continue;
			const file = path.join(dir, entry.name);
			if (!entry.name.endsWith('.md')) {
				const meant = meantContentName(entry.name);
				if (meant) report(file, undefined, messages.notReadExtension(entry.name, meant));
				continue;
			}
			const name = entry.name.slice(0, -3);
			if (slugPattern.test(name)) files.push({ name, file });
			else report(file, undefined, messages.badFileName(entry.name));
		}
		return files.sort((a, b) => a.name.localeCompare(b.name));
	};

	// The build's loader follows a link out of the folders this check reads, and public/ publishes what one points at.
	for (const folder of [contentDir, path.join(projectRoot, 'public')]) {
		for (const link of (await filesBelow(folder, 'symbolic link')).sort()) report(link, undefined, messages.symbolicLink(path.relative(projectRoot, folder)));
	}

	const outlines = await openOutlineCache(contentDir);
	const content: ContentSnapshot = {
		planFolders: new Set(),
		filesRead: { chapters: new Set(), indicators: new Set(), evaluations: new Set(), glossary: new Set(), themes: new Set(), consultations: new Set() },
		plans: [],
		chapters: [],
		indicators: [],
		evaluations: [],
		glossary: [],
		themes: [],
		consultations: [],
		staticFiles: await publicFiles(projectRoot),
		sourceTexts: new Map(),
		unreadFiles: await otherFiles(contentDir),
	};
	for (const sitePath of [...content.staticFiles].sort()) {
		if (isHiddenFile(sitePath) && !isSystemFile(path.posix.basename(sitePath))) report(path.join(projectRoot, 'public', sitePath), undefined, messages.hiddenPublicFile());
	}
	/** Reads a Markdown file of `collection`; `id` is its file name, `entryId` its id in the collection. */
	const loadMarkdown = <T>(collection: MarkdownCollection, file: string, schema: z.ZodType<T>, id: string, entryId = id) => {
		content.filesRead[collection].add(entryId);
		return load(file, schema, 'markdown', id);
	};

	/**
	 * Reads an entry's Markdown file (a term, theme, consultation, indicator or
	 * evaluation) and checks its text as the page that shows it will render it.
	 * `sharedPage`: the texts that share that page, which this one joins.
	 */
	const loadEntry = async <T>(collection: Exclude<MarkdownCollection, 'chapters'>, file: string, schema: z.ZodType<T>, id: string, entryId = id, sharedPage?: TextOnSharedPage[]) => {
		const entry = await loadMarkdown(collection, file, schema, id, entryId);
		const body = entry?.parsed.body;
		if (!entry || !body) return entry;
		const fileLine = (line: number | undefined) => bodyLineInFile(body, line);
		const outline = await outlines.entry(body.text, file);
		if (!outline.ok) {
			report(file, fileLine(outline.line), outline.message);
			return undefined;
		}
		for (const problem of outline.problems) report(file, fileLine(problem.line), problem.message, problem.severity);
		const written = { id, headingIds: outline.headingIds, htmlIds: outline.htmlIds };
		for (const problem of htmlIdDuplicates(written, fileLine)) report(file, problem.line, problem.message);
		sharedPage?.push({ ...written, file, fileLine });
		return entry;
	};

	for (const { name, file } of await markdownFiles(path.join(contentDir, 'themes'))) {
		const theme = await loadEntry('themes', file, themeSchema, name);
		if (theme) content.themes.push(theme);
	}

	const plansDir = path.join(contentDir, 'plans');
	// Content files are read from their own folders only: one elsewhere would be left out without a word.
	for (const [dir, where] of [[contentDir, 'content'], [plansDir, 'plans']] as const) {
		for (const entry of await listDir(dir)) {
			if (entry.isFile() && /\.(md|markdown|ya?ml)$/i.test(entry.name) && entry.name !== 'README.md') report(path.join(dir, entry.name), undefined, messages.misplacedFile(where), 'warning');
		}
	}
	for (const planId of (await listDir(plansDir)).filter((e) => e.isDirectory()).map((e) => e.name).sort()) {
		const dir = path.join(plansDir, planId);
		if (!slugPattern.test(planId)) {
			report(dir, undefined, messages.badPlanFolderName(planId));
			continue;
		}
		const entries = await listDir(dir);
		let sourceFile = 'source.txt';
		let planRead = false;
		if (!entries.some((e) => e.name === 'plan.yaml')) {
			// plan.yml, PLAN.YAML, plan.yaml.txt: told to rename it, with the chapters' files (markdownFiles).
			if (!entries.some((e) => e.isFile() && meantContentName(e.name) === 'plan.yaml')) report(dir, undefined, messages.planYamlMissing(rel(path.join(dir, 'plan.yaml'))));
		} else {
			content.planFolders.add(planId);
			const plan = await load(path.join(dir, 'plan.yaml'), planSchema, 'yaml', planId);
			if (plan) content.plans.push(plan);
			planRead = plan !== undefined;
			inUnpublishedPlan = plan?.data.publish === false;
			if (plan) sourceFile = plan.data.source.file;
		}
		// The importer's checklist in NOTES.md (reportChecklist), items left unticked in a plan published: not while its
		// plan.yaml cannot be read, which says nothing of whether it is (publish: false with a full-width colon).
		if (planRead && !inUnpublishedPlan) {
			const notes = path.join(dir, 'NOTES.md');
			const unchecked = openChecklistItems(await readFile(notes, 'utf8').catch(() => ''));
			if (unchecked.length > 0) report(notes, unchecked[0]! + 1, messages.importChecksLeft(unchecked.length), 'warning');
		}
		const sourceText = await readFile(path.join(dir, sourceFile), 'utf8').catch(() => undefined);
		if (sourceText !== undefined) content.sourceTexts.set(planId, { file: rel(path.join(dir, sourceFile)), text: sourceText });
		const chapterFiles = await markdownFiles(dir, [...planNoteFiles, sourceFile]);
		const chapterIds = chapterFiles.map(({ name }) => name).filter((name) => !reservedChapterIds.has(name));
		const printed: TextOnSharedPage[] = [];
		for (const { name, file } of chapterFiles) {
			if (reservedChapterIds.has(name)) {
				report(file, undefined, messages.reservedChapterId(name));
				continue;
			}
			const chapter = await loadMarkdown('chapters', file, chapterSchema, name, `${planId}/${name}`);
			if (!chapter) continue;
			const body = chapter.parsed.body!;
			if (body.text.trim() === '') {
				report(file, body.line, messages.emptyChapter());
				continue;
			}
			const fileLine = (line: number | undefined) => bodyLineInFile(body, line);
			const outline = await outlines.chapter(body.text, file);
			if (!outline.ok) {
				report(file, fileLine(outline.line), outline.message);
				continue;
			}
			for (const problem of outline.problems) report(file, fileLine(problem.line), problem.message, problem.severity);
			const written = { id: name, headingIds: outline.headingIds, htmlIds: outline.htmlIds };
			for (const problem of chapterIdProblems(written, chapterIds, fileLine)) report(file, problem.line, problem.message);
			printed.push({ ...written, file, fileLine });
			content.chapters.push({ ...chapter, planId, sections: outline.sections, intro: outline.intro, links: outline.links, elementIds: [...outline.headingIds, ...outline.htmlIds].map(({ id }) => id) });
		}
		for (const problem of sharedPageIdClashes(printed, printScopedId, messages.printIdClash)) report(problem.file, problem.line, problem.message);
		// The plan's indicator page shows every indicator's and evaluation's notes.
		const notes: TextOnSharedPage[] = [];
		for (const { name, file } of await markdownFiles(path.join(dir, 'indicators'))) {
			const indicator = await loadEntry('indicators', file, indicatorSchema, name, `${planId}/${name}`, notes);
			if (!indicator) continue;
			reportFormulas(indicator);
			content.indicators.push({ ...indicator, data: withStatedDecimals(indicator.data, indicator.parsed.yaml), planId });
		}
		for (const { name, file } of await markdownFiles(path.join(dir, 'evaluations'))) {
			const evaluation = await loadEntry('evaluations', file, evaluationSchema, name, `${planId}/${name}`, notes);
			if (!evaluation) continue;
			reportFormulas(evaluation);
			content.evaluations.push({ ...evaluation, planId });
		}
		for (const problem of sharedPageIdClashes(notes, entryScopedId, messages.notesIdClash)) report(problem.file, problem.line, problem.message);
		inUnpublishedPlan = false;
	}
	// A mistyped CONTENT_DIR, or content moved away, reads as no files at all: the build would publish a site without plans.
	if (content.planFolders.size === 0) {
		const folderExists = await stat(contentDir).then((info) => info.isDirectory(), () => false);
		if (folderExists) report(plansDir, undefined, messages.noPlanFolders());
		else report(contentDir, undefined, messages.contentFolderMissing());
	}

	for (const { name, file } of await markdownFiles(path.join(contentDir, 'glossary'))) {
		const entry = await loadEntry('glossary', file, glossarySchema, name);
		// A term page with no definition would show an empty 解説 over its source.
		if (entry && !entry.parsed.body?.text.trim()) report(file, entry.parsed.body?.line, messages.emptyDefinition(), entry.data.publish ? 'error' : 'warning');
		if (entry) content.glossary.push(entry);
	}

	for (const { name, file } of await markdownFiles(path.join(contentDir, 'consultations'))) {
		const consultation = await loadEntry('consultations', file, consultationSchema, name);
		if (consultation) content.consultations.push(consultation);
	}
	await outlines.save();
	return { content, problems };
}

/**
 * The content read once per process: `npm run build` checks it, then Astro
 * renders the pages in the same process, which need the same snapshot
 * (chapter outlines, links); reading it again would parse every chapter
 * twice. (Astro bundles its own copy of this module, so the cache lives on
 * globalThis.)
 */
export function readContentOnce(contentDir: string): ReturnType<typeof readContent> {
	const reads = contentReads();
	const key = path.resolve(contentDir);
	if (!reads.has(key)) reads.set(key, readContent(contentDir));
	return reads.get(key)!;
}

/** Reads the content again for every later readContentOnce: `npm run dev` after an author saves a file. */
export function rereadContent(contentDir: string): ReturnType<typeof readContent> {
	const read = readContent(contentDir);
	contentReads().set(path.resolve(contentDir), read);
	return read;
}

function contentReads() {
	const shared = globalThis as { prefplanContent?: Map<string, ReturnType<typeof readContent>> };
	shared.prefplanContent ??= new Map();
	return shared.prefplanContent;
}

/** Reads all content and checks the references between files. */
export async function checkContent(contentDir: string, projectRoot = process.cwd()): Promise<Problem[]> {
	const { content, problems } = await readContent(contentDir, projectRoot);
	return inLineOrder([...problems, ...checkReferences(content, projectRoot)]);
}

/**
 * What `npm run check` and the build report: every file, the references
 * between them, and (as warnings) the heading ids of the site last published
 * in `siteDir` that the content no longer has.
 */
export async function checkSite(contentDir: string, siteDir: string, projectRoot = process.cwd(), read = readContent(contentDir, projectRoot)) {
	const { content, problems } = await read;
	// Without any plan (the folder missing, say) every published heading would be listed as gone: one error says it all.
	const published = content.planFolders.size > 0 ? await readHeadingIdManifest(siteDir) : undefined;
	const consulted = await readConsultedTexts(siteDir);
	return {
		content,
		problems: inLineOrder([
			...problems,
			...checkReferences(content, projectRoot),
			...(published ? vanishedHeadingIds(content, published, contentDir, projectRoot) : []),
			...(consulted ? draftTextChanges(content, consulted, buildTime(), projectRoot) : []),
		]),
	};
}

/** Problems in the references between files that each passed their own checks. */
export function checkReferences(content: ContentSnapshot, projectRoot = process.cwd(), now = buildTime()): Problem[] {
	const problems: Problem[] = [];
	const rel = (file: string) => path.relative(projectRoot, file) || file;
	const report: Report = (record, field, message, severity = 'error') =>
		problems.push({ file: rel(record.file), line: record.parsed.yamlLine + (lineOfPath(record.parsed.yaml, field) ?? 1) - 1, message, severity });

	const themeIds = content.themes.map((t) => t.id).sort();
	const themeNames = content.themes.map((t) => ({ id: t.id, title: t.data.title, names: [t.data.title, ...t.data.aliases].map(nameKey) }));
	/** A theme written by its title or an alias (めざす姿), or part of one (市町村), instead of its id: the themes it names. */
	const themesNamed = (word: string) => {
		const wanted = nameKey(word);
		const exact = themeNames.filter((t) => t.names.includes(wanted));
		const named = exact.length > 0 ? exact : themeNames.filter((t) => t.names.some((name) => name.includes(wanted) || wanted.includes(name)));
		return named.map(({ id, title }) => ({ id, title }));
	};
	const unknownTheme = (theme: string) => messages.unknownTheme(theme, themeIds, themesNamed(theme));
	// A plan folder whose files all name one other plan, which has no folder: the folder's name is the slip
	// (niigata-dx-206 for niigata-dx-2026), told once, not a plan: line to change in every file.
	const filesInPlans = [...content.chapters, ...content.indicators, ...content.evaluations];
	const misnamedFolders = new Map(
		[...Map.groupBy(filesInPlans, (file) => file.planId)].flatMap(([folder, files]) => {
			const named = new Set(files.map((file) => file.data.plan));
			const [plan] = named;
			return named.size === 1 && plan !== folder && !content.planFolders.has(plan!) ? [[folder, { plan: plan!, files: files.length, toldIn: files[0]! }] as const] : [];
		}),
	);
	/** Whether a file's plan: names another plan than its folder, told unless its folder is misnamed (told once, in its first file). */
	const planOutsideFolder = (record: ContentFile<{ plan: string }> & { planId: string }) => {
		if (record.data.plan === record.planId) return false;
		const misnamed = misnamedFolders.get(record.planId);
		if (!misnamed) report(record, ['plan'], messages.planFolderMismatch(record.data.plan, record.planId));
		else if (misnamed.toldIn === record) report(record, ['plan'], messages.planFolderMisnamed(record.planId, misnamed.plan, misnamed.files));
		return true;
	};
	const chaptersByPlan = new Map<string, Map<string, ChapterFile>>();
	for (const chapter of content.chapters) {
		planOutsideFolder(chapter);
		const chapters = chaptersByPlan.get(chapter.planId) ?? new Map<string, ChapterFile>();
		chaptersByPlan.set(chapter.planId, chapters);
		const sameOrder = [...chapters.values()].find((c) => c.data.order === chapter.data.order);
		if (sameOrder) report(chapter, ['order'], messages.duplicateOrder(chapter.data.order, `${sameOrder.id}.md`));
		chapters.set(chapter.id, chapter);
		const sectionIds = chapter.sections.map((s) => s.id);
		for (const [section, themes] of Object.entries(chapter.data.themes)) {
			if (!sectionIds.includes(section)) report(chapter, ['themes', section], messages.unknownThemedSection(section, sectionIds));
			themes.forEach((theme, i) => {
				if (!themeIds.includes(theme)) report(chapter, ['themes', section, i], unknownTheme(theme));
			});
		}
	}

	// A chapter whose file has problems of its own is reported for those, not again by every file that names it.
	const chapterFileRead = (planId: string, chapterId: string) => content.filesRead.chapters.has(`${planId}/${chapterId}`);
	const chapterIdsOf = (planId: string) => [...(chaptersByPlan.get(planId)?.keys() ?? [])].sort((a, b) => a.localeCompare(b, 'en', { numeric: true }));
	const checkPlacement = (record: IndicatorFile | EvaluationFile, data: { plan: string; chapter: string; section?: string | undefined; themes: string[] }) => {
		if (planOutsideFolder(record)) return undefined;
		data.themes.forEach((theme, i) => {
			if (!themeIds.includes(theme)) report(record, ['themes', i], unknownTheme(theme));
		});
		const chapter = chaptersByPlan.get(record.planId)?.get(data.chapter);
		if (!chapter) {
			if (!chapterFileRead(record.planId, data.chapter)) report(record, ['chapter'], messages.unknownChapter(data.chapter, record.planId, chapterIdsOf(record.planId)));
		} else if (data.section && !chapter.sections.some((s) => s.id === data.section)) {
			report(record, ['section'], messages.unknownSection(data.section, data.chapter, chapter.sections.map((s) => s.id)));
		}
		return chapter;
	};

	const unitsByMetric = new Map<string, { unit: string; file: string }>();
	for (const indicator of content.indicators) {
		checkPlacement(indicator, indicator.data);
		const seen = new Set<string>();
		const points = [...indicator.data.values.map((v, i) => ({ ...v, field: ['values', i] })), ...indicator.data.comparisons.map((c, i) => ({ ...c, field: ['comparisons', i] }))];
		for (const point of points) {
			const stated = point.asOf === undefined ? undefined : statedFiscalYear(point.asOf);
			if (typeof stated === 'string') report(indicator, [...point.field, 'asOf'], stated);
			else if (stated !== undefined && stated !== point.year) report(indicator, [...point.field, point.year === undefined ? 'asOf' : 'year'], messages.asOfYearMismatch(point.asOf!, stated, point.year));
		}
		indicator.data.values.forEach((v, i) => {
			if (v.year === undefined) return;
			const key = `${v.year}:${v.role}`;
			if (seen.has(key)) report(indicator, ['values', i], messages.duplicateIndicatorValue(v.year, v.role));
			seen.add(key);
		});
		const { metric, unit } = indicator.data;
		if (metric === undefined) continue;
		const first = unitsByMetric.get(metric);
		if (!first) unitsByMetric.set(metric, { unit, file: rel(indicator.file) });
		else if (first.unit !== unit) report(indicator, ['unit'], messages.metricUnitMismatch(metric, unit, first.unit, first.file));
	}

	const { plans: unpublishedPlans } = unpublishedIds(content);
	for (const evaluation of content.evaluations) {
		const { itemChapter: itemChapterId, chapter: chapterId, scales, items } = evaluation.data;
		const chapter = checkPlacement(evaluation, evaluation.data);
		const itemChapter = itemChapterId === undefined ? chapter : chaptersByPlan.get(evaluation.planId)?.get(itemChapterId);
		if (itemChapterId !== undefined && !itemChapter && !chapterFileRead(evaluation.planId, itemChapterId)) report(evaluation, ['itemChapter'], messages.unknownChapter(itemChapterId, evaluation.planId, chapterIdsOf(evaluation.planId)));
		// Its own chapter's page would lose the table without a word (withItsChapters).
		if (!unpublishedPlans.has(evaluation.planId) && chapter?.data.publish && itemChapter && !itemChapter.data.publish) report(evaluation, ['itemChapter'], messages.evaluationWaitsForItemChapter(itemChapterId!, chapterId), 'warning');
		items.forEach((item, i) => {
			if (item.grades.length !== scales.length) report(evaluation, ['items', i, 'grades'], messages.gradeCount(item.grades.length, scales.length));
			if (itemChapter && item.section && !itemChapter.sections.some((s) => s.id === item.section)) {
				report(evaluation, ['items', i, 'section'], messages.unknownSection(item.section, itemChapterId ?? chapterId, itemChapter.sections.map((s) => s.id)));
			}
		});
	}

	const links = planLinkIndex(content.chapters, content.planFolders);
	problems.push(...contentLinkProblems(content, links, rel));

	const glossaryIds = new Set(content.glossary.map((g) => g.id));
	for (const entry of content.glossary) {
		const sources = [{ source: entry.data.source, path: ['source'] }, ...entry.data.otherDefinitions.map((d, i) => ({ source: d.source, path: ['otherDefinitions', i, 'source'] }))];
		for (const { source, path: field } of sources) {
			if ('plan' in source && !content.planFolders.has(source.plan)) {
				report(entry, [...field, 'plan'], messages.unknownPlan(fieldName([...field, 'plan']), source.plan, [...content.planFolders]));
			} else if ('plan' in source && source.section !== undefined) {
				const inPlan = parsePlanLink(source.section)?.planId === source.plan;
				if (!inPlan) report(entry, [...field, 'section'], messages.definitionSectionOfOtherPlan(source.section, source.plan));
				else if (!resolvePlanLink(source.section, links)) report(entry, [...field, 'section'], messages.unresolvedPlanLink(source.section));
			}
		}
		// A name not holding the term's letters would keep nothing out.
		const ownNames = createTermMatcher([{ id: entry.id, names: [entry.data.term, ...entry.data.aliases] }]);
		entry.data.notIn.forEach((name, i) => {
			if (ownNames.find(name).length === 0) report(entry, ['notIn', i], messages.notInWithoutTerm(name, entry.data.term));
		});
		entry.data.related.forEach((id, i) => {
			if (!glossaryIds.has(id)) report(entry, ['related', i], messages.unknownRelatedTerm(id, glossaryIds));
		});
		for (const name of Object.keys(entry.data.aliasReadings)) {
			if (!entry.data.aliases.includes(name)) report(entry, ['aliasReadings', name], messages.aliasReadingNotAlias(name, entry.data.aliases));
		}
		entry.data.notUsedIn.forEach((place, i) => {
			if (!resolvePlanLink(place, links)) report(entry, ['notUsedIn', i], messages.unresolvedPlanLink(place));
		});
		if (entry.data.publish !== false && 'plan' in entry.data.source && hasPlaceholderId(entry.id, entry.data.source.plan)) {
			report(entry, ['publish'], messages.placeholderTermId(entry.id), 'warning');
		}
	}
	checkGlossaryNames(content.glossary, report, rel);
	checkGeneralNames(content, report);
	for (const plan of content.plans) {
		// osaka-dx-2026 for 京都府: the id or the prefecture mistyped, and the id is the plan's address for good.
		const ofId = prefectureOfPlanId(plan.id);
		if (ofId && ofId.name !== plan.data.prefecture.name) report(plan, ['prefecture', 'name'], messages.planIdOfOtherPrefecture(plan.id, ofId, plan.data.prefecture.name), 'warning');
	}
	checkVersionsAndConsultations(content, links, report);
	checkIndicatorFiles(content, report, rel);
	checkConsultationNotices(content, report);
	checkConsultationPeriods(content, report, now);
	checkResultPlaces(content, links, report);
	checkFutureDates(content, report, now);
	checkDefinitionsFromPlans(content, report);
	checkVersionThemes(content, report);
	return problems;
}

export type Report = (record: ContentFile<unknown>, field: PropertyKey[], message: string, severity?: Problem['severity']) => void;

/** Plan versions and consultations point at plans, chapters and sections that must exist. */
function checkVersionsAndConsultations(content: ContentSnapshot, links: PlanLinkIndex, report: Report): void {
	const known = [...content.planFolders];
	const planExists = (record: ContentFile<unknown>, field: PropertyKey[], plan: string | undefined) => {
		if (plan !== undefined && !content.planFolders.has(plan)) report(record, field, messages.unknownPlan(fieldName(field), plan, known));
	};
	for (const plan of content.plans) {
		planExists(plan, ['previousVersion'], plan.data.previousVersion);
		if (plan.data.previousVersion === plan.id) report(plan, ['previousVersion'], messages.ownPreviousVersion());
	}
	const { plans: unpublishedPlans, consultations: unpublishedConsultations } = unpublishedIds(content);
	const publishedLinks = publishedPlanLinks(content);
	/** A place a consultation published links to (its schedule's source, a results row's section) in a chapter marked publish: false: the link would break. */
	const inUnpublishedChapter = (consultation: ContentFile<Consultation>, field: PropertyKey[], target: string) => {
		if (unpublishedConsultations.has(consultation.id)) return;
		if (resolvePlanLink(target, links) && !resolvePlanLink(target, publishedLinks)) report(consultation, field, messages.consultationLinksUnpublishedChapter(target, parsePlanLink(target)!.chapterId!));
	};
	for (const consultation of content.consultations) {
		const { plan, schedule, results } = consultation.data;
		planExists(consultation, ['plan'], plan);
		const draft = content.plans.find((p) => p.id === plan);
		const ofPlan = draft?.data.prefecture;
		// What the plan says it is, against what the consultation calls it (when both say).
		const status = draft?.data.status;
		// A stage compared only where a plan's status can name it (骨子案 and 原案 are not among them).
		const stage = consultation.data.stage;
		if (status === '策定済' || status === '改訂') report(consultation, ['plan'], messages.consultationOfAdoptedPlan(plan!, status), 'warning');
		else if (status && status !== '検討中' && stage && (planStatuses as readonly string[]).includes(stage) && status !== stage) report(consultation, ['stage'], messages.stageNotPlanStatus(stage, plan!, status), 'warning');
		if (ofPlan && ofPlan.code !== consultation.data.prefecture.code) report(consultation, ['prefecture', 'name'], messages.consultationOfOtherPrefecture(consultation.data.prefecture.name, plan!, ofPlan));
		// Published by its own file, left out with its plan: the author sees it in the preview, and not on the site.
		for (const [field, id] of [[['plan'], plan], [['results', 'finalPlan'], results?.finalPlan]] as const) {
			if (consultation.data.publish && id !== undefined && unpublishedPlans.has(id)) report(consultation, [...field], messages.consultationOfUnpublishedPlan(id), 'warning');
		}
		if (schedule && !resolvePlanLink(schedule.source, links)) report(consultation, ['schedule', 'source'], messages.unresolvedPlanLink(schedule.source));
		if (schedule) inUnpublishedChapter(consultation, ['schedule', 'source'], schedule.source);
		planExists(consultation, ['results', 'finalPlan'], results?.finalPlan);
		// Fewer rows may be opinions summed up together; more is a count or a row mistaken.
		if (results && results.items.length > results.opinionCount) report(consultation, ['results', 'opinionCount'], messages.resultRowsOverCount(results.items.length, results.opinionCount), 'warning');
		results?.items.forEach((item, i) => {
			if (!item.concerns) return;
			const field = ['results', 'items', i, 'concerns'];
			if (parsePlanLink(item.concerns)?.planId !== plan) report(consultation, field, messages.resultOutsideDraft(item.concerns, plan));
			else if (!resolvePlanLink(item.concerns, links)) {
				// A paragraph (#n1-1-r5-p2, as its ¶ gives it) is cited by its heading: the results rows are said of sections.
				const heading = item.concerns.replace(/-p\d+$/, '');
				report(consultation, field, heading !== item.concerns && resolvePlanLink(heading, links) ? messages.concernsParagraph(item.concerns, heading) : messages.unresolvedPlanLink(item.concerns));
			}
			else inUnpublishedChapter(consultation, field, item.concerns);
		});
	}
}

/** The fiscal year a time as written names; undefined when it names none; what is wrong when it names one that never was (平成32年度, R3.13). */
function statedFiscalYear(asOf: string): number | undefined | string {
	try {
		return parseFiscalYear(asOf);
	} catch (error) {
		if (error instanceof OutsideEraError) return messages.asOfOutsideEra(asOf, error.era, eraSpan(error.era), error.inItsEra);
		return messages.unreadableAsOf(asOf);
	}
}

async function listDir(dir: string) {
	try {
		return await readdir(dir, { withFileTypes: true });
	} catch (error) {
		if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
		throw error;
	}
}
