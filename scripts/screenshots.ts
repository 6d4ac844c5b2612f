/**
 * `npm run screenshots`: writes PNGs of each page type at 360px and 1280px
 * into screenshots/, for reviewing changes. Needs a built dist/ and Chromium.
 */
import { mkdir } from 'node:fs/promises';
import { launchBrowser, servePreview } from './support/browser.ts';

const pages: Record<string, string> = {
	home: '/',
	'plan-list': '/plans/',
	'prefecture-list': '/prefectures/',
	prefecture: '/prefectures/07/',
	plan: '/plans/fukushima-dx-2022/',
	chapter: '/plans/fukushima-dx-2022/ch3/',
	indicators: '/plans/fukushima-dx-2022/indicators/',
	evaluation: '/plans/toyama-dx-evaluation-2023/indicators/',
	'indicator-list': '/indicators/',
	'compare-list': '/indicators/compare/',
	'indicator-compare': '/indicators/compare/sme-digitalization-rate/',
	'open-data': '/data/',
	glossary: '/glossary/',
	term: '/glossary/open-data/',
	search: '/search/?q=オープンデータ',
	themes: '/themes/',
	theme: '/themes/administrative-dx/',
	'theme-compare': '/themes/compare/',
	print: '/plans/fukushima-dx-2022/print/',
	consultations: '/consultations/',
	consultation: '/consultations/mie-dx-plan-revision-2022/',
	accessibility: '/accessibility/',
	'not-found': '/404.html',
};

await mkdir('screenshots', { recursive: true });
const server = await servePreview('dist');
const browser = await launchBrowser();
try {
	for (const width of [360, 1280]) {
		const page = await browser.newPage({ viewport: { width, height: 900 } });
		for (const [name, pathname] of Object.entries(pages)) {
			await page.goto(server.url(pathname), { waitUntil: 'networkidle' });
			await page.screenshot({ path: `screenshots/${name}-${width}.png`, fullPage: name !== 'chapter' });
			console.log(`screenshots/${name}-${width}.png`);
		}
		await page.close();
	}
} finally {
	await browser.close();
	await server.stop();
}
