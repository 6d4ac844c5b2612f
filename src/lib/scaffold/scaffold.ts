/**
 * `npm run new -- <kind> <ids…>`: writes a new content file from a template,
 * with every field explained in Japanese for prefectural staff. One row of
 * `templates` per kind of file; a new kind is one more row.
 */
import { existsSync } from 'node:fs';
import { mkdir, readFile, readdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { planNoteFiles, reservedChapterIds } from '../../content-paths.ts';
import { slugPattern } from '../../schemas/ids.ts';
import { chapterTables } from '../../markdown/chapter-outline.ts';
import { readMarkdownFile } from '../content-check/read-content.ts';
import { indicatorDrafts } from '../indicator-drafts.ts';
import { nearestName } from '../nearest-name.ts';
import { messages } from '../messages.ts';
import { nameKey } from '../term-matcher.ts';
import { meantPrefecture, type Prefecture, prefectureNamed, prefectureOfPlanId, prefectures } from '../prefectures.ts';
import { chapterTemplate } from './chapter-template.ts';
import { consultationTemplate } from './consultation-template.ts';
import { indicatorDraftFile, indicatorTemplate } from './indicator-template.ts';
import { planTemplate } from './plan-template.ts';
import { termTemplate } from './term-template.ts';

export class ScaffoldError extends Error {}

/** What a template may ask of the content folder. */
export interface ContentFolder {
	/** Chapters of a plan (id, order, Markdown body and the file line it starts on), in order; throws when the plan does not exist. */
	chapters(planId: string): Promise<Array<{ id: string; order: number; body: string; bodyLine: number }>>;
	/** A plan's indicators: file name (without `.md`) and the name it gives. */
	indicators(planId: string): Promise<Array<{ id: string; name: string | undefined }>>;
	/** The prefecture a plan's plan.yaml names; throws when the plan does not exist. */
	prefectureOfPlan(planId: string): Promise<Prefecture>;
	/** Whether a plan is published: its plan.yaml does not say publish: false (whose default is true). */
	planPublished(planId: string): Promise<boolean>;
}

export interface ScaffoldOptions {
	/** Prefecture name (福島県) for a plan id that does not start with its romanised name. */
	prefecture?: string | undefined;
}

export interface Template {
	/** Names of the ids the command takes, in order (shown in the usage). */
	args: readonly string[];
	/** The first id may be left out (shown in brackets in the usage); `files` then gets the others. */
	firstOptional?: true;
	/** What it makes, in a few words (shown in the usage). */
	summary: string;
	/** What staff may call it in Japanese (章): typed for the kind, it is named as the kind meant. */
	words: readonly string[];
	/** The files to write, relative to the content folder, with their text; and notes for the person running it. */
	files(ids: string[], folder: ContentFolder, options: ScaffoldOptions): Promise<Scaffolded>;
}

export interface Scaffolded {
	files: Array<{ path: string; text: string }>;
	/** What it left out, and why. */
	notes?: string[];
}

/** What most kinds write: one file. */
const one = (file: { path: string; text: string }): Scaffolded => ({ files: [file] });

export const templates: Record<string, Template> = {
	plan: {
		args: ['plan-id'],
		summary: '計画（plan.yaml）',
		words: ['計画'],
		files: async ([plan], _folder, options) => one({ path: `plans/${plan}/plan.yaml`, text: planTemplate(prefectureFor(plan!, options.prefecture)) }),
	},
	chapter: {
		args: ['plan-id', 'chapter-id'],
		summary: '計画の章',
		words: ['章'],
		files: async ([plan, chapter], folder) => {
			if (reservedChapterIds.has(chapter!)) throw new ScaffoldError(messages.reservedChapterId(chapter!));
			const orders = (await folder.chapters(plan!)).map((c) => c.order);
			// ch2 is the second chapter where no other has that place (written after an import made ch1, ch3 and ch4); else the next.
			const numbered = Number(/^ch(\d+)$/.exec(chapter!)?.[1] ?? Number.NaN);
			const order = numbered > 0 && !orders.includes(numbered) ? numbered : orders.length === 0 ? 1 : Math.max(...orders) + 1;
			// A chapter added to a plan on the site is a draft (publish: false) until written: shown by npm run dev, left out of builds.
			return one({ path: `plans/${plan}/${chapter}.md`, text: chapterTemplate(plan!, order, { draft: await folder.planPublished(plan!) }) });
		},
	},
	term: {
		args: ['term-id'],
		summary: '用語集の用語',
		words: ['用語', '用語集'],
		files: async ([term]) => one({ path: `glossary/${term}.md`, text: termTemplate(term!) }),
	},
	indicator: {
		args: ['plan-id', 'indicator-id'],
		summary: '指標の表',
		words: ['指標'],
		files: async ([plan, indicator], folder) => {
			const [first] = await folder.chapters(plan!);
			if (!first) throw new ScaffoldError(messages.scaffoldNoChapter(plan!));
			return one({ path: `plans/${plan}/indicators/${indicator}.md`, text: indicatorTemplate(plan!, first.id) });
		},
	},
	indicators: {
		args: ['plan-id'],
		summary: '計画の章の指標の表（指標名・現況値・目標値…）の行ごとの指標（まだない指標だけ）',
		words: ['指標一式'],
		files: async ([plan], folder) => {
			const existing = await folder.indicators(plan!);
			const known = new Set(existing.flatMap((i) => (i.name ? [nameKey(i.name)] : [])));
			const taken = new Set(existing.map((i) => i.id));
			const files: Scaffolded['files'] = [];
			const notes: string[] = [];
			for (const chapter of await folder.chapters(plan!)) {
				// Lines in the file, not in its body.
				const tables = (await chapterTables(chapter.body)).map((table) => ({ ...table, rows: table.rows.map((row) => ({ ...row, line: row.line && row.line + chapter.bodyLine - 1 })) }));
				const { drafts, skipped } = indicatorDrafts(chapter.id, tables, known, taken);
				files.push(...drafts.map((draft) => ({ path: `plans/${plan}/indicators/${draft.id}.md`, text: indicatorDraftFile(plan!, draft) })));
				notes.push(...skipped);
			}
			if (files.length === 0) throw new ScaffoldError([messages.scaffoldNoKpiRows(plan!), ...notes].join('\n'));
			return { files, notes };
		},
	},
	consultation: {
		args: ['plan-id', 'consultation-id'],
		firstOptional: true,
		summary: '意見募集（パブリックコメント）の案件（案の本文がこのサイトにないときは plan-id を省き、都道府県は id か --prefecture で）',
		words: ['意見募集', 'パブコメ', 'パブリックコメント'],
		files: async (ids, folder, options) => {
			const [plan, consultation] = ids.length === 2 ? ids : [undefined, ids[0]!];
			if (!plan) return one({ path: `consultations/${consultation}.md`, text: consultationTemplate(prefectureFor(consultation!, options.prefecture)) });
			// The plan's prefecture is the consultation's: a --prefecture naming another is a slip, not an order.
			const ofPlan = await folder.prefectureOfPlan(plan);
			const named = options.prefecture === undefined ? ofPlan : prefectureNamed(options.prefecture);
			if (named !== ofPlan) throw new ScaffoldError(messages.scaffoldPrefectureNotPlans(plan, ofPlan, options.prefecture!));
			return one({ path: `consultations/${consultation}.md`, text: consultationTemplate(ofPlan, plan) });
		},
	},
};

/** The ids a kind takes, each as `shown` writes it, an optional first one in brackets. */
const argNames = (t: Template, shown = (arg: string) => arg) => t.args.map((a, i) => (i === 0 && t.firstOptional ? `[${shown(a)}]` : shown(a)));
/** How to run the command for one kind: `  npm run new -- chapter <plan-id> <chapter-id>    計画の章`. */
const usageLine = (kind: string, t: Template) => `  npm run new -- ${kind} ${argNames(t, (a) => `<${a}>`).join(' ')}    ${t.summary}`;
export const scaffoldUsage = () => Object.entries(templates).map(([kind, t]) => usageLine(kind, t)).join('\n');

/** The kind meant by a Japanese word for one (章), or by a slip (chpter). */
function kindMeant(typed: string): { kind: string; by: 'word' | 'slip' } | undefined {
	const byWord = Object.keys(templates).find((kind) => templates[kind]!.words.includes(typed));
	if (byWord) return { kind: byWord, by: 'word' };
	const bySlip = nearestName(typed, Object.keys(templates));
	return bySlip === undefined ? undefined : { kind: bySlip, by: 'slip' };
}

/** Writes the files for `kind`; returns their paths, and the template's notes. Never overwrites: where any file exists, it writes none. */
export async function scaffold(kind: string, ids: string[], contentDir: string, options: ScaffoldOptions = {}): Promise<{ files: string[]; notes: string[] }> {
	const template = templates[kind];
	if (!template) {
		if (kind === '') throw new ScaffoldError(messages.scaffoldUsage(scaffoldUsage()));
		const meant = kindMeant(kind);
		throw new ScaffoldError(messages.scaffoldUnknownKind(kind, meant && { ...meant, usage: usageLine(meant.kind, templates[meant.kind]!) }, scaffoldUsage()));
	}
	const given = ids.length === template.args.length || !template.firstOptional ? template.args : template.args.slice(1);
	if (ids.length !== given.length) throw new ScaffoldError(messages.scaffoldIdCount(kind, argNames(template), ids, usageLine(kind, template)));
	given.forEach((name, i) => {
		if (!slugPattern.test(ids[i]!)) {
			// A file's name typed for its id (ch5.md): the extension is the command's to add.
			const withoutExtension = ids[i]!.replace(/\.(?:md|yaml)$/i, '');
			throw new ScaffoldError(slugPattern.test(withoutExtension) ? messages.scaffoldIdWithExtension(name, ids[i]!, withoutExtension) : messages.scaffoldBadId(name, ids[i]!));
		}
	});
	const made = await template.files(ids, contentFolder(contentDir), options);
	const files = made.files.map((f) => ({ file: path.join(contentDir, f.path), text: f.text }));
	const present = files.find(({ file }) => existsSync(file));
	if (present) throw new ScaffoldError(messages.scaffoldExists(present.file));
	for (const { file, text } of files) {
		await mkdir(path.dirname(file), { recursive: true });
		try {
			await writeFile(file, text, { flag: 'wx' });
		} catch (error) {
			if ((error as NodeJS.ErrnoException).code === 'EEXIST') throw new ScaffoldError(messages.scaffoldExists(file));
			throw error;
		}
	}
	return { files: files.map(({ file }) => file), notes: made.notes ?? [] };
}

/** Whether a plan.yaml or Markdown file says publish: false. (Read like the templates' other hints; the content check reads the YAML.) */
const markedUnpublished = async (yamlOrMarkdown: string) => /^publish: false\b/m.test(await readFile(yamlOrMarkdown, 'utf8').catch(() => ''));

/**
 * Whether no build will publish a file `scaffold` wrote until its author says
 * so: 'file' when it says publish: false (a plan, term, consultation, or a draft
 * chapter of a published plan), 'plan' when its plan's plan.yaml does; false
 * when it joins a plan already published.
 */
export async function startsUnpublished(file: string, contentDir: string): Promise<'file' | 'plan' | false> {
	if (await markedUnpublished(file)) return 'file';
	const plans = path.resolve(contentDir, 'plans');
	for (let dir = path.dirname(path.resolve(file)); dir.startsWith(`${plans}${path.sep}`); dir = path.dirname(dir)) {
		if (await markedUnpublished(path.join(dir, 'plan.yaml'))) return 'plan';
	}
	return false;
}

/** The prefecture of a new plan, or of a consultation on a draft not on this site: named by `--prefecture`, else by the id's romanised start. */
function prefectureFor(id: string, name: string | undefined): Prefecture {
	const ofId = prefectureOfPlanId(id);
	const prefecture = name === undefined ? ofId : prefectureNamed(name);
	if (!prefecture) throw new ScaffoldError(messages.scaffoldPrefectureUnknown(id, name, name === undefined ? undefined : meantPrefecture(name)?.name));
	if (ofId && ofId !== prefecture) throw new ScaffoldError(messages.scaffoldIdOfOtherPrefecture(id, ofId, prefecture));
	return prefecture;
}

function contentFolder(dir: string): ContentFolder {
	/** No such plan: said with the plan meant, a slip away (fukushima-dx-2O22) or the only one the id starts (fukushima). */
	const noPlan = async (planId: string) => {
		const plans = (await readdir(path.join(dir, 'plans'), { withFileTypes: true }).catch(() => [])).filter((e) => e.isDirectory()).map((e) => e.name);
		const started = plans.filter((name) => name.startsWith(`${planId}-`));
		return new ScaffoldError(messages.scaffoldNoPlan(planId, nearestName(planId, plans) ?? (started.length === 1 ? started[0] : undefined)));
	};
	return {
		async chapters(planId) {
			const planDir = path.join(dir, 'plans', planId);
			const entries = await readdir(planDir).catch(async () => {
				throw await noPlan(planId);
			});
			if (!entries.includes('plan.yaml')) throw await noPlan(planId);
			const chapters = await Promise.all(
				entries
					.filter((name) => name.endsWith('.md') && !planNoteFiles.includes(name))
					.map(async (name) => {
						const read = readMarkdownFile(await readFile(path.join(planDir, name)));
						const { order } = (read.ok ? read.file.data : {}) as { order?: unknown };
						const body = read.ok ? read.file.body : undefined;
						return { id: name.slice(0, -3), order: typeof order === 'number' ? order : 0, body: body?.text ?? '', bodyLine: body?.line ?? 1 };
					}),
			);
			return chapters.sort((a, b) => a.order - b.order);
		},
		async indicators(planId) {
			const folder = path.join(dir, 'plans', planId, 'indicators');
			const names = (await readdir(folder).catch(() => [])).filter((name) => name.endsWith('.md'));
			return Promise.all(
				names.map(async (name) => {
					const read = readMarkdownFile(await readFile(path.join(folder, name)));
					const given = read.ok ? (read.file.data as { name?: unknown }).name : undefined;
					return { id: name.slice(0, -3), name: typeof given === 'string' ? given : undefined };
				}),
			);
		},
		async prefectureOfPlan(planId) {
			const yaml = await readFile(path.join(dir, 'plans', planId, 'plan.yaml'), 'utf8').catch(async () => {
				throw await noPlan(planId);
			});
			const code = /^\s+code:\s*"?(\d{2})"?/m.exec(yaml)?.[1];
			const prefecture = prefectures.find((p) => p.code === code);
			if (!prefecture) throw new ScaffoldError(messages.scaffoldPrefectureUnknown(planId, undefined));
			return prefecture;
		},
		async planPublished(planId) {
			return !(await markedUnpublished(path.join(dir, 'plans', planId, 'plan.yaml')));
		},
	};
}
