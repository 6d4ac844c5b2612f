/**
 * A build of one prefecture's plans (ONLY_PREFECTURES): only its plans are
 * published, and links to plans left out become plain text rather than
 * broken links.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fromHtml } from 'hast-util-from-html';
import { selectAll } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildSite } from '../support/build-site.ts';
import { validContent } from '../support/content-fixture.ts';

let dist: string;
let output: string;
const page = (pathname: string) => fromHtml(readFileSync(path.join(dist, pathname, 'index.html'), 'utf8'));

beforeAll(async () => {
	dist = path.join(await mkdtemp(path.join(tmpdir(), 'prefplan-only07-')), 'dist');
	const result = buildSite(validContent, dist, { ONLY_PREFECTURES: '07' });
	output = result.output;
	expect(result.status, result.output).toBe(0);
}, 240_000);

describe('a build of one prefecture', () => {
	it('publishes only that prefecture’s plans, with no broken links', () => {
		expect(readdirSync(path.join(dist, 'plans'))).toEqual(['sample-plan']);
		expect(texts('', 'tbody th')).toEqual(['福島県']);
		expect(output).toContain('リンク切れ 0');
	});

	it('keeps the text of a plan: link to a plan left out, without the link', () => {
		const ch2 = page('plans/sample-plan/ch2');
		expect(toString(ch2)).toContain('他県の例: 千葉県の戦略期間。');
		expect(selectAll('a', ch2).map((a) => String(a.properties.href))).not.toContainEqual(expect.stringContaining('other-plan'));
	});

	it('names a glossary source plan that is left out without linking to it', () => {
		const sources = selectAll('main p.muted', page('glossary/ai')).filter((p) => toString(p).startsWith('出典'));
		expect(sources.map((p) => toString(p))).toEqual(['出典: 「福島県 テスト用デジタル推進計画」の用語解説', '出典: 「千葉県テスト用DX推進戦略」の用語解説']);
		expect(selectAll('a', sources[1]!)).toEqual([]);
	});

	it('compares themes only among the plans it publishes', () => {
		expect(texts('themes/administrative-dx', '.prefecture-column h2')).toEqual(['福島県']);
	});
});

function texts(pathname: string, selector: string) {
	return selectAll(selector, page(pathname)).map((n) => toString(n).trim());
}
