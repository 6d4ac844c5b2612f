/**
 * Heading ids are permalinks (/plans/x/ch1/#s2-1): once published, links from
 * elsewhere depend on them. Each build writes the ids it published to
 * heading-ids.json in the site folder; the next check compares the content
 * with the last published build and warns about every id that would vanish.
 */
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { messages } from '../messages.ts';
import { type Publication, publishedOnly, unpublishedIds } from '../publication.ts';
import type { ContentSnapshot } from './check-content.ts';
import type { Problem } from './problem.ts';

export const headingIdManifestFile = 'heading-ids.json';

/** `plan/chapter` → the chapter's heading ids, both sorted: the same content gives the same file. */
export type HeadingIdManifest = Record<string, string[]>;

/** The heading ids of the chapters a build publishes (`keep`; by default all but publish: false). */
export function headingIdManifest(content: ContentSnapshot, keep: Publication = publishedOnly): HeadingIdManifest {
	const leftOut = new Set(content.plans.filter((p) => !keep.plan(p)).map((p) => p.id));
	const entries = content.chapters.filter((c) => !leftOut.has(c.planId) && keep.chapter(c)).map((c) => [`${c.planId}/${c.id}`, c.sections.map((s) => s.id).sort()] as const);
	return Object.fromEntries(entries.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

/** The manifest of the site built in `siteDir`, or undefined when there is none (first build) or it cannot be read (the next build writes it again). */
export async function readHeadingIdManifest(siteDir: string): Promise<HeadingIdManifest | undefined> {
	try {
		return JSON.parse(await readFile(path.join(siteDir, headingIdManifestFile), 'utf8')) as HeadingIdManifest;
	} catch (error) {
		if ((error as NodeJS.ErrnoException).code === 'ENOENT' || error instanceof SyntaxError) return undefined;
		throw error;
	}
}

/** A warning for every published chapter or heading id the content no longer has (or marks publish: false). */
export function vanishedHeadingIds(content: ContentSnapshot, published: HeadingIdManifest, contentDir: string, projectRoot = process.cwd()): Problem[] {
	const current = headingIdManifest(content);
	const { plans: unpublished, chapters: unpublishedChapters } = unpublishedIds(content);
	const problems: Problem[] = [];
	for (const [key, ids] of Object.entries(published)) {
		const [plan, chapter] = key.split('/') as [string, string];
		const source = path.join(contentDir, 'plans', plan, `${chapter}.md`);
		const file = path.relative(projectRoot, source);
		if (unpublished.has(plan)) {
			// Said once, at the plan, however many chapters it has.
			const planFile = path.relative(projectRoot, path.join(contentDir, 'plans', plan, 'plan.yaml'));
			if (!problems.some((p) => p.file === planFile)) problems.push({ file: planFile, message: messages.publishedPlanUnpublished(plan), severity: 'warning' });
			continue;
		}
		if (unpublishedChapters.has(key)) {
			problems.push({ file, message: messages.publishedChapterUnpublished(plan, chapter), severity: 'warning' });
			continue;
		}
		if (!current[key]) {
			// A chapter file that is still there but has errors is reported as such, not as gone.
			if (!existsSync(source)) problems.push({ file, message: messages.publishedChapterGone(plan, chapter), severity: 'warning' });
			continue;
		}
		for (const id of ids.filter((id) => !current[key]!.includes(id))) {
			problems.push({ file, message: messages.publishedHeadingIdGone(id), severity: 'warning' });
		}
	}
	return problems;
}
