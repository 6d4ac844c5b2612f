/**
 * `npm run dev` for content authors: the build's content check, run before
 * Astro reads the content and again on every save. Astro's own reading stops
 * the server on a YAML mistake (an English stack trace) and, once running,
 * keeps showing a file's last good version with only a line in the terminal;
 * here the author gets the build's `file:line: problem — fix` in the terminal
 * and at the top of every page until it is fixed. The pages' outlines and
 * links come from the check's reading of the content (readContentOnce), read
 * again on each save here; Astro reloads its collections itself.
 */
import { existsSync, watch } from 'node:fs';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { contentDir } from '../../content-paths.ts';
import { contentCacheDir } from '../content-cache.ts';
import { messages } from '../messages.ts';
import { checkSite, rereadContent } from './check-content.ts';
import { previewProblems, sharePreviewProblems } from './shared-check.ts';
import { formatProblem, printProblems, type Problem } from './problem.ts';

/**
 * Reads and checks all content afresh (the pages share the read), prints what changed, and records it.
 * The summary asks for the errors to be fixed and saved, unless no save can fix them (`savable` false).
 */
async function recheck(savable = true): Promise<Problem[]> {
	const { problems } = await checkSite(contentDir, 'dist', process.cwd(), rereadContent(contentDir));
	const before = previewProblems()?.map(formatProblem).join('\n');
	const now = problems.map(formatProblem).join('\n');
	if (now !== before) {
		const errors = printProblems(problems);
		if (savable) console.error(errors > 0 ? messages.previewErrors(errors) : messages.checkSummary(0, problems.length, false));
	}
	sharePreviewProblems(problems);
	return problems;
}

const hasErrors = (problems: Problem[]) => problems.some((p) => p.severity === 'error');
const isContent = (file: string) => !path.relative(path.resolve(contentDir), path.resolve(file)).startsWith('..');

/** Saves come in bursts (an editor writes a file and its backup): one check after they settle. */
function settled(run: () => void, ms = 150): () => void {
	let timer: NodeJS.Timeout | undefined;
	return () => {
		clearTimeout(timer);
		timer = setTimeout(run, ms);
	};
}

let checking: Promise<unknown> = Promise.resolve();
/**
 * After each burst of saves, a check, then `then` with its problems. One check at a time, in the order of the
 * saves (a slow one must not record an older verdict last); one that fails to run is printed, and the next still runs.
 */
function checkAfterSaves(then: (problems: Problem[]) => void): () => void {
	return settled(() => {
		checking = checking.then(() => recheck()).then(then).catch((error: unknown) => console.error(error));
	});
}

/** Resolves once the content has no errors, checking again after every save; without a content folder no save can help, so it stops. */
async function untilNoErrors(): Promise<void> {
	const folderMissing = !existsSync(contentDir);
	if (!hasErrors(await recheck(!folderMissing))) return;
	if (folderMissing) {
		console.error(messages.previewNeedsContentFolder);
		process.exit(1);
	}
	console.error(messages.previewWaitsForFix);
	await new Promise<void>((resolve) => {
		const watcher = watch(contentDir, { recursive: true }, checkAfterSaves((problems) => {
			if (hasErrors(problems)) return;
			watcher.close();
			resolve();
		}));
	});
}

/**
 * The preview keeps what it read in `.astro/data-store.json` and reuses an entry whose file is unchanged, even once
 * the schemas have changed (a field added since, with its default, was missing: every chapter said
 * 公開されていないページです), or the same ids came from another content folder; Astro only notices a change to
 * its own config or to content.config.ts's text. `readAs` names the content folder and the schemas' hash (the
 * build's cache folder, contentCacheDir): the store is dropped when it was read otherwise.
 */
export async function forgetContentReadOtherwise(dotAstroDir: string, readAs: string): Promise<void> {
	const marker = path.join(dotAstroDir, 'prefplan-content-read-as.txt');
	if ((await readFile(marker, 'utf8').catch(() => undefined)) === readAs) return;
	await rm(path.join(dotAstroDir, 'data-store.json'), { force: true });
	await mkdir(dotAstroDir, { recursive: true });
	await writeFile(marker, readAs);
}

export function devPreviewCheck(): AstroIntegration {
	return {
		name: 'prefplan:dev-preview-check',
		hooks: {
			// Before Astro reads the content: a YAML mistake would stop it with an English stack trace.
			'astro:config:setup': async ({ command, config }) => {
				if (command !== 'dev') return;
				await untilNoErrors();
				await forgetContentReadOtherwise(fileURLToPath(new URL('.astro/', config.root)), path.basename(await contentCacheDir(contentDir)));
			},
			'astro:server:setup': ({ server }) => {
				server.watcher.add(path.resolve(contentDir));
				// Astro reloads the page for a change it could read; the problems' box needs one either way.
				const onSave = checkAfterSaves(() => server.ws.send({ type: 'full-reload' }));
				server.watcher.on('all', (_event, file) => {
					if (isContent(file)) onSave();
				});
			},
		},
	};
}
