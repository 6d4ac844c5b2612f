/**
 * Builds the real site (content/) into a temp folder with the real build
 * command and serves it for the browser tests.
 */
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { buildSite } from '../support/build-site.ts';
import { servePreview } from '../support/browser.ts';

declare module 'vitest' {
	export interface ProvidedContext {
		siteOrigin: string;
		siteDir: string;
	}
}

export default async function setup(project: TestProject) {
	const siteDir = path.join(await mkdtemp(path.join(tmpdir(), 'prefplan-e2e-')), 'dist');
	const result = buildSite(path.resolve('content'), siteDir);
	if (result.status !== 0) throw new Error(`build failed:\n${result.output}`);
	const server = await servePreview(siteDir);
	project.provide('siteOrigin', server.url('/'));
	project.provide('siteDir', siteDir);
	return () => server.stop();
}
