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
/**
 * Markdown is rendered when a page needs it, not cached at content sync: a
 * chapter's HTML depends on other files too (glossary terms, other plans'
 * themes), so a cached rendering could go stale when only those change.
 */
const deferRender = true;

/** content/plans/<plan>/plan.yaml → id `<plan>` */
const plans = defineCollection({
	loader: glob({ pattern: planPatterns.plan, base: plansBase, generateId: ({ entry }) => entry.split('/')[0]! }),
	schema: planSchema,
});

/**
 * Entries with their data and Markdown body only. Astro would otherwise
 * compile every file into a module of the build's bundle, whose memory and
 * time grow with the number of chapters; chapter pages render the body
 * themselves (src/markdown/render-chapter.ts).
 */
function bodyOnly(loader: Loader): Loader {
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
	loader: bodyOnly(glob({ pattern: [...planPatterns.chapter], base: plansBase, generateId: ({ entry }) => withoutExtension(entry), deferRender })),
	schema: chapterSchema,
});

/** Files in a folder of each plan (content/plans/<plan>/<folder>/<file>.md) → id `<plan>/<file>` */
const planFolderLoader = (pattern: string, folder: string) =>
	glob({ pattern, base: plansBase, generateId: ({ entry }) => withoutExtension(entry).replace(`/${folder}/`, '/'), deferRender });

/** Files of a top-level content folder (content/<folder>/<file>.md) → id `<file>` */
const folderLoader = (folder: string) => glob({ pattern: '*.md', base: `${contentDir}/${folder}`, generateId: ({ entry }) => withoutExtension(entry), deferRender });

const indicators = defineCollection({ loader: planFolderLoader(planPatterns.indicator, 'indicators'), schema: indicatorSchema });
const evaluations = defineCollection({ loader: planFolderLoader(planPatterns.evaluation, 'evaluations'), schema: evaluationSchema });
const glossary = defineCollection({ loader: folderLoader('glossary'), schema: glossarySchema });
const themes = defineCollection({ loader: folderLoader('themes'), schema: themeSchema });
const consultations = defineCollection({ loader: folderLoader('consultations'), schema: consultationSchema });

export const collections = { plans, chapters, indicators, evaluations, glossary, themes, consultations };
