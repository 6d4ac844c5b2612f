/**
 * Builds, with the real build command, and serves for the browser tests:
 * the real site (content/); the fixture site with the consultation
 * fixtures laid over it, built as of a day when one consultation is open; and
 * a corpus of twelve prefectures made from the fixture site, whose lists of
 * prefectures are grouped by region.
 */
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { buildSite } from '../support/build-site.ts';
import { servePreview } from '../../scripts/support/browser.ts';
import { consultationBuildEnv, consultationFixture } from '../support/consultation-fixture.ts';
import { contentWithOverlay } from '../support/content-fixture.ts';
import { fixtureCorpus } from '../support/corpus.ts';

declare module 'vitest' {
	export interface ProvidedContext {
		siteOrigin: string;
		siteDir: string;
		consultationOrigin: string;
		nationalOrigin: string;
	}
}

async function buildAndServe(contentDir: string, env: Record<string, string> = {}) {
	const siteDir = path.join(await mkdtemp(path.join(tmpdir(), 'prefplan-e2e-')), 'dist');
	const result = buildSite(contentDir, siteDir, env);
	if (result.status !== 0) throw new Error(`build of ${contentDir} failed:\n${result.output}`);
	return { siteDir, server: await servePreview(siteDir) };
}

export default async function setup(project: TestProject) {
	const real = await buildAndServe(path.resolve('content'));
	const consultation = await buildAndServe(path.join(await contentWithOverlay(consultationFixture), 'content'), consultationBuildEnv);
	const national = await buildAndServe(path.join(await fixtureCorpus(12, 1), 'content'));
	project.provide('siteOrigin', real.server.url('/'));
	project.provide('siteDir', real.siteDir);
	project.provide('consultationOrigin', consultation.server.url('/'));
	project.provide('nationalOrigin', national.server.url('/'));
	return async () => {
		await real.server.stop();
		await consultation.server.stop();
		await national.server.stop();
	};
}
