/**
 * What of public/ the site publishes: everything, as the files are, but files an operating system leaves in a
 * folder (Finder's .DS_Store and ._ files, Windows' Thumbs.db and desktop.ini), which list other files' names and
 * are left out of the output; and a file hidden by its name (.env, .htpasswd), settings or secrets rather than the
 * site's, is refused by the content check (.well-known/, where hosts and browsers look, excepted).
 */
import { readdir, rm } from 'node:fs/promises';
import path from 'node:path';

/** A file an operating system made in the folder, by its name. */
export const isSystemFile = (name: string) => name === '.DS_Store' || name.startsWith('._') || /^(?:thumbs\.db|desktop\.ini)$/i.test(name);

/** A site path (/images/.env) whose file or a folder of it is hidden by its name, outside .well-known/. */
export const isHiddenFile = (sitePath: string) => !sitePath.startsWith('/.well-known/') && sitePath.split('/').some((part) => part.startsWith('.'));

/** Removes the operating system's files from a build's output folder. */
export async function removeSystemFiles(outDir: string): Promise<void> {
	const entries = await readdir(outDir, { recursive: true, withFileTypes: true });
	await Promise.all(entries.filter((e) => e.isFile() && isSystemFile(e.name)).map((e) => rm(path.join(e.parentPath, e.name))));
}
