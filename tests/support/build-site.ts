/** Runs the real build command (`node scripts/build.ts`) on a content folder, into a given output folder. */
import { spawnSync } from 'node:child_process';
import path from 'node:path';

export interface BuildResult {
	status: number | null;
	output: string;
}

export function buildSite(contentDir: string, outDir: string, env: Record<string, string> = {}): BuildResult {
	const result = spawnSync(process.execPath, [path.resolve('scripts/build.ts'), '--outDir', outDir], {
		env: { ...process.env, CONTENT_DIR: contentDir, ASTRO_TELEMETRY_DISABLED: '1', ...env },
		encoding: 'utf8',
		timeout: 240_000,
	});
	return { status: result.status, output: `${result.stdout}${result.stderr}` };
}
