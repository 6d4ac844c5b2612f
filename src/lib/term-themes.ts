/**
 * Glossary terms and themes that go by one name: a term's heading or alias that is a theme's title or one of its
 * 「計画での呼び方」 (compared as glossary names are: ＫＰＩ is KPI). The term page offers the theme, which lays the
 * prefectures' plans side by side; the theme page links those names to their definitions.
 */
import { nameKey } from './term-matcher.ts';

interface NamedTheme {
	data: { title: string; aliases: readonly string[] };
}

/** The themes one of these names (a term's) names, in the order given. */
export function themesNamedBy<T extends NamedTheme>(names: readonly string[], themes: readonly T[]): T[] {
	const keys = new Set(names.map(nameKey));
	return themes.filter((theme) => [theme.data.title, ...theme.data.aliases].some((name) => keys.has(nameKey(name))));
}

/** The glossary term a name is the heading or an alias of, if any. */
export function termNamedBy(terms: ReadonlyArray<{ id: string; names: readonly string[] }>): (name: string) => string | undefined {
	const byName = new Map(terms.flatMap((term) => term.names.map((name) => [nameKey(name), term.id] as const)));
	return (name) => byName.get(nameKey(name));
}
