/** What the glossary-term plugin needs to know about each term, from glossary and plan records. */
import { markdownToPlainText } from '../markdown/plain-text.ts';
import { excerpt } from './excerpts.ts';
import type { GlossaryTermInfo } from '../markdown/remark-glossary-terms.ts';
import type { GlossaryEntry } from '../schemas/glossary.ts';
import type { Plan } from '../schemas/plan.ts';
import { routes } from './routes.ts';
import { planLinkPrefix } from './plan-links.ts';
import { createTermMatcher, type TermMatcher } from './term-matcher.ts';

const summaryLength = 120;

/** Words by which a plan's definition means its own prefecture: said beside it, as another prefecture's residents read it too. */
const ownPrefectureWord = /本県|当県/;

/** Whose definition it is, as the glossary, its tips and the search say it. */
function sourceLabel(source: GlossaryEntry['source'], text: string, prefectureOf: ReadonlyMap<string, string>): string {
	if (!('plan' in source)) return '編集部による解説';
	const prefecture = prefectureOf.get(source.plan) ?? '';
	const ownWord = ownPrefectureWord.exec(text)?.[0];
	return `${prefecture}の計画の${source.section ? '本文' : '用語解説'}より${ownWord && prefecture ? `。文中の「${ownWord}」は${prefecture}` : ''}`;
}

/** Whether a term's `notUsedIn` (places as `<plan>/<chapter>#<section>`, or a whole `<plan>/<chapter>`) holds this section. */
export const notUsedAt = (notUsedIn: readonly string[], planId: string, chapterId: string, sectionId: string) =>
	notUsedIn.includes(`${planId}/${chapterId}`) || notUsedIn.includes(`${planId}/${chapterId}#${sectionId}`);

/** The part of a chapter a section's terms are linked once in: its top-level section, with the sections under it. */
export const termLinkPart = (section: { id: string; parents: readonly string[] }) => section.parents[0] ?? section.id;

/**
 * The terms a chapter's text links in each of its places (the text before the first heading, then each section, in
 * document order): each term once in a part (a top-level section with the sections under it, or the text before the
 * first heading), where it is first used, unless notUsedIn keeps it out of that section. The glossary-term plugin
 * links so as it walks the text; the term pages point to those uses.
 */
export function termsLinkedByPlace(
	places: ReadonlyArray<{ id: string; part: string; termText: string }>,
	termsIn: (text: string) => string[],
	usedAt: (termId: string, sectionId: string) => boolean,
): Map<string, Set<string>> {
	const linkedInPart = new Map<string, Set<string>>();
	const linked = new Map<string, Set<string>>();
	for (const place of places) {
		const inPart = linkedInPart.get(place.part) ?? new Set<string>();
		linkedInPart.set(place.part, inPart);
		const here = new Set(termsIn(place.termText).filter((termId) => !inPart.has(termId) && usedAt(termId, place.id)));
		for (const termId of here) inPart.add(termId);
		linked.set(place.id, here);
	}
	return linked;
}

export interface GlossaryLinks {
	matcher: TermMatcher;
	terms: Map<string, GlossaryTermInfo>;
	/** Terms related to a term: those its definition uses and those whose definitions use it. */
	related: (termId: string) => string[];
}

export function glossaryLinks(
	glossary: Array<{ id: string; data: GlossaryEntry; body: string }>,
	plans: Array<{ id: string; data: Plan }>,
): GlossaryLinks {
	const prefectureOf = new Map(plans.map((p) => [p.id, p.data.prefecture.name]));
	const terms = new Map<string, GlossaryTermInfo>();
	const definitions = new Map<string, string>();
	for (const entry of glossary) {
		const text = markdownToPlainText(entry.body);
		definitions.set(entry.id, text);
		const source = entry.data.source;
		terms.set(entry.id, {
			term: entry.data.term,
			url: routes.term(entry.id),
			summary: excerpt(text, summaryLength),
			sourceLabel: sourceLabel(source, text, prefectureOf),
			// A plain object, as the render cache's key is written with JSON (chapter-inputs.ts).
			ofPlan: Object.fromEntries(
				entry.data.otherDefinitions.flatMap((other) => {
					if (!('plan' in other.source)) return [];
					const otherText = markdownToPlainText(other.text);
					return [[other.source.plan, { summary: excerpt(otherText, summaryLength), sourceLabel: sourceLabel(other.source, otherText, prefectureOf) }] as const];
				}),
			),
			notUsedIn: entry.data.notUsedIn.map((place) => place.slice(planLinkPrefix.length)),
		});
	}
	const matcher = createTermMatcher(glossary.map((g) => ({ id: g.id, names: [g.data.term, ...g.data.aliases], notIn: g.data.notIn })));
	const uses = new Map([...definitions].map(([id, text]) => [id, new Set(matcher.find(text).map((m) => m.termId))]));
	// Either definition using the other's name, or the editors pairing them (`related`, either way).
	const paired = new Map(glossary.map((g) => [g.id, new Set(g.data.related)]));
	const relatedBy = (a: string, b: string) => uses.get(a)?.has(b) || paired.get(a)?.has(b);
	const related = (termId: string) => glossary.map((g) => g.id).filter((id) => id !== termId && (relatedBy(termId, id) || relatedBy(id, termId)));
	return { matcher, terms, related };
}
