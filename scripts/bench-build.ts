/**
 * `npm run bench:build [-- --sizes 500,2000,10000] [--peers starlight,hugo | --peers none] [--work DIR]`
 *
 * Builds the synthetic national corpus (scripts/bench-corpus.ts) at several
 * sizes with the real build (clean, then again after editing one chapter with
 * the caches kept: Astro's content cache, the rendered chapters and the
 * content check's outlines; and the content check alone, without and with
 * its outlines), and the same chapter Markdown with the peers:
 * Starlight (bench/peers/starlight, npm-installed on first use) and Hugo +
 * Pagefind (bench/peers/hugo, `apt-get install hugo` when missing). Prints,
 * per build: pages, wall time, pages/s, peak RSS (largest process, from
 * /usr/bin/time -v), output size, median and max HTML page, Pagefind index;
 * then the ratios the issue asks for. Numbers only: it never fails on them.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { appendFile, mkdir, readFile, readdir, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { contentCacheDir } from '../src/lib/content-cache.ts';
import { outlineCacheFile } from '../src/lib/content-check/outline-cache.ts';
import { readMarkdownFile } from '../src/lib/content-check/read-content.ts';
import { chapterLabel } from '../src/lib/site-model.ts';
import type { Chapter } from '../src/schemas/chapter.ts';
import { median, pageKind } from './bench-support.ts';
import { commandOptions } from './command-options.ts';

/** Corpus sizes by the number of pages our build writes: prefectures × copies of the real plans. */
const presets: Record<string, { prefectures: number; scale: number }> = {
	'500': { prefectures: 24, scale: 1 },
	'2000': { prefectures: 47, scale: 3 },
	'10000': { prefectures: 47, scale: 27 },
};
const peerNames = ['starlight', 'hugo'] as const;
/** Largest size Starlight is built at (see the message where it is skipped). */
const starlightMaxSize = 2000;
type Peer = (typeof peerNames)[number];

const { values: options } = commandOptions(
	{
		options: {
			sizes: { type: 'string', default: '500,2000,10000' },
			peers: { type: 'string', default: peerNames.join(',') },
			work: { type: 'string', default: path.join(tmpdir(), 'prefplan-bench-build') },
		},
	},
	'npm run bench:build [-- --sizes 500,2000,10000] [--peers starlight,hugo | --peers none] [--work DIR]',
);
const sizes = options.sizes.split(',');
const unknownSize = sizes.find((s) => !presets[s]);
const peers = options.peers === 'none' ? [] : (options.peers.split(',') as Peer[]);
const unknownPeer = peers.find((p) => !peerNames.includes(p));
if (unknownSize || unknownPeer) {
	console.error(`--sizes は ${Object.keys(presets).join(',')} から、--peers は ${peerNames.join(',')} または none から選んでください`);
	process.exit(1);
}
const root = process.cwd();
const work = path.resolve(options.work);
const node = process.execPath;
const starlightDir = path.resolve('bench/peers/starlight');
const hugoDir = path.resolve('bench/peers/hugo');

interface Run {
	seconds: number;
	/** User + system CPU time of all its processes: less disturbed than wall time when the machine is shared. */
	cpuSeconds: number;
	/** Peak resident set size of the largest process, in MiB. */
	rssMiB: number;
}

/** Runs a command under /usr/bin/time -v; exits the benchmark if it fails. */
function timed(command: string, args: string[], options: { cwd?: string; env?: Record<string, string> } = {}): Run {
	const started = performance.now();
	const result = spawnSync('/usr/bin/time', ['-v', command, ...args], {
		cwd: options.cwd ?? root,
		env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', ...options.env },
		encoding: 'utf8',
		maxBuffer: 1 << 30,
	});
	const seconds = (performance.now() - started) / 1000;
	if (result.status !== 0) {
		console.error(`${command} ${args.join(' ')} failed:\n${result.stdout}\n${result.stderr}`);
		process.exit(1);
	}
	const field = (name: string) => Number(new RegExp(`${name}: ([\\d.]+)`).exec(result.stderr)?.[1]);
	return { seconds, cpuSeconds: field('User time \\(seconds\\)') + field('System time \\(seconds\\)'), rssMiB: field('Maximum resident set size \\(kbytes\\)') / 1024 };
}

function ensureTools(): void {
	const missing = [...(existsSync('/usr/bin/time') ? [] : ['time']), ...(peers.includes('hugo') && !existsSync('/usr/bin/hugo') ? ['hugo'] : [])];
	if (missing.length === 0) return;
	console.log(`apt-get install ${missing.join(' ')} …`);
	for (const args of [['update', '-qq'], ['install', '-y', '-qq', ...missing]]) {
		const result = spawnSync('apt-get', args, { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
		if (result.status !== 0) process.exit(1);
	}
}

function ensureStarlight(): void {
	if (existsSync(path.join(starlightDir, 'node_modules/@astrojs/starlight'))) return;
	console.log('bench/peers/starlight: npm install …');
	const result = spawnSync('npm', ['install', '--no-audit', '--no-fund'], { cwd: starlightDir, stdio: 'inherit' });
	if (result.status !== 0) process.exit(1);
}

interface SiteStats {
	pages: number;
	bytes: number;
	medianPage: number;
	maxPage: number;
	searchIndex: number;
	/** Largest page of each kind of page (our site only). */
	largestByType: Map<string, number>;
}

async function siteStats(dir: string): Promise<SiteStats> {
	let bytes = 0;
	let searchIndex = 0;
	const pages: number[] = [];
	const largestByType = new Map<string, number>();
	for (const entry of await readdir(dir, { recursive: true, withFileTypes: true })) {
		if (!entry.isFile()) continue;
		const file = path.join(entry.parentPath, entry.name);
		const relative = path.relative(dir, file).split(path.sep).join('/');
		const { size } = await stat(file);
		bytes += size;
		if (relative.startsWith('pagefind/')) searchIndex += size;
		else if (entry.name.endsWith('.html')) {
			pages.push(size);
			// The peers' pages are all chapters; the kinds are this site's.
			const kind = pageKind(`/${relative.replace(/(^|\/)index\.html$/, '$1')}`);
			largestByType.set(kind, Math.max(size, largestByType.get(kind) ?? 0));
		}
	}
	return { pages: pages.length, bytes, medianPage: median(pages), maxPage: Math.max(0, ...pages), searchIndex, largestByType };
}

/** The corpus's chapters as plain Markdown with a title, for the peers: `<plan>/<chapter>.md`. */
async function writePeerMarkdown(corpus: string, to: string): Promise<void> {
	await rm(to, { recursive: true, force: true });
	const plansDir = path.join(corpus, 'plans');
	for (const plan of await readdir(plansDir)) {
		for (const name of await readdir(path.join(plansDir, plan))) {
			if (!name.endsWith('.md') || name === 'NOTES.md') continue;
			const parsed = readMarkdownFile(await readFile(path.join(plansDir, plan, name)));
			if (!parsed.ok) continue;
			const title = chapterLabel(parsed.file.data as Chapter);
			await mkdir(path.join(to, plan), { recursive: true });
			await writeFile(path.join(to, plan, name), `---\ntitle: ${JSON.stringify(title)}\n---\n\n${parsed.file.body?.text ?? ''}`);
		}
	}
}

interface Result extends Run, SiteStats {
	name: string;
	size: string;
}

const results: Result[] = [];
const mib = (bytes: number) => bytes / 1024 / 1024;
const kb = (bytes: number) => (bytes / 1024).toFixed(1);

function print(result: Result): void {
	results.push(result);
	console.log(
		[
			`${result.name.padEnd(28)}`,
			`${String(result.pages).padStart(6)} pages`,
			`${result.seconds.toFixed(1).padStart(7)} s (CPU ${result.cpuSeconds.toFixed(1)} s)`,
			`${(result.pages / result.seconds).toFixed(1).padStart(6)} pages/s`,
			`peak RSS ${result.rssMiB.toFixed(0).padStart(5)} MiB`,
			`dist ${mib(result.bytes).toFixed(1).padStart(7)} MiB (${kb(result.bytes / result.pages)} KB/page)`,
			`page median ${kb(result.medianPage)} KB, max ${kb(result.maxPage)} KB`,
			`Pagefind ${mib(result.searchIndex).toFixed(1)} MiB`,
		].join(' | '),
	);
}

async function benchOurs(size: string, corpus: string): Promise<void> {
	const out = path.join(work, `ours-${size}`);
	await rm(out, { recursive: true, force: true });
	await rm(await contentCacheDir(corpus), { recursive: true, force: true });
	const build = () => timed(node, ['scripts/build.ts', '--outDir', out], { env: { CONTENT_DIR: corpus } });
	const clean = build();
	const stats = await siteStats(out);
	print({ name: 'this site, clean build', size, ...clean, ...stats });
	console.log(`  largest page by type: ${[...stats.largestByType].map(([type, bytes]) => `${type} ${kb(bytes)} KB`).join(', ')}`);

	// One chapter edited, the caches kept (content, rendered chapters): what an author waits for after a fix.
	const chapter = path.join(corpus, 'plans', (await readdir(path.join(corpus, 'plans'))).sort()[0]!, 'ch1.md');
	const original = await readFile(chapter);
	await appendFile(chapter, '\n追記した段落です。\n');
	const rebuild = build();
	await writeFile(chapter, original);
	print({ name: 'this site, one chapter edited', size, ...rebuild, ...(await siteStats(out)) });

	// The content check alone, as `npm run check` and each save under `npm run dev` run it: every file parsed, then the outlines kept.
	const check = () => timed(node, ['scripts/check.ts', '--site', out], { env: { CONTENT_DIR: corpus } });
	await rm(await outlineCacheFile(corpus), { force: true });
	const checkClean = check();
	const checkKept = check();
	console.log(`  content check (npm run check): ${checkClean.seconds.toFixed(1)} s parsing every file, ${checkKept.seconds.toFixed(1)} s with the outlines kept`);
}

async function benchStarlight(size: string, corpus: string): Promise<void> {
	await writePeerMarkdown(corpus, path.join(starlightDir, 'src/content/docs'));
	for (const dir of ['dist', '.astro', 'node_modules/.astro', 'node_modules/.vite']) await rm(path.join(starlightDir, dir), { recursive: true, force: true });
	const run = timed(node, ['node_modules/astro/bin/astro.mjs', 'build'], { cwd: starlightDir });
	print({ name: 'Starlight', size, ...run, ...(await siteStats(path.join(starlightDir, 'dist'))) });
}

async function benchHugo(size: string, corpus: string): Promise<void> {
	await writePeerMarkdown(corpus, path.join(hugoDir, 'content'));
	const out = path.join(hugoDir, 'public');
	await rm(out, { recursive: true, force: true });
	const hugo = timed('hugo', ['--quiet', '--destination', out], { cwd: hugoDir });
	const pagefind = timed(node, [path.resolve('node_modules/pagefind/lib/runner/bin.cjs'), '--site', out, '--force-language', 'ja']);
	console.log(`  Hugo ${hugo.seconds.toFixed(1)} s (${hugo.rssMiB.toFixed(0)} MiB), Pagefind ${pagefind.seconds.toFixed(1)} s (${pagefind.rssMiB.toFixed(0)} MiB)`);
	print({ name: 'Hugo + Pagefind', size, seconds: hugo.seconds + pagefind.seconds, cpuSeconds: hugo.cpuSeconds + pagefind.cpuSeconds, rssMiB: Math.max(hugo.rssMiB, pagefind.rssMiB), ...(await siteStats(out)) });
}

function printRatios(): void {
	console.log('\nRatios');
	for (const size of sizes) {
		const ours = results.find((r) => r.size === size && r.name === 'this site, clean build')!;
		const rebuild = results.find((r) => r.size === size && r.name === 'this site, one chapter edited')!;
		const starlight = results.find((r) => r.size === size && r.name === 'Starlight');
		const hugo = results.find((r) => r.size === size && r.name === 'Hugo + Pagefind');
		const perPage = (r: Result, time: 'seconds' | 'cpuSeconds') => r[time] / r.pages;
		const lines = [
			`rebuild after one edit / clean build: ${(rebuild.seconds / ours.seconds).toFixed(2)} wall, ${(rebuild.cpuSeconds / ours.cpuSeconds).toFixed(2)} CPU`,
			`dist per page: ${kb(ours.bytes / ours.pages)} KB (goal ≤ 80 KB)`,
			...(starlight
				? [
						`Starlight time / ours (same chapters, whole build): ${(starlight.seconds / ours.seconds).toFixed(2)}× wall, ${(starlight.cpuSeconds / ours.cpuSeconds).toFixed(2)}× CPU (goal ≥ 2)`,
						`peak RSS ours / Starlight: ${(ours.rssMiB / starlight.rssMiB).toFixed(2)} (goal ≤ 1)`,
					]
				: []),
			...(hugo ? [`time per page ours / Hugo + Pagefind: ${(perPage(ours, 'seconds') / perPage(hugo, 'seconds')).toFixed(2)}× wall, ${(perPage(ours, 'cpuSeconds') / perPage(hugo, 'cpuSeconds')).toFixed(2)}× CPU (goal ≤ 4)`] : []),
		];
		console.log(`  ≈${size} pages: ${lines.join('; ')}`);
	}
	const [first, last] = [sizes[0]!, sizes.at(-1)!];
	if (first !== last) {
		const rate = (size: string, time: 'seconds' | 'cpuSeconds') => {
			const r = results.find((x) => x.size === size && x.name === 'this site, clean build')!;
			return r.pages / r[time];
		};
		const ratio = (time: 'seconds' | 'cpuSeconds') => (rate(last, time) / rate(first, time)).toFixed(2);
		console.log(`  pages/s at ≈${last} / at ≈${first}: ${ratio('seconds')} wall, ${ratio('cpuSeconds')} CPU (goal ≥ 0.75)`);
	}
}

ensureTools();
if (peers.includes('starlight')) ensureStarlight();
await mkdir(work, { recursive: true });
for (const size of sizes) {
	const { prefectures, scale } = presets[size]!;
	const corpus = path.join(work, `corpus-${size}`, 'content');
	const made = spawnSync(node, ['scripts/bench-corpus.ts', '--prefectures', String(prefectures), '--scale', String(scale), '--out', corpus], { encoding: 'utf8' });
	if (made.status !== 0) {
		console.error(made.stderr);
		process.exit(1);
	}
	console.log(`\n≈${size} pages: ${prefectures} prefectures × ${scale} (${made.stdout.trim()})`);
	await benchOurs(size, corpus);
	if (peers.includes('starlight') && Number(size) <= starlightMaxSize) await benchStarlight(size, corpus);
	else if (peers.includes('starlight')) console.log(`Starlight skipped above ≈${starlightMaxSize} pages: every page lists every page, so its output grows with the square of the corpus (171 MiB for 674 pages).`);
	if (peers.includes('hugo')) await benchHugo(size, corpus);
}
printRatios();
