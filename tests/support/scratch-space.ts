/**
 * Vitest global setup: every temporary folder of a test run (fixture copies,
 * built sites, each build's scratch) and every content cache its builds make
 * go into one folder of the run, removed when the run ends. Without it each
 * run left about 300 folders in /tmp and some twenty caches in
 * node_modules/.astro. And no test reads a cache that an earlier run, or the
 * developer's own build, left behind.
 *
 * The settings are environment variables, so the test workers and the
 * builds they start inherit them: TMPDIR is what os.tmpdir() reads,
 * CACHE_DIR where src/lib/content-cache.ts puts the caches.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';

const settings = ['TMPDIR', 'CACHE_DIR'] as const;

export default async function setup() {
	const runFolder = await mkdtemp(path.join(tmpdir(), 'prefplan-test-run-'));
	const outer = settings.map((name) => [name, process.env[name]] as const);
	process.env.TMPDIR = runFolder;
	process.env.CACHE_DIR = path.join(runFolder, 'caches');
	return async () => {
		for (const [name, value] of outer) {
			if (value === undefined) delete process.env[name];
			else process.env[name] = value;
		}
		await rm(runFolder, { recursive: true, force: true });
	};
}
