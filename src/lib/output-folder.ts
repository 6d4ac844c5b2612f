/**
 * The build replaces its output folder wholesale (scripts/build.ts), so a
 * mistyped --outDir (content, ., src) would delete what it names. It is
 * checked before anything is read or written.
 */
import { readdir, realpath } from 'node:fs/promises';
import path from 'node:path';
import { headingIdManifestFile } from './content-check/heading-id-manifest.ts';
import { messages } from './messages.ts';

const realPath = (file: string) => realpath(file).catch(() => undefined);
/** `inner` is `outer` or inside it. */
const within = (inner: string, outer: string) => {
	const relative = path.relative(outer, inner);
	return relative === '' || (!relative.startsWith('..') && !path.isAbsolute(relative));
};

/** Why the build must not replace `outDir`, or undefined; `outDir` as the author wrote it, paths resolved from `projectRoot`. */
export async function outputFolderProblem(outDir: string, projectRoot: string, contentDir: string): Promise<string | undefined> {
	const out = await realPath(path.resolve(projectRoot, outDir));
	// A folder that does not exist yet holds nothing to lose.
	if (out === undefined) return undefined;
	const root = (await realPath(projectRoot)) ?? projectRoot;
	if (within(root, out)) return messages.outDirHoldsProject(outDir);
	const kept = [
		[contentDir, 'コンテンツ'],
		['src', 'サイトのプログラム'],
		['public', 'サイトにそのまま載せるファイル'],
	] as const;
	for (const [folder, what] of kept) {
		const real = await realPath(path.resolve(projectRoot, folder));
		if (real !== undefined && within(real, out)) return messages.outDirHoldsProjectFolder(outDir, within(real, root) ? path.relative(root, real) : real, what);
	}
	const entries = await readdir(out).catch(() => undefined);
	if (entries === undefined) return messages.outDirNotFolder(outDir);
	if (entries.length > 0 && !entries.includes(headingIdManifestFile)) return messages.outDirNotBuilt(outDir, headingIdManifestFile);
	return undefined;
}

/**
 * Where the build writes before the site replaces `outDir`: beside it (`dist.building`), on its file system, so the
 * swap is a rename. Not where Astro would take that folder for one inside the project, its path starting as the
 * project's does (`../site-dist` for `./site`): Astro then puts the pages' code there, outside the project, where it
 * cannot find the project's packages. Such a build writes inside the project instead, a folder of its own per run.
 */
export function scratchFolder(outDir: string, projectRoot: string, run = process.pid): string {
	const beside = `${path.resolve(outDir)}.building`;
	const root = path.resolve(projectRoot);
	return beside.startsWith(root) && !within(beside, root) ? path.join(root, 'node_modules', '.cache', 'prefplan-build', String(run)) : beside;
}
