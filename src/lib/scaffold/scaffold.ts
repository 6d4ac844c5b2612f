/**
 * `npm run new -- <kind> <ids…>`: writes a new content file from a template,
 * with every field explained in Japanese for prefectural staff. One row of
 * `templates` per kind of file; a new kind is one more row.
 */
import { mkdir, readFile, readdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { planNoteFiles, reservedChapterIds } from '../../content-paths.ts';
import { slugPattern } from '../../schemas/ids.ts';
import { messages } from '../messages.ts';
import { meantPrefecture, type Prefecture, prefectureNamed, prefectureOfPlanId, prefectures } from '../prefectures.ts';
import { chapterTemplate } from './chapter-template.ts';
import { consultationTemplate } from './consultation-template.ts';
import { indicatorTemplate } from './indicator-template.ts';
import { planTemplate } from './plan-template.ts';
import { termTemplate } from './term-template.ts';

export class ScaffoldError extends Error {}

/** What a template may ask of the content folder. */
export interface ContentFolder {
	/** Chapters of a plan (id and order), in order; throws when the plan does not exist. */
	chapters(planId: string): Promise<Array<{ id: string; order: number }>>;
	/** The prefecture a plan's plan.yaml names; throws when the plan does not exist. */
	prefectureOfPlan(planId: string): Promise<Prefecture>;
}

export interface ScaffoldOptions {
	/** Prefecture name (福島県) for a plan id that does not start with its romanised name. */
	prefecture?: string | undefined;
}

export interface Template {
	/** Names of the ids the command takes, in order (shown in the usage). */
	args: readonly string[];
	/** What it makes, in a few words (shown in the usage). */
	summary: string;
	/** The file to write, relative to the content folder, and its text. */
	file(ids: string[], folder: ContentFolder, options: ScaffoldOptions): Promise<{ path: string; text: string }>;
}

export const templates: Record<string, Template> = {
	plan: {
		args: ['plan-id'],
		summary: '計画（plan.yaml）',
		file: async ([plan], _folder, options) => ({ path: `plans/${plan}/plan.yaml`, text: planTemplate(prefectureFor(plan!, options.prefecture)) }),
	},
	chapter: {
		args: ['plan-id', 'chapter-id'],
		summary: '計画の章',
		file: async ([plan, chapter], folder) => {
			if (reservedChapterIds.has(chapter!)) throw new ScaffoldError(messages.reservedChapterId(chapter!));
			const orders = (await folder.chapters(plan!)).map((c) => c.order);
			return { path: `plans/${plan}/${chapter}.md`, text: chapterTemplate(plan!, orders.length === 0 ? 1 : Math.max(...orders) + 1) };
		},
	},
	term: {
		args: ['term-id'],
		summary: '用語集の用語',
		file: async ([term]) => ({ path: `glossary/${term}.md`, text: termTemplate(term!) }),
	},
	indicator: {
		args: ['plan-id', 'indicator-id'],
		summary: '指標の表',
		file: async ([plan, indicator], folder) => {
			const [first] = await folder.chapters(plan!);
			if (!first) throw new ScaffoldError(messages.scaffoldNoChapter(plan!));
			return { path: `plans/${plan}/indicators/${indicator}.md`, text: indicatorTemplate(plan!, first.id) };
		},
	},
	consultation: {
		args: ['plan-id', 'consultation-id'],
		summary: '意見募集（パブリックコメント）の案件',
		file: async ([plan, consultation], folder) => ({
			path: `consultations/${consultation}.md`,
			text: consultationTemplate(plan!, await folder.prefectureOfPlan(plan!)),
		}),
	},
};

const scaffoldUsage = () =>
	Object.entries(templates)
		.map(([kind, t]) => `  npm run new -- ${kind} ${t.args.map((a) => `<${a}>`).join(' ')}    ${t.summary}`)
		.join('\n');

/** Writes the file for `kind`; returns its path. Never overwrites. */
export async function scaffold(kind: string, ids: string[], contentDir: string, options: ScaffoldOptions = {}): Promise<string> {
	const template = templates[kind];
	if (!template) throw new ScaffoldError(messages.scaffoldUsage(scaffoldUsage()));
	if (ids.length !== template.args.length) throw new ScaffoldError(messages.scaffoldUsage(scaffoldUsage()));
	template.args.forEach((name, i) => {
		if (!slugPattern.test(ids[i]!)) throw new ScaffoldError(messages.scaffoldBadId(name, ids[i]!));
	});
	const { path: relative, text } = await template.file(ids, contentFolder(contentDir), options);
	const file = path.join(contentDir, relative);
	await mkdir(path.dirname(file), { recursive: true });
	try {
		await writeFile(file, text, { flag: 'wx' });
	} catch (error) {
		if ((error as NodeJS.ErrnoException).code === 'EEXIST') throw new ScaffoldError(messages.scaffoldExists(file));
		throw error;
	}
	return file;
}

/**
 * Whether no build will publish a file `scaffold` wrote until its author says
 * so: it says publish: false, or its plan's plan.yaml does. (Read like the
 * templates' other hints; the content check reads the YAML.)
 */
export async function startsUnpublished(file: string, contentDir: string): Promise<boolean> {
	const marked = async (yamlOrMarkdown: string) => /^publish: false\b/m.test(await readFile(yamlOrMarkdown, 'utf8').catch(() => ''));
	if (await marked(file)) return true;
	const plans = path.resolve(contentDir, 'plans');
	for (let dir = path.dirname(path.resolve(file)); dir.startsWith(`${plans}${path.sep}`); dir = path.dirname(dir)) {
		if (await marked(path.join(dir, 'plan.yaml'))) return true;
	}
	return false;
}

function prefectureFor(planId: string, name: string | undefined): Prefecture {
	const prefecture = name === undefined ? prefectureOfPlanId(planId) : prefectureNamed(name);
	if (!prefecture) throw new ScaffoldError(messages.scaffoldPrefectureUnknown(planId, name, name === undefined ? undefined : meantPrefecture(name)?.name));
	return prefecture;
}

function contentFolder(dir: string): ContentFolder {
	return {
		async chapters(planId) {
			const planDir = path.join(dir, 'plans', planId);
			const entries = await readdir(planDir).catch(() => {
				throw new ScaffoldError(messages.scaffoldNoPlan(planId));
			});
			if (!entries.includes('plan.yaml')) throw new ScaffoldError(messages.scaffoldNoPlan(planId));
			const chapters = await Promise.all(
				entries
					.filter((name) => name.endsWith('.md') && !planNoteFiles.includes(name))
					.map(async (name) => ({ id: name.slice(0, -3), order: Number(/^order:\s*(\d+)/m.exec(await readFile(path.join(planDir, name), 'utf8'))?.[1] ?? 0) })),
			);
			return chapters.sort((a, b) => a.order - b.order);
		},
		async prefectureOfPlan(planId) {
			const yaml = await readFile(path.join(dir, 'plans', planId, 'plan.yaml'), 'utf8').catch(() => {
				throw new ScaffoldError(messages.scaffoldNoPlan(planId));
			});
			const code = /^\s+code:\s*"?(\d{2})"?/m.exec(yaml)?.[1];
			const prefecture = prefectures.find((p) => p.code === code);
			if (!prefecture) throw new ScaffoldError(messages.scaffoldPrefectureUnknown(planId, undefined));
			return prefecture;
		},
	};
}
