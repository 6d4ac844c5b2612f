import type { VFile } from 'vfile';

/** Plan and chapter ids of the chapter file being rendered (`…/plans/<plan>/<chapter>.md`); undefined for other content. */
export function chapterOfFile(file: VFile): { planId: string; chapterId: string } | undefined {
	const match = /[/\\]plans[/\\]([^/\\]+)[/\\]([^/\\]+)\.md$/.exec(file.path ?? '');
	return match ? { planId: match[1]!, chapterId: match[2]! } : undefined;
}
