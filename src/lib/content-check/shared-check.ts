/**
 * The content check, shared with the pages. scripts/build.ts starts it before
 * Astro, so Astro bundles the site while the content is checked;
 * src/data/site.ts waits for it before the first page, so no page is ever
 * rendered from content the check rejects. In `npm run dev` the check runs on
 * every save (dev-preview.ts) and the pages show its problems. Astro renders
 * the pages with its own bundled copy of this module: the check is found on globalThis.
 */
import { messages } from '../messages.ts';
import type { Problem } from './problem.ts';

const shared = globalThis as { prefplanContentCheck?: Promise<boolean>; prefplanPreviewProblems?: Problem[] };

/** Records the build's check; `passed` resolves to false when it found errors. */
export function shareContentCheck(passed: Promise<boolean>): void {
	shared.prefplanContentCheck = passed;
}

/** Waits for the build's check, if there is one (not in `astro dev` or tests); throws when it found errors. */
export async function contentCheckPassed(): Promise<void> {
	if (shared.prefplanContentCheck && !(await shared.prefplanContentCheck)) throw new Error(messages.contentCheckFailed());
}

/** Records the problems the dev server's latest check found. */
export function sharePreviewProblems(problems: Problem[]): void {
	shared.prefplanPreviewProblems = problems;
}

/** The problems the dev server's latest check found; undefined outside `npm run dev`. */
export const previewProblems = (): Problem[] | undefined => shared.prefplanPreviewProblems;
