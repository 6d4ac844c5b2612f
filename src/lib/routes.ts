/** Every URL the site generates, in one place. Paths carry the deployment base (BASE_PATH). */

// Vite provides BASE_URL in pages; Node (astro.config, scripts) reads the same BASE_PATH setting.
const base = (import.meta.env?.BASE_URL ?? globalThis.process?.env.BASE_PATH ?? '/').replace(/\/?$/, '/').replace(/^\/?/, '/');

/** Prefixes a site-absolute path with the deployment base: `/plans/` → `/sub/plans/`. */
export const withBase = (path: string) => `${base}${path.replace(/^\//, '')}`;

export const routes = {
	home: () => withBase('/'),
	plan: (planId: string) => withBase(`/plans/${planId}/`),
	chapter: (planId: string, chapterId: string) => withBase(`/plans/${planId}/${chapterId}/`),
	planPrint: (planId: string) => withBase(`/plans/${planId}/print/`),
	planIndicators: (planId: string) => withBase(`/plans/${planId}/indicators/`),
	/** One indicator on its plan's indicator page. */
	indicator: (planId: string, anchor: string) => withBase(`/plans/${planId}/indicators/#${anchor}`),
	indicators: () => withBase('/indicators/'),
	metric: (key: string) => withBase(`/indicators/compare/${key}/`),
	openData: () => withBase('/data/'),
	/** Open-data files: `indicators.csv`, `indicators.json`, `plans/<plan>/indicators.csv` … */
	dataFile: (name: string) => withBase(`/data/${name}`),
	glossary: () => withBase('/glossary/'),
	term: (termId: string) => withBase(`/glossary/${termId}/`),
	search: () => withBase('/search/'),
	themes: () => withBase('/themes/'),
	theme: (themeId: string) => withBase(`/themes/${themeId}/`),
	compare: () => withBase('/themes/compare/'),
	accessibility: () => withBase('/accessibility/'),
	consultations: () => withBase('/consultations/'),
	consultation: (id: string) => withBase(`/consultations/${id}/`),
	consultationResults: (id: string) => withBase(`/consultations/${id}/results/`),
	planChanges: (planId: string) => withBase(`/plans/${planId}/changes/`),
	chapterChanges: (planId: string, chapterId: string) => withBase(`/plans/${planId}/changes/${chapterId}/`),
} as const;
