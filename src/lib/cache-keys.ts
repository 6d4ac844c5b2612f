/**
 * What the build's caches (rendered chapters, the content check's outlines)
 * find their entries by: a hash of everything an entry depends on, under a
 * version of the code that made it.
 */
import { createHash } from 'node:crypto';
import { readFile, readdir } from 'node:fs/promises';
import path from 'node:path';

/** The key of an entry: a hash of everything its value depends on. */
export const entryKey = (...parts: string[]) => createHash('sha256').update(parts.join('\0')).digest('hex');

const versions = new Map<string, Promise<string>>();

/**
 * A version of the code that turns content into what the caches keep
 * (src/markdown, src/lib, src/schemas, package-lock.json): an entry made by
 * another version is not read. Computed once per process: the code does not
 * change under a running build or check.
 */
export function codeVersion(projectRoot = process.cwd()): Promise<string> {
	const known = versions.get(projectRoot);
	if (known) return known;
	const version = (async () => {
		const hash = createHash('sha256');
		for (const dir of ['src/markdown', 'src/lib', 'src/schemas']) {
			const files = (await readdir(path.join(projectRoot, dir), { recursive: true })).filter((f) => f.endsWith('.ts')).sort();
			for (const file of files) hash.update(file).update(await readFile(path.join(projectRoot, dir, file)));
		}
		hash.update(await readFile(path.join(projectRoot, 'package-lock.json')));
		return hash.digest('hex').slice(0, 16);
	})();
	versions.set(projectRoot, version);
	return version;
}
