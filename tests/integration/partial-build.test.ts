/**
 * Builds of part of the content. One prefecture's plans (ONLY_PREFECTURES):
 * only its plans are published, and links to plans left out become plain
 * text rather than broken links. Files marked `publish: false`: left out,
 * named in the build report, their 【要記入】 only warned about.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { cp, mkdir, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fromHtml } from 'hast-util-from-html';
import { selectAll } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildSite } from '../support/build-site.ts';
import { consultationFixture } from '../support/consultation-fixture.ts';
import { contentWithOverlay, validContent } from '../support/content-fixture.ts';

let dist: string;
let output: string;
const page = (pathname: string) => fromHtml(readFileSync(path.join(dist, pathname, 'index.html'), 'utf8'));
/** The plans a site has pages for: the folders beside the plan list's index.html. */
const planFolders = (site: string) => readdirSync(path.join(site, 'plans'), { withFileTypes: true }).filter((entry) => entry.isDirectory()).map((entry) => entry.name);

beforeAll(async () => {
	dist = path.join(await mkdtemp(path.join(tmpdir(), 'prefplan-only07-')), 'dist');
	const result = buildSite(validContent, dist, { ONLY_PREFECTURES: '07' });
	output = result.output;
	expect(result.status, result.output).toBe(0);
}, 240_000);

describe('a build of one prefecture', () => {
	it('stops on a code that is not a prefecture’s, instead of building a site without plans', async () => {
		const mistyped = path.join(await mkdtemp(path.join(tmpdir(), 'prefplan-only7-')), 'dist');
		const result = buildSite(validContent, mistyped, { ONLY_PREFECTURES: '7' });
		expect(result.status).toBe(1);
		expect(result.output).toContain('ONLY_PREFECTURES の「7」は都道府県コードではありません');
		expect(existsSync(mistyped)).toBe(false);
	}, 240_000);

	it('publishes only that prefecture’s plans, with no broken links', () => {
		expect(planFolders(dist)).toEqual(['sample-plan']);
		expect(texts('', 'tbody th')).toEqual(['福島県']);
		expect(texts('plans', 'tbody th')).toEqual(['福島県']);
		expect(texts('prefectures', 'main li')).toEqual(['福島県（計画1件）']);
		expect(output).toContain('リンク切れ 0');
		// Themes and terms of the other prefectures' plans are not this build's to tidy: counted, not listed.
		expect(output).not.toContain('2都道府県未満のテーマ');
		expect(output).toMatch(/本文で使われていない用語 \d+）/);
	});

	it('keeps the text of a plan: link to a plan left out, without the link', () => {
		const ch2 = page('plans/sample-plan/ch2');
		expect(toString(ch2)).toContain('他県の例: 千葉県の戦略期間。');
		expect(selectAll('a', ch2).map((a) => String(a.properties.href))).not.toContainEqual(expect.stringContaining('other-plan'));
	});

	it('names a glossary source plan that is left out without linking to it', () => {
		const sources = selectAll('main p.muted', page('glossary/ai')).filter((p) => toString(p).trim().startsWith('出典'));
		expect(sources.map((p) => toString(p).trim())).toEqual(['出典: 福島県 テスト用デジタル推進計画（編集部による名称）の用語解説', '出典: 「千葉県テスト用DX推進戦略」の用語解説']);
		expect(selectAll('a', sources[1]!)).toEqual([]);
	});

	it('compares themes only among the plans it publishes', () => {
		expect(texts('themes/administrative-dx', '.prefecture-column h2')).toEqual(['福島県']);
	});
});

function texts(pathname: string, selector: string) {
	return selectAll(selector, page(pathname)).map((n) => toString(n).trim());
}

describe('a build with files marked publish: false', () => {
	let site: string;
	let report: string;
	const unpublished = async (file: string, edit = (text: string) => text) => {
		const text = await readFile(file, 'utf8');
		await writeFile(file, edit(file.endsWith('.yaml') ? `publish: false\n${text}` : text.replace(/^---\n/, '---\npublish: false\n')));
	};

	beforeAll(async () => {
		const content = path.join(await contentWithOverlay(), 'content');
		// A plan being written (a copy of a published one, under another id), a term and a consultation.
		const plan = path.join(content, 'plans/unpublished-plan');
		await cp(path.join(content, 'plans/other-plan'), plan, { recursive: true });
		await unpublished(path.join(plan, 'plan.yaml'));
		for (const file of readdirSync(plan, { recursive: true }).map(String).filter((f) => f.endsWith('.md'))) {
			await writeFile(path.join(plan, file), (await readFile(path.join(plan, file), 'utf8')).replace(/^plan: other-plan$/m, 'plan: unpublished-plan'));
		}
		const chapter = path.join(plan, readdirSync(plan).find((f) => f.endsWith('.md'))!);
		await writeFile(chapter, `${await readFile(chapter, 'utf8')}\n【要記入】この節の本文（草稿）\n`);
		await unpublished(path.join(content, 'glossary/cloud-service.md'));
		await mkdir(path.join(content, 'consultations'), { recursive: true });
		await cp(path.join(consultationFixture, 'content/consultations/other-open.md'), path.join(content, 'consultations/other-open.md'));
		await unpublished(path.join(content, 'consultations/other-open.md'));

		site = path.join(await mkdtemp(path.join(tmpdir(), 'prefplan-unpublished-')), 'dist');
		const result = buildSite(content, site);
		report = result.output;
		expect(result.status, result.output).toBe(0);
	}, 240_000);

	it('leaves them out of the site and says so in the build report', () => {
		expect(planFolders(site).sort()).toEqual(['other-plan', 'sample-plan']);
		expect(existsSync(path.join(site, 'glossary/cloud-service'))).toBe(false);
		expect(existsSync(path.join(site, 'glossary/open-data'))).toBe(true);
		expect(existsSync(path.join(site, 'consultations/other-open'))).toBe(false);
		expect(readFileSync(path.join(site, 'glossary/index.html'), 'utf8')).not.toContain('クラウドサービス');
		expect(readFileSync(path.join(site, 'search-terms.json'), 'utf8')).not.toContain('クラウドサービス');
		// The readings of kanji words are taken from the published pages only: nothing of a draft.
		const readings = readdirSync(path.join(site, 'search-readings')).map((file) => readFileSync(path.join(site, 'search-readings', file), 'utf8'));
		expect(readings.flatMap((text) => Object.values(JSON.parse(text) as Record<string, string[]>).flat())).toContain('行政手続');
		expect(readings.join('')).not.toContain('草稿');
		expect(report).toContain('公開していないファイル（publish: false）: 計画 unpublished-plan／用語 cloud-service／意見募集 other-open');
		expect(report).toContain('リンク切れ 0');
		expect(Object.keys(JSON.parse(readFileSync(path.join(site, 'heading-ids.json'), 'utf8')))).not.toContainEqual(expect.stringContaining('unpublished-plan'));
	});

	it('warns about what is left to fill in them without stopping the build', () => {
		expect(report).toMatch(/plans\/unpublished-plan\/[\w-]+\.md:\d+: （警告）雛形の「【要記入】」が残っています（publish: false なので公開はされません）/);
	});
});
