/** Runs the real build command (`node scripts/build.ts`) on a content folder, into a given output folder; or Astro alone (renderPages). */
import { spawnSync } from 'node:child_process';
import path from 'node:path';

export interface BuildResult {
	status: number | null;
	output: string;
}

/** The environment without what the test runner adds (MODE, DEV, PROD …): Astro would read them into import.meta.env. */
const buildEnv = () => Object.fromEntries(Object.entries(process.env).filter(([key]) => !/^(VITEST.*|TEST|MODE|DEV|PROD|NODE_ENV)$/.test(key)));

function run(script: string, args: string[], contentDir: string, env: Record<string, string>): BuildResult {
	const result = spawnSync(process.execPath, [path.resolve(script), ...args], {
		env: { ...buildEnv(), CONTENT_DIR: contentDir, ASTRO_TELEMETRY_DISABLED: '1', ...env },
		encoding: 'utf8',
		timeout: 240_000,
	});
	// A process killed at the timeout says so, after what it had printed: where it stopped tells a hang in the build from one at exit.
	const killed = result.error ? `\n[${result.error.message}]` : '';
	return { status: result.status, output: `${result.stdout}${result.stderr}${killed}` };
}

export const buildSite = (contentDir: string, outDir: string, env: Record<string, string> = {}) => run('scripts/build.ts', ['--outDir', outDir], contentDir, env);

/** The pages alone, rendered even from content the build's check would reject (tests/support/render-pages.ts). */
export const renderPages = (contentDir: string, outDir: string, env: Record<string, string> = {}) => run('tests/support/render-pages.ts', [outDir], contentDir, env);
