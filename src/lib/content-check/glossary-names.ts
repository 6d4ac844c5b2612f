/**
 * Each name a glossary term or alias gives must lead to one term: the chapters' words are linked by name.
 * Two terms of one name are one concept in two files; a name that is one entry's alias and another's
 * term or alias may be either, so each file it is in is told, with the other, and how to choose.
 */
import type { GlossaryEntry } from '../../schemas/glossary.ts';
import { termLinkPart, termsLinkedByPlace } from '../glossary-links.ts';
import { messages } from '../messages.ts';
import { introSectionId } from '../page-ids.ts';
import { createTermMatcher, nameKey } from '../term-matcher.ts';
import type { ContentFile, ContentSnapshot, Report } from './check-content.ts';

interface NameUse {
	entry: ContentFile<GlossaryEntry>;
	name: string;
	/** Index in [term, ...aliases]: 0 is the term. */
	at: number;
}

export function checkGlossaryNames(glossary: ReadonlyArray<ContentFile<GlossaryEntry>>, report: Report, rel: (file: string) => string): void {
	const uses = new Map<string, NameUse[]>();
	for (const entry of glossary) {
		for (const [at, name] of [entry.data.term, ...entry.data.aliases].entries()) {
			const key = nameKey(name);
			const same = uses.get(key) ?? [];
			// The same name twice in one file leads to one term.
			if (!same.some((use) => use.entry === entry)) uses.set(key, [...same, { entry, name, at }]);
		}
	}
	const field = (use: NameUse) => (use.at === 0 ? ['term'] : ['aliases', use.at - 1]);
	for (const same of uses.values()) {
		if (same.length < 2) continue;
		if (same.every((use) => use.at === 0)) {
			for (const use of same.slice(1)) report(use.entry, field(use), messages.duplicateTerm(use.name, rel(same[0]!.entry.file)));
			continue;
		}
		for (const use of same) {
			const others = same.filter((other) => other !== use).map((other) => ({ file: rel(other.entry.file), asTerm: other.at === 0 }));
			report(use.entry, field(use), messages.glossaryNameTaken(use.name, use.at === 0, others));
		}
	}
}

/** Other entries whose names hold a name, from which on it reads as a general word (データ: オープンデータ, ビッグデータ, 官民データ). */
const generalWordAt = 3;

/**
 * Whether an alias is a part of its own term's name, a wider word (県庁 of スマート県庁), rather than one of the
 * forms the name gives (5G of 第5世代移動通信システム（5G）, DX of …：デジタル変革（DX）).
 */
function widerThanOwnTerm(term: string, aliasKey: string): boolean {
	return nameKey(term)
		.split(/[（）()：:「」\s]+/)
		.some((form) => form !== aliasKey && form.includes(aliasKey));
}

/**
 * A name that is part of several other entries' names is a general word (an alias データ), and so is an alias that
 * is part of its own term's name (県庁 of スマート県庁): the chapters would link it wherever it stands alone, in every
 * plan, each link claiming the word means this term. A warning, with where it would link; a term may be so named on
 * purpose.
 */
export function checkGeneralNames(content: Pick<ContentSnapshot, 'glossary' | 'chapters'>, report: Report): void {
	const named = content.glossary.map((entry) => ({ entry, names: [entry.data.term, ...entry.data.aliases] }));
	const general = named.flatMap(({ entry, names }) =>
		names.map(nameKey).flatMap((key, at): Array<NameUse & { key: string; holders: string[]; ownTerm?: string }> => {
			// A one-character name is never linked (createTermMatcher).
			if (key.length < 2) return [];
			// Each other entry by its name that holds this one (信頼性のある自由なデータ流通, not its term DFFT).
			const holders = named
				.filter((other) => other.entry !== entry)
				.flatMap((other) => other.names.find((name) => nameKey(name) !== key && nameKey(name).includes(key)) ?? []);
			if (holders.length >= generalWordAt) return [{ entry, name: names[at]!, at, key, holders }];
			return at > 0 && widerThanOwnTerm(entry.data.term, key) ? [{ entry, name: names[at]!, at, key, holders, ownTerm: entry.data.term }] : [];
		}),
	);
	if (general.length === 0) return;
	// Every entry, published or not: an unpublished one is checked before it is published.
	const matcher = createTermMatcher(content.glossary.map((e) => ({ id: e.id, names: [e.data.term, ...e.data.aliases], notIn: e.data.notIn })));
	for (const { entry, name, at, key, holders, ownTerm } of general) {
		const plans = new Set<string>();
		let places = 0;
		for (const chapter of content.chapters) {
			const texts = [...(chapter.intro ? [{ id: introSectionId, part: introSectionId, termText: chapter.intro.termText }] : []), ...chapter.sections.map((s) => ({ id: s.id, part: termLinkPart(s), termText: s.termText }))];
			// Linked as the pages link terms (once in each part), and by this name: where the term's first use there is it.
			const linked = termsLinkedByPlace(texts, (text) => matcher.find(text).map((m) => m.termId), () => true);
			for (const { id, termText } of texts) {
				if (!linked.get(id)!.has(entry.id) || nameKey(matcher.find(termText).find((m) => m.termId === entry.id)!.text) !== key) continue;
				places += 1;
				plans.add(chapter.planId);
			}
		}
		report(entry, at === 0 ? ['term'] : ['aliases', at - 1], messages.generalGlossaryName(name, at === 0, holders, places, plans.size, ownTerm), 'warning');
	}
}
