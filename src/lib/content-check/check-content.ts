/**
 * Validates all content before anything is built: encoding, YAML, schemas,
 * Markdown headings, and references between plans, chapters, indicator
 * tables and glossary entries. Reports every problem at once.
 */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import type { z } from 'astro/zod';
import { chapterOutline, type OutlineSection } from '../../markdown/chapter-outline.ts';
import { chapterSchema, type Chapter } from '../../schemas/chapter.ts';
import { glossarySchema, type GlossaryEntry } from '../../schemas/glossary.ts';
import { indicatorTableSchema, type IndicatorTable } from '../../schemas/indicator.ts';
import { planSchema } from '../../schemas/plan.ts';
import { messages } from '../messages.ts';
import type { Problem } from './problem.ts';
import { type ParsedFile, readMarkdownFile, readYamlFile } from './read-content.ts';
import { toAuthorIssues } from './schema-issues.ts';
import { lineOfPath } from './yaml-source.ts';

/** Files in a plan folder that are notes for editors, not chapters. */
const nonChapterFiles = new Set(['NOTES.md', 'README.md']);

interface Checked<T> {
	file: string;
	parsed: ParsedFile;
	data: T;
}

export async function checkContent(contentDir: string, projectRoot = process.cwd()): Promise<Problem[]> {
	const problems: Problem[] = [];
	const rel = (file: string) => path.relative(projectRoot, file) || file;
	const report = (file: string, line: number | undefined, message: string, severity: Problem['severity'] = 'error') =>
		problems.push({ file: rel(file), line, message, severity });

	async function load<T>(file: string, schema: z.ZodType<T>, kind: 'yaml' | 'markdown'): Promise<Checked<T> | undefined> {
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
		return { file, parsed: result.file, data: parsed.data };
	}
	const fieldLine = (checked: Checked<unknown>, field: PropertyKey[]) =>
		checked.parsed.yamlLine + (lineOfPath(checked.parsed.yaml, field) ?? 1) - 1;

	const plansDir = path.join(contentDir, 'plans');
	const planIds = (await listDir(plansDir)).filter((e) => e.isDirectory()).map((e) => e.name).sort();
	// Plans that other files may refer to: every folder with a plan.yaml, valid or
	// not, so a broken plan.yaml is reported once rather than by everything that cites it.
	const knownPlans = new Set<string>();
	const chaptersByPlan = new Map<string, Map<string, { checked: Checked<Chapter>; headings: OutlineSection[] }>>();
	const indicatorTables: Array<{ plan: string; checked: Checked<IndicatorTable> }> = [];

	for (const planId of planIds) {
		const dir = path.join(plansDir, planId);
		const entries = await listDir(dir);
		const names = new Set(entries.map((e) => e.name));
		if (!names.has('plan.yaml')) {
			report(dir, undefined, `計画フォルダに plan.yaml がありません — content/README.md の例にならって ${rel(path.join(dir, 'plan.yaml'))} を作ってください`);
		} else {
			knownPlans.add(planId);
			await load(path.join(dir, 'plan.yaml'), planSchema, 'yaml');
		}
		const chapters = new Map<string, { checked: Checked<Chapter>; headings: OutlineSection[] }>();
		chaptersByPlan.set(planId, chapters);
		for (const entry of entries) {
			if (!entry.isFile() || !entry.name.endsWith('.md') || nonChapterFiles.has(entry.name)) continue;
			const file = path.join(dir, entry.name);
			const checked = await load(file, chapterSchema, 'markdown');
			if (!checked) continue;
			if (checked.data.plan !== planId) report(file, fieldLine(checked, ['plan']), messages.planFolderMismatch(checked.data.plan, planId));
			const body = checked.parsed.body!;
			if (body.text.trim() === '') {
				report(file, body.line, messages.emptyChapter());
				continue;
			}
			const outline = await chapterOutline(body.text, file);
			if (outline.ok) chapters.set(entry.name.replace(/\.md$/, ''), { checked, headings: outline.sections });
			else report(file, outline.line ? body.line + outline.line - 1 : undefined, outline.message);
		}
		const orders = new Map<number, string>();
		for (const [id, { checked }] of chapters) {
			const other = orders.get(checked.data.order);
			if (other) report(checked.file, fieldLine(checked, ['order']), messages.duplicateOrder(checked.data.order, `${other}.md`));
			else orders.set(checked.data.order, id);
		}
		for (const entry of await listDir(path.join(dir, 'indicators'))) {
			if (!entry.isFile() || !entry.name.endsWith('.md')) continue;
			const checked = await load(path.join(dir, 'indicators', entry.name), indicatorTableSchema, 'markdown');
			if (checked) indicatorTables.push({ plan: planId, checked });
		}
	}

	for (const { plan, checked } of indicatorTables) {
		if (checked.data.plan !== plan) {
			report(checked.file, fieldLine(checked, ['plan']), messages.planFolderMismatch(checked.data.plan, plan));
			continue;
		}
		const chapter = chaptersByPlan.get(plan)?.get(checked.data.chapter);
		if (!chapter) report(checked.file, fieldLine(checked, ['chapter']), messages.unknownChapter(checked.data.chapter, plan));
		else if (checked.data.section && !chapter.headings.some((h) => h.id === checked.data.section)) {
			report(checked.file, fieldLine(checked, ['section']), messages.unknownSection(checked.data.section, checked.data.chapter, chapter.headings.map((h) => h.id)));
		}
	}

	const glossaryDir = path.join(contentDir, 'glossary');
	const namesSeen = new Map<string, string>();
	for (const entry of (await listDir(glossaryDir)).sort((a, b) => a.name.localeCompare(b.name))) {
		if (!entry.isFile() || !entry.name.endsWith('.md')) continue;
		const file = path.join(glossaryDir, entry.name);
		const checked: Checked<GlossaryEntry> | undefined = await load(file, glossarySchema, 'markdown');
		if (!checked) continue;
		const { source } = checked.data;
		if ('plan' in source && !knownPlans.has(source.plan)) {
			report(file, fieldLine(checked, ['source', 'plan']), messages.unknownPlan('source.plan', source.plan, [...knownPlans]));
		}
		for (const [i, name] of [checked.data.term, ...checked.data.aliases].entries()) {
			const key = name.normalize('NFKC').toLowerCase();
			const other = namesSeen.get(key);
			if (other && other !== rel(file)) report(file, fieldLine(checked, i === 0 ? ['term'] : ['aliases', i - 1]), messages.duplicateTerm(name, other));
			else if (!other) namesSeen.set(key, rel(file));
		}
	}
	return problems;
}

async function listDir(dir: string) {
	try {
		return await readdir(dir, { withFileTypes: true });
	} catch (error) {
		if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
		throw error;
	}
}
