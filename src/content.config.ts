import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { contentDir, planPatterns } from './content-paths.ts';
import { chapterSchema } from './schemas/chapter.ts';
import { glossarySchema } from './schemas/glossary.ts';
import { indicatorTableSchema } from './schemas/indicator.ts';
import { planSchema } from './schemas/plan.ts';

const plansBase = `${contentDir}/plans`;
const withoutExtension = (path: string) => path.replace(/\.[^./]+$/, '');

/** content/plans/<plan>/plan.yaml → id `<plan>` */
const plans = defineCollection({
	loader: glob({ pattern: planPatterns.plan, base: plansBase, generateId: ({ entry }) => entry.split('/')[0]! }),
	schema: planSchema,
});

/** content/plans/<plan>/<chapter>.md → id `<plan>/<chapter>` */
const chapters = defineCollection({
	loader: glob({ pattern: [...planPatterns.chapter], base: plansBase, generateId: ({ entry }) => withoutExtension(entry) }),
	schema: chapterSchema,
});

/** content/plans/<plan>/indicators/<table>.md → id `<plan>/<table>` */
const indicators = defineCollection({
	loader: glob({
		pattern: planPatterns.indicator,
		base: plansBase,
		generateId: ({ entry }) => withoutExtension(entry).replace('/indicators/', '/'),
	}),
	schema: indicatorTableSchema,
});

/** content/glossary/<term>.md → id `<term>` */
const glossary = defineCollection({
	loader: glob({ pattern: '*.md', base: `${contentDir}/glossary`, generateId: ({ entry }) => withoutExtension(entry) }),
	schema: glossarySchema,
});

export const collections = { plans, chapters, indicators, glossary };
