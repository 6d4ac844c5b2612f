/** Every URL the site generates, in one place. Paths carry the deployment base (BASE_PATH). */

// Vite provides BASE_URL in pages; Node (astro.config, scripts) reads the same BASE_PATH setting.
const base = (import.meta.env?.BASE_URL ?? globalThis.process?.env.BASE_PATH ?? '/').replace(/\/?$/, '/').replace(/^\/?/, '/');

/** Prefixes a site-absolute path with the deployment base: `/plans/` → `/sub/plans/`. */
export const withBase = (path: string) => `${base}${path.replace(/^\//, '')}`;

export const routes = {
	home: () => withBase('/'),
	prefecture: (code: string) => withBase(`/prefectures/${code}/`),
	plan: (planId: string) => withBase(`/plans/${planId}/`),
	chapter: (planId: string, chapterId: string) => withBase(`/plans/${planId}/${chapterId}/`),
	planPrint: (planId: string) => withBase(`/plans/${planId}/print/`),
	planIndicators: (planId: string) => withBase(`/plans/${planId}/indicators/`),
	glossary: () => withBase('/glossary/'),
	term: (termId: string) => withBase(`/glossary/${termId}/`),
	search: (params?: Record<string, string>) => withBase(`/search/${params ? `?${new URLSearchParams(params)}` : ''}`),
	themes: () => withBase('/themes/'),
	theme: (themeId: string) => withBase(`/themes/${themeId}/`),
	/** One prefecture's sections on a theme, when the theme page shows only the first few. */
	themePrefecture: (themeId: string, code: string) => withBase(`/themes/${themeId}/${code}/`),
	compare: () => withBase('/themes/compare/'),
	accessibility: () => withBase('/accessibility/'),
} as const;
