/**
 * The content check's link verdicts held against a built site (built without
 * BASE_PATH): a link to any page the build wrote, or to any id on it, must
 * never be reported missing.
 */
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { Parser } from 'htmlparser2';
import { readContent } from '../../src/lib/content-check/check-content.ts';
import { linkTargets, missingTarget } from '../../src/lib/content-check/content-links.ts';
import { routeOfPath } from '../../src/lib/routes.ts';
import { pageUrlOfFile } from '../../src/lib/sitemap.ts';

function idsOf(html: string): string[] {
	const ids: string[] = [];
	new Parser({ onopentag: (_name, attributes) => attributes.id !== undefined && ids.push(attributes.id) }).end(html);
	return ids;
}

export interface BuiltSiteVerdicts {
	/** Links to pages or ids the site has that the check says are missing. */
	reported: string[];
	/** Pages and ids whose existence the check decided (not left to the build). */
	decided: number;
}

export async function checkVerdictsOnBuiltSite(dist: string, contentDir: string): Promise<BuiltSiteVerdicts> {
	const { content } = await readContent(contentDir);
	const targets = linkTargets(content);
	const reported: string[] = [];
	let decided = 0;
	for (const file of readdirSync(dist, { recursive: true }).map(String).filter((f) => f.endsWith('.html'))) {
		const page = pageUrlOfFile(file, '/');
		const route = routeOfPath(page);
		if (route && targets.page(route.name, route.ids) === true) decided++;
		for (const url of [page, ...idsOf(readFileSync(path.join(dist, file), 'utf8')).map((id) => `${page}#${encodeURIComponent(id)}`)]) {
			if (missingTarget(url, '/', targets)) reported.push(url);
			const fragment = decodeURIComponent(new URL(url, 'http://site.invalid').hash.slice(1));
			if (route && fragment && targets.fragment(route.name, route.ids, fragment) === true) decided++;
		}
	}
	return { reported, decided };
}
