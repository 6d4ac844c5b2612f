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

/** content/plans/<plan>/indicators/<indicator>.md → id `<plan>/<indicator>` */
const indicators = defineCollection({
	loader: glob({
		pattern: planPatterns.indicator,
		base: plansBase,
		generateId: ({ entry }) => withoutExtension(entry).replace('/indicators/', '/'),
		deferRender,
	}),
	schema: indicatorSchema,
});

/** content/plans/<plan>/evaluations/<table>.md → id `<plan>/<table>` */
const evaluations = defineCollection({
	loader: glob({
		pattern: planPatterns.evaluation,
		base: plansBase,
		generateId: ({ entry }) => withoutExtension(entry).replace('/evaluations/', '/'),
		deferRender,
	}),
	schema: evaluationSchema,
});

/** content/glossary/<term>.md → id `<term>` */
const glossary = defineCollection({
	loader: glob({ pattern: '*.md', base: `${contentDir}/glossary`, generateId: ({ entry }) => withoutExtension(entry), deferRender }),
	schema: glossarySchema,
});

/** content/themes/<theme>.md → id `<theme>` */
const themes = defineCollection({
	loader: glob({ pattern: '*.md', base: `${contentDir}/themes`, generateId: ({ entry }) => withoutExtension(entry), deferRender }),
	schema: themeSchema,
});

/** content/consultations/<id>.md → id `<id>` */
const consultations = defineCollection({
	loader: glob({ pattern: '*.md', base: `${contentDir}/consultations`, generateId: ({ entry }) => withoutExtension(entry), deferRender }),
	schema: consultationSchema,
});

export const collections = { plans, chapters, indicators, evaluations, glossary, themes, consultations };
