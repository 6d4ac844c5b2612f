/**
 * Reads and validates all content before anything is built: encoding, YAML,
 * schemas, Markdown headings, and references between plans, chapters,
 * themes, indicator tables and glossary entries. Reports every problem at
 * once. `readContent` also hands the valid records to build-time logic that
 * runs outside Astro's collections (the Markdown plugins' context).
 */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import type { z } from 'astro/zod';
import { chapterOutline, type OutlineLink, type OutlineSection } from '../../markdown/chapter-outline.ts';
import { chapterSchema, type Chapter } from '../../schemas/chapter.ts';
import { glossarySchema, type GlossaryEntry } from '../../schemas/glossary.ts';
import { indicatorTableSchema, type IndicatorTable } from '../../schemas/indicator.ts';
import { type Plan, planSchema } from '../../schemas/plan.ts';
import { type Theme, themeSchema } from '../../schemas/theme.ts';
import { messages } from '../messages.ts';
import { planLinkIndex, planLinkPrefix, resolvePlanLink } from '../plan-links.ts';
import type { Problem } from './problem.ts';
import { type ParsedFile, readMarkdownFile, readYamlFile } from './read-content.ts';
import { toAuthorIssues } from './schema-issues.ts';
import { lineOfPath } from './yaml-source.ts';

/** Files in a plan folder that are notes for editors, not chapters. */
const nonChapterFiles = new Set(['NOTES.md', 'README.md']);

/** Names of a plan's own pages (/plans/<plan>/print/ …), which no chapter may take. */
const reservedChapterIds = new Set(['print', 'indicators']);

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
	/** Links in the body, with their lines relative to the body. */
	links: OutlineLink[];
}

export interface IndicatorFile extends ContentFile<IndicatorTable> {
	planId: string;
}

/** Every content file that passed its own checks. */
export interface ContentSnapshot {
	/** Plan folders that have a plan.yaml, valid or not: references to them are not reported again. */
	planFolders: Set<string>;
	plans: Array<ContentFile<Plan>>;
	chapters: ChapterFile[];
	indicators: IndicatorFile[];
	glossary: Array<ContentFile<GlossaryEntry>>;
	themes: Array<ContentFile<Theme>>;
}

/** Reads every content file, validating each on its own (encoding, YAML, schema, headings). */
export async function readContent(contentDir: string, projectRoot = process.cwd()) {
	const problems: Problem[] = [];
	const rel = (file: string) => path.relative(projectRoot, file) || file;
	const report = (file: string, line: number | undefined, message: string) => problems.push({ file: rel(file), line, message, severity: 'error' });

	async function load<T>(file: string, schema: z.ZodType<T>, kind: 'yaml' | 'markdown', id: string): Promise<ContentFile<T> | undefined> {
		const bytes = await readFile(file);
		const result = kind === 'yaml' ? readYamlFile(bytes) : readMarkdownFile(bytes);
		if (!result.ok) {
			report(file, result.issue.line, result.issue.message);
			return undefined;
		}
		const parsed = schema.safeParse(result.file.data);
		if (!parsed.success) {
			for (const issue of toAuthorIssues(parsed.error, result.file.data)) {
				const line = lineOfPath(result.file.yaml, issue.path);
				report(file, line === undefined ? result.file.yamlLine : result.file.yamlLine + line - 1, issue.message);
			}
			return undefined;
		}
		return { file, id, parsed: result.file, data: parsed.data };
	}

	const content: ContentSnapshot = { planFolders: new Set(), plans: [], chapters: [], indicators: [], glossary: [], themes: [] };

	for (const { name, file } of await markdownFiles(path.join(contentDir, 'themes'))) {
		const theme = await load(file, themeSchema, 'markdown', name);
		if (theme) content.themes.push(theme);
	}

	const plansDir = path.join(contentDir, 'plans');
	for (const planId of (await listDir(plansDir)).filter((e) => e.isDirectory()).map((e) => e.name).sort()) {
		const dir = path.join(plansDir, planId);
		const entries = await listDir(dir);
		if (!entries.some((e) => e.name === 'plan.yaml')) {
			report(dir, undefined, `計画フォルダに plan.yaml がありません — content/README.md の例にならって ${rel(path.join(dir, 'plan.yaml'))} を作ってください`);
		} else {
			content.planFolders.add(planId);
			const plan = await load(path.join(dir, 'plan.yaml'), planSchema, 'yaml', planId);
			if (plan) content.plans.push(plan);
		}
		for (const { name, file } of await markdownFiles(dir)) {
			if (nonChapterFiles.has(`${name}.md`)) continue;
			if (reservedChapterIds.has(name)) {
				report(file, undefined, messages.reservedChapterId(name));
				continue;
			}
			const chapter = await load(file, chapterSchema, 'markdown', name);
			if (!chapter) continue;
			const body = chapter.parsed.body!;
			if (body.text.trim() === '') {
				report(file, body.line, messages.emptyChapter());
				continue;
			}
			const outline = await chapterOutline(body.text, file);
			if (!outline.ok) {
				report(file, outline.line ? body.line + outline.line - 1 : undefined, outline.message);
				continue;
			}
			content.chapters.push({ ...chapter, planId, sections: outline.sections, links: outline.links });
		}
		for (const { name, file } of await markdownFiles(path.join(dir, 'indicators'))) {
			const table = await load(file, indicatorTableSchema, 'markdown', name);
			if (table) content.indicators.push({ ...table, planId });
		}
	}

	for (const { name, file } of await markdownFiles(path.join(contentDir, 'glossary'))) {
		const entry = await load(file, glossarySchema, 'markdown', name);
		if (entry) content.glossary.push(entry);
	}
	return { content, problems };
}

/**
 * The content read once per process: `npm run build` checks it, then Astro
 * loads astro.config.mjs in the same process, whose Markdown plugins need the
 * same snapshot; reading it again would parse every chapter twice. (Astro
 * loads the config through its own module loader, so the cache lives on
 * globalThis.)
 */
export function readContentOnce(contentDir: string): ReturnType<typeof readContent> {
	const shared = globalThis as { prefplanContent?: Map<string, ReturnType<typeof readContent>> };
	shared.prefplanContent ??= new Map();
	const key = path.resolve(contentDir);
	if (!shared.prefplanContent.has(key)) shared.prefplanContent.set(key, readContent(contentDir));
	return shared.prefplanContent.get(key)!;
}

/** Reads all content and checks the references between files. */
export async function checkContent(contentDir: string, projectRoot = process.cwd()): Promise<Problem[]> {
	const { content, problems } = await readContent(contentDir, projectRoot);
	return [...problems, ...checkReferences(content, projectRoot)];
}

/** Problems in the references between files that each passed their own checks. */
export function checkReferences(content: ContentSnapshot, projectRoot = process.cwd()): Problem[] {
	const problems: Problem[] = [];
	const rel = (file: string) => path.relative(projectRoot, file) || file;
	const report = (record: ContentFile<unknown>, field: PropertyKey[], message: string) =>
		problems.push({ file: rel(record.file), line: record.parsed.yamlLine + (lineOfPath(record.parsed.yaml, field) ?? 1) - 1, message, severity: 'error' });

	const themeIds = content.themes.map((t) => t.id).sort();
	const chaptersByPlan = new Map<string, Map<string, ChapterFile>>();
	for (const chapter of content.chapters) {
		if (chapter.data.plan !== chapter.planId) report(chapter, ['plan'], messages.planFolderMismatch(chapter.data.plan, chapter.planId));
		const chapters = chaptersByPlan.get(chapter.planId) ?? new Map<string, ChapterFile>();
		chaptersByPlan.set(chapter.planId, chapters);
		const sameOrder = [...chapters.values()].find((c) => c.data.order === chapter.data.order);
		if (sameOrder) report(chapter, ['order'], messages.duplicateOrder(chapter.data.order, `${sameOrder.id}.md`));
		chapters.set(chapter.id, chapter);
		const sectionIds = chapter.sections.map((s) => s.id);
		for (const [section, themes] of Object.entries(chapter.data.themes)) {
			if (!sectionIds.includes(section)) report(chapter, ['themes', section], messages.unknownThemedSection(section, sectionIds));
			themes.forEach((theme, i) => {
				if (!themeIds.includes(theme)) report(chapter, ['themes', section, i], messages.unknownTheme(theme, themeIds));
			});
		}
	}

	for (const table of content.indicators) {
		if (table.data.plan !== table.planId) {
			report(table, ['plan'], messages.planFolderMismatch(table.data.plan, table.planId));
			continue;
		}
		const chapter = chaptersByPlan.get(table.planId)?.get(table.data.chapter);
		if (!chapter) report(table, ['chapter'], messages.unknownChapter(table.data.chapter, table.planId));
		else if (table.data.section && !chapter.sections.some((s) => s.id === table.data.section)) {
			report(table, ['section'], messages.unknownSection(table.data.section, table.data.chapter, chapter.sections.map((s) => s.id)));
		}
	}

	const links = planLinkIndex(content.chapters, content.planFolders);
	for (const chapter of content.chapters) {
		for (const link of chapter.links) {
			if (!link.url.startsWith(planLinkPrefix)) continue;
			if (resolvePlanLink(link.url, links)) continue;
			const body = chapter.parsed.body!;
			problems.push({ file: rel(chapter.file), line: link.line ? body.line + link.line - 1 : undefined, message: messages.unresolvedPlanLink(link.url), severity: 'error' });
		}
	}

	const namesSeen = new Map<string, string>();
	for (const entry of content.glossary) {
		const sources = [{ source: entry.data.source, path: ['source'] }, ...entry.data.otherDefinitions.map((d, i) => ({ source: d.source, path: ['otherDefinitions', i, 'source'] }))];
		for (const { source, path: field } of sources) {
			if ('plan' in source && !content.planFolders.has(source.plan)) {
				report(entry, [...field, 'plan'], messages.unknownPlan(`${field.join('.')}.plan`, source.plan, [...content.planFolders]));
			}
		}
		for (const [i, name] of [entry.data.term, ...entry.data.aliases].entries()) {
			const key = name.normalize('NFKC').toLowerCase();
			const other = namesSeen.get(key);
			if (other && other !== rel(entry.file)) report(entry, i === 0 ? ['term'] : ['aliases', i - 1], messages.duplicateTerm(name, other));
			else if (!other) namesSeen.set(key, rel(entry.file));
		}
	}
	return problems;
}

async function markdownFiles(dir: string) {
	return (await listDir(dir))
		.filter((e) => e.isFile() && e.name.endsWith('.md'))
		.map((e) => ({ name: e.name.slice(0, -3), file: path.join(dir, e.name) }))
		.sort((a, b) => a.name.localeCompare(b.name));
}

async function listDir(dir: string) {
	try {
		return await readdir(dir, { withFileTypes: true });
	} catch (error) {
		if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
		throw error;
	}
}
