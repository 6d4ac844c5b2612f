/**
 * `npm run build`: check content while Astro bundles the site → pages rendered
 * into a scratch folder (only once the check passed), each indexed by Pagefind
 * as it is rendered → index written and links checked side by side → swap
 * into place. A failure at any step leaves the previous site untouched.
 */
import './bundler-memory.ts';
import { cp, mkdir, readdir, rm, rename, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { build } from 'astro';
import { contentDir } from '../src/content-paths.ts';
import { reviewedOn, reviewIsDue } from '../src/lib/accessibility-test.ts';
import { brokenLinkReport } from '../src/lib/broken-link-source.ts';
import { buildReport } from '../src/lib/build-report.ts';
import { buildSettingProblems, draftsOnSharedOriginWarning } from '../src/lib/build-settings.ts';
import { contentCacheDir, removeOutdatedContentCaches } from '../src/lib/content-cache.ts';
import { startRenderCache } from '../src/lib/render-cache.ts';
import { checkSite, readContentOnce } from '../src/lib/content-check/check-content.ts';
import { shareContentCheck } from '../src/lib/content-check/shared-check.ts';
import { headingIdManifest, headingIdManifestFile } from '../src/lib/content-check/heading-id-manifest.ts';
import { consultedTexts, consultedTextsFile } from '../src/lib/content-check/consulted-texts.ts';
import { hostHeaders } from '../src/lib/host-headers.ts';
import { buildTime } from '../src/lib/build-time.ts';
import { formatDate } from '../src/lib/japanese-dates.ts';
import { linkContextOnce } from '../src/lib/link-context.ts';
import { outputFolderProblem, scratchFolder } from '../src/lib/output-folder.ts';
import { removeSystemFiles } from '../src/lib/public-files.ts';
import { contentPartFromEnv, isSomeOfTheContent, publicationFromEnv, publishesConsultation, resultsHeldBack, unpublishedIds } from '../src/lib/publication.ts';
import { printProblems } from '../src/lib/content-check/problem.ts';
import { checkLinks, type ExternalLink, externalLinksTable } from '../src/lib/link-check.ts';
import { absoluteUrl, deployedOrigin, routes, siteOrigin, withBase } from '../src/lib/routes.ts';
import { isSitemapPage, pageUrlOfFile, robotsTxt, sitemapXml } from '../src/lib/sitemap.ts';
import { startSearchIndex } from '../src/lib/search/write-index.ts';
import { commandOptions } from './command-options.ts';

process.env.ASTRO_TELEMETRY_DISABLED ??= '1';

const { values: options } = commandOptions({ options: { outDir: { type: 'string', default: 'dist' } } }, 'npm run build [-- --outDir dist]');
const outDir = path.resolve(options.outDir);
const scratch = scratchFolder(outDir, process.cwd());
const base = withBase('/');

/** Warnings said last, after the report, where they are read: on GitHub Actions as annotations shown on the run's page. */
const warnings: string[] = [];
const warnAtTheEnd = (message: string) => warnings.push(message);

/** sitemap.xml (every page) and robots.txt pointing at it; absolute URLs need SITE_URL. */
async function writeSitemap(siteDir: string): Promise<void> {
	const pages = (await readdir(siteDir, { recursive: true })).filter((file) => isSitemapPage(file, base));
	await writeFile(path.join(siteDir, 'sitemap.xml'), sitemapXml(pages.map((file) => absoluteUrl(pageUrlOfFile(file, base)))));
	await writeFile(path.join(siteDir, 'robots.txt'), robotsTxt(absoluteUrl(routes.sitemap())));
	if (!deployedOrigin) warnAtTheEnd(`SITE_URL が未設定のため、印刷用ページに載せる計画の URL、オープンデータ（CSV・JSON）の掲載箇所、sitemap.xml・robots.txt・feed.xml と意見募集の締切のカレンダー（.ics。意見募集のページに載せる購読用のアドレスも）の URL は ${siteOrigin} を指しています。公開するビルドでは SITE_URL=https://… を指定してください。`);
}

function fail(message: string): never {
	console.error(`\nビルドを中止しました: ${message}\n${path.relative(process.cwd(), outDir) || outDir} は変更していません。`);
	process.exit(1);
}

// Before anything is read or written: the build replaces its output folder, and would delete what a mistyped one names.
const outDirProblem = await outputFolderProblem(options.outDir, process.cwd(), contentDir);
if (outDirProblem) fail(outDirProblem);

// The same read as the pages' (readContentOnce): the content is read once per build.
// Astro starts bundling meanwhile; its pages wait for the verdict (src/data/site.ts).
// A mistyped setting (SITE_URL, ONLY_PREFECTURES …) stops the build as an error in the content does.
const check = checkSite(contentDir, outDir, process.cwd(), readContentOnce(contentDir)).then(({ content, problems }) => {
	const settings = buildSettingProblems(process.env, content.plans);
	for (const problem of settings) console.error(problem);
	return { content, errors: printProblems(problems) + settings.length };
});
shareContentCheck(check.then(({ errors }) => errors === 0, () => false));

await rm(scratch, { recursive: true, force: true });
let externalLinks: ExternalLink[] = [];
// Astro hands each page to the index as it renders it (src/middleware.ts).
const searchIndex = await startSearchIndex();
try {
	const cacheDir = await contentCacheDir(contentDir);
	// Chapters the previous build rendered from the same Markdown and inputs are read back (src/lib/render-cache.ts).
	const renderCache = await startRenderCache(cacheDir);
	const astroFailure = await build({ outDir: scratch, cacheDir, logLevel: 'warn' }).then(() => undefined, (error: unknown) => error);
	// Errors in the content are what the author must see, whatever Astro made of that content.
	const { content, errors } = await check;
	if (errors > 0) throw new Error(`コンテンツまたは設定に ${errors} 件のエラーがあります。上の各行を直してください。`);
	if (astroFailure) throw astroFailure;
	// Astro copies public/ as it is: not the files an operating system left in its folders.
	await removeSystemFiles(scratch);

	// Pagefind writes its files in its own process while this one checks the links: the two use both cores.
	const [search, links] = await Promise.all([searchIndex.write(scratch), checkLinks(scratch, base, deployedOrigin)]);
	await searchIndex.close();
	await writeFile(path.join(scratch, headingIdManifestFile), `${JSON.stringify(headingIdManifest(content, publicationFromEnv()), null, '\t')}\n`);
	await writeSitemap(scratch);
	await writeFile(path.join(scratch, '_headers'), hostHeaders(base));

	externalLinks = links.external;
	// Said at the content file and line the link came from, where the author can fix it.
	const brokenLinks = brokenLinkReport(links.broken, content);
	for (const line of brokenLinks) console.error(line);
	if (brokenLinks.length > 0) throw new Error(`${brokenLinks.length} 件のリンク切れがあります。`);

	const publication = publicationFromEnv();
	const published = linkContextOnce(content, publication);
	const builtPlans = new Set(content.plans.filter(publication.plan).map((plan) => plan.id));
	await renderCache.prune();
	await removeOutdatedContentCaches(cacheDir);
	const report = buildReport({
		crossLinks: published.crossLinks,
		terms: content.glossary.filter(publication.entry).map((g) => ({ id: g.id, term: g.data.term })),
		pages: links.pages,
		search,
		internalLinks: links.internal,
		brokenLinks: links.broken.length,
		externalLinks: links.external.length,
		chapterRenders: renderCache.stats,
		unpublished: unpublishedIds(content),
		resultsNotYetAnnounced: resultsHeldBack(content.consultations, publication, builtPlans),
		partOfTheContent: isSomeOfTheContent(contentPartFromEnv(process.env)),
	});
	console.log(`\nビルドレポート\n${report.map((line) => `  ${line}`).join('\n')}`);
	const sharedOrigin = draftsOnSharedOriginWarning(process.env.SITE_URL, content.consultations.filter(publishesConsultation(publication, builtPlans)));
	if (sharedOrigin) warnAtTheEnd(sharedOrigin);
} catch (error) {
	await searchIndex.close();
	await rm(scratch, { recursive: true, force: true });
	fail(error instanceof Error ? error.message : String(error));
}

const previous = `${outDir}.previous`;
await rm(previous, { recursive: true, force: true });
const hadPrevious = await stat(outDir).then(() => true, () => false);
if (hadPrevious) await rename(outDir, previous);
// A scratch folder inside the project may be on another file system than the output folder: copied there, then removed.
await rename(scratch, outDir).catch(async (error: NodeJS.ErrnoException) => {
	if (error.code !== 'EXDEV') throw error;
	await cp(scratch, outDir, { recursive: true });
	await rm(scratch, { recursive: true, force: true });
});
await rm(previous, { recursive: true, force: true });
console.log(`サイトを ${path.relative(process.cwd(), outDir) || outDir} に書き出しました。`);

// Beside the site, not in it: a list for editors of where each external link appears (not fetched).
const reportsDir = `${outDir}.reports`;
await mkdir(reportsDir, { recursive: true });
await writeFile(path.join(reportsDir, 'external-links.tsv'), externalLinksTable(externalLinks));
// The drafts' text as residents read it during their consultations: the next check tells of a change (consulted-texts.ts).
await writeFile(path.join(reportsDir, consultedTextsFile), `${JSON.stringify(consultedTexts((await check).content, buildTime()), null, '\t')}\n`);
console.log(`外部リンクの一覧を ${path.relative(process.cwd(), path.join(reportsDir, 'external-links.tsv'))} に書き出しました。`);

// The statement /accessibility/ publishes is dated: the operators' yearly review by eye keeps it true.
if (reviewIsDue(buildTime())) {
	warnAtTheEnd(`アクセシビリティの目視による確認（${formatDate(reviewedOn)}）から1年以上たっています。ページの種類ごとに確認し直し、src/lib/accessibility-test.ts の reviewedOn（ウェブアクセシビリティ方針の表明日）と結果を更新してください。`);
}
for (const message of warnings) console.warn(`${process.env.GITHUB_ACTIONS === 'true' ? '::warning::' : '\n'}${message}`);
