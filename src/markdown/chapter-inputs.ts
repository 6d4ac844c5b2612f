/**
 * What a chapter's rendering reads besides its own Markdown: the parts of
 * the site's link context that the page plugins (pipeline.ts) look up for
 * this chapter. Two builds that give a chapter the same Markdown and the same
 * inputs give it the same HTML, so a rebuild can reuse the earlier rendering
 * (render-markdown.ts). A plugin that starts reading something else from the
 * link context must add it here: tests/unit/chapter-inputs.test.ts changes
 * each kind of context a plugin reads and checks that the inputs change
 * whenever the HTML does.
 */
import { createHash } from 'node:crypto';
import type { LinkContext } from '../lib/link-context.ts';
import { withBase } from '../lib/routes.ts';

/** Inputs every chapter shares (glossary, plan: targets, links' base path), as a hash: computed once per link context. */
const siteInputsOf = new WeakMap<LinkContext, string>();

function siteInputs(context: LinkContext): string {
	if (!siteInputsOf.has(context)) {
		siteInputsOf.set(
			context,
			createHash('sha256').update(JSON.stringify({
				base: withBase('/'),
				termNames: context.glossaryLinks.matcher.names,
				terms: [...context.glossaryLinks.terms],
				planLinks: [...context.planLinks].map(([plan, chapters]) => [plan, [...chapters].map(([chapter, sections]) => [chapter, [...sections]])]),
				omittedPlans: [...context.omittedPlans],
			})).digest('hex'),
		);
	}
	return siteInputsOf.get(context)!;
}

/** The chapter's inputs as one string: its sections' themes, 他県の計画では, この箇所の指標, the opinions about it and its sections, and the site's shared inputs. */
export function chapterInputs(context: LinkContext, planId: string, chapterId: string): string {
	const { crossLinks, indicators, opinions } = context;
	const sections = [...(context.planLinks.get(planId)?.get(chapterId) ?? [])].map((id) => {
		const themes = crossLinks.sectionThemes(planId, chapterId, id);
		return {
			id,
			themes: themes.map((t) => crossLinks.theme(t)?.data ?? null),
			related: crossLinks.related(planId, chapterId, id),
			indicators: indicators.bySection(planId, chapterId, id),
			opinions: opinions.at(planId, chapterId, id),
		};
	});
	return `${siteInputs(context)}\n${JSON.stringify({ opinions: opinions.at(planId, chapterId), sections })}`;
}
