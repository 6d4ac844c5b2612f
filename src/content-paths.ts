/** Where the content lives: `content/` unless CONTENT_DIR points elsewhere (test fixtures). */
export const contentDir = process.env.CONTENT_DIR ?? './content';

/** Files in a plan folder that are notes for editors, not chapters. */
export const planNoteFiles = ['NOTES.md', 'README.md'];

/** Names of a plan's own pages (/plans/<plan>/print/ …), which no chapter may take. */
export const reservedChapterIds = new Set(['print', 'indicators', 'changes']);

/** Glob patterns, relative to `${contentDir}/plans`, shared by Astro's loaders and the content check. */
export const planPatterns = {
	plan: '*/plan.yaml',
	chapter: ['*/*.md', ...planNoteFiles.map((name) => `!*/${name}`)],
	indicator: '*/indicators/*.md',
	evaluation: '*/evaluations/*.md',
} as const;
