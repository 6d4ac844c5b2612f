/**
 * Each name a glossary term or alias gives must lead to one term: the chapters' words are linked by name.
 * Two terms of one name are one concept in two files; a name that is one entry's alias and another's
 * term or alias may be either, so each file it is in is told, with the other, and how to choose.
 */
import type { GlossaryEntry } from '../../schemas/glossary.ts';
import { messages } from '../messages.ts';
import { nameKey } from '../term-matcher.ts';
import type { ContentFile, Report } from './check-content.ts';

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
