/** sitemap.xml and robots.txt: every published page as an absolute URL (origin + deployment base). */
import { routeOfPath } from './routes.ts';

/** Text or an attribute value safe inside XML (sitemap, Atom feed). */
export const escapeXml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** The site URL of a built HTML file (`plans/a/index.html` → `/base/plans/a/`). */
export const pageUrlOfFile = (file: string, base: string) => `${base}${file.split('\\').join('/').replace(/(^|\/)index\.html$/, '$1')}`;

/** Pages a sitemap lists: every page but the not-found page and the plans' print pages (not for search engines: PlanPrint). */
export const isSitemapPage = (file: string, base: string) => file.endsWith('.html') && file !== '404.html' && routeOfPath(pageUrlOfFile(file, base))?.name !== 'planPrint';

export function sitemapXml(urls: string[]): string {
	return [
		'<?xml version="1.0" encoding="utf-8"?>',
		'<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">',
		...[...urls].sort().map((url) => `<url><loc>${escapeXml(url)}</loc></url>`),
		'</urlset>',
		'',
	].join('\n');
}

export function robotsTxt(sitemapUrl: string): string {
	return `User-agent: *\nAllow: /\n\nSitemap: ${sitemapUrl}\n`;
}
