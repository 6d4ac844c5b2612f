/** Where the content lives: `content/` unless CONTENT_DIR points elsewhere (test fixtures). */
export const contentDir = process.env.CONTENT_DIR ?? './content';

/** Glob patterns, relative to `${contentDir}/plans`, shared by Astro's loaders and the content check. */
export const planPatterns = {
	plan: '*/plan.yaml',
	chapter: ['*/*.md', '!*/NOTES.md', '!*/README.md'],
	indicator: '*/indicators/*.md',
	evaluation: '*/evaluations/*.md',
} as const;
