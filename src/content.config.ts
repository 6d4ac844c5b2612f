import { defineCollection } from 'astro:content';
import { glob, type Loader } from 'astro/loaders';
import { contentDir, planPatterns } from './content-paths.ts';
import { chapterSchema } from './schemas/chapter.ts';
import { consultationSchema } from './schemas/consultation.ts';
import { glossarySchema } from './schemas/glossary.ts';
import { evaluationSchema } from './schemas/evaluation.ts';
import { indicatorSchema } from './schemas/indicator.ts';
import { planSchema } from './schemas/plan.ts';
import { themeSchema } from './schemas/theme.ts';

const plansBase = `${contentDir}/plans`;
const withoutExtension = (path: string) => path.replace(/\.[^./]+$/, '');
/** content/plans/<plan>/plan.yaml → id `<plan>` */
const plans = defineCollection({
	loader: glob({ pattern: planPatterns.plan, base: plansBase, generateId: ({ entry }) => entry.split('/')[0]! }),
	schema: planSchema,
});

/**
 * Markdown entries with their data and body only. The pages render the body
 * themselves (src/markdown/render-markdown.ts): rendered at content sync, a
 * chapter's HTML could go stale when only the files it links to change
 * (glossary terms, other plans' themes); and with Astro's deferred rendering
 * every file becomes a module of the build's bundle, whose memory and time
 * grow with the number of chapters.
 */
function markdownEntries(options: Omit<Parameters<typeof glob>[0], 'deferRender'>): Loader {
	// deferRender keeps the glob loader from rendering; the proxy drops what would make each file a module.
	const loader = glob({ ...options, deferRender: true });
	return {
		...loader,
		load: (context) => {
			const store = new Proxy(context.store, {
				get(target, key) {
					if (key === 'set') return ({ deferredRender: _, ...entry }: Parameters<typeof target.set>[0]) => target.set(entry);
					if (key === 'addModuleImport') return () => {};
					const value: unknown = Reflect.get(target, key);
					return typeof value === 'function' ? value.bind(target) : value;
				},
			});
			return loader.load({ ...context, store });
		},
	};
}

/** content/plans/<plan>/<chapter>.md → id `<plan>/<chapter>` */
const chapters = defineCollection({
	loader: markdownEntries({ pattern: [...planPatterns.chapter], base: plansBase, generateId: ({ entry }) => withoutExtension(entry) }),
	schema: chapterSchema,
});

/** Files in a folder of each plan (content/plans/<plan>/<folder>/<file>.md) → id `<plan>/<file>` */
const planFolderLoader = (pattern: string, folder: string) =>
	markdownEntries({ pattern, base: plansBase, generateId: ({ entry }) => withoutExtension(entry).replace(`/${folder}/`, '/') });

/** Files of a top-level content folder (content/<folder>/<file>.md) → id `<file>` */
const folderLoader = (folder: string) => markdownEntries({ pattern: '*.md', base: `${contentDir}/${folder}`, generateId: ({ entry }) => withoutExtension(entry) });

const indicators = defineCollection({ loader: planFolderLoader(planPatterns.indicator, 'indicators'), schema: indicatorSchema });
const evaluations = defineCollection({ loader: planFolderLoader(planPatterns.evaluation, 'evaluations'), schema: evaluationSchema });
const glossary = defineCollection({ loader: folderLoader('glossary'), schema: glossarySchema });
const themes = defineCollection({ loader: folderLoader('themes'), schema: themeSchema });
const consultations = defineCollection({ loader: folderLoader('consultations'), schema: consultationSchema });

export const collections = { plans, chapters, indicators, evaluations, glossary, themes, consultations };
