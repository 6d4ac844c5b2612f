/**
 * Links between the prefectures' plans through themes: which sections each
 * theme covers, per prefecture; what other prefectures say on a section's
 * themes; each prefecture's plan-structure roles side by side. Plain data in,
 * plain data out: used by the pages and by the Markdown plugin alike.
 */
import { excerpt } from './excerpts.ts';
import { notUsedAt, termLinkPart, termsLinkedByPlace } from './glossary-links.ts';
import { introSectionId, pageIds, termUseId } from './page-ids.ts';
import type { OutlineSection, OutlineText } from '../markdown/chapter-outline.ts';
import type { Chapter } from '../schemas/chapter.ts';
import type { Plan } from '../schemas/plan.ts';
import type { Theme } from '../schemas/theme.ts';
import { planFullName } from './plan-labels.ts';
import { regionOf } from './regions.ts';
import { chapterLabel } from './site-model.ts';
import type { TermMatcher } from './term-matcher.ts';

export interface CrossLinkPlan {
	id: string;
	prefecture: { name: string; code: string };
	/** The plan's display name (planFullName). */
	name: string;
}

export interface CrossLinkChapter {
	planId: string;
	id: string;
	/** 第１章 計画の策定 */
	label: string;
	/** Heading id → theme ids, as tagged by the author. */
	themes: Record<string, string[]>;
	sections: OutlineSection[];
	/** The text before the first heading, where terms may be used too. */
	intro?: OutlineText;
}

export interface SectionRef {
	planId: string;
	planName: string;
	prefecture: string;
	prefectureCode: string;
	chapterId: string;
	chapterLabel: string;
	sectionId: string;
	heading: string;
	/** Headings of the sections it is in, outermost first (「(1)スマート県庁推進」 for its 「課題」). */
	within: string[];
	/** The section's opening, for the theme pages and the comparison: a tagged section's only (a term's list of uses shows none). */
	excerpt: string;
}

/**
 * How a list names its sections: by heading, and where several share one (ten projects' 「課題」) by the
 * heading of the section each is in as well, and then by its chapter, so each link says where it goes
 * (WCAG 2.4.4). `trail` is the rest of where it is (its chapter, the sections it is in), for the line
 * under the link.
 */
export function sectionNames(sections: readonly SectionRef[]): Array<{ section: SectionRef; name: string; trail: string[] }> {
	const levels = sections.map((s) => {
		const parent = s.within.slice(-1);
		return [
			{ name: [s.heading], trail: [s.chapterLabel, ...s.within] },
			{ name: [...parent, s.heading], trail: [s.chapterLabel, ...s.within.slice(0, -1)] },
			{ name: [s.chapterLabel, ...parent, s.heading], trail: s.within.slice(0, -1) },
		].map(({ name, trail }) => ({ name: name.join(' › '), trail }));
	});
	const shared = (level: number, name: string) => levels.filter((l) => l[level]!.name === name).length > 1;
	return sections.map((section, i) => {
		const level = [0, 1].find((n) => !shared(n, levels[i]![n]!.name)) ?? 2;
		return { section, ...levels[i]![level]! };
	});
}

/**
 * A section a glossary term is used in, and the id on its page the term's
 * page links to: the term's first linked use there (termUseId), or the
 * section's heading where no text the page links holds it (the heading's
 * own text, a link). The text before a chapter's first heading is a place of
 * use too: its `sectionId` is introSectionId and its `heading` empty.
 */
export interface TermUse extends SectionRef {
	anchor: string;
	/** How the section writes the term (its name or an alias, as in the text: ＤＸ), each once. */
	forms: string[];
}

/**
 * What to search for to find the uses a term's page does not list: the form most of them write it in
 * (三重県's plan writes ＤＸ, not the entry's 「デジタル・トランスフォーメーション：デジタル変革（DX）」),
 * the first such when several are as common.
 */
export function commonForm(uses: readonly TermUse[]): string | undefined {
	const counts = new Map<string, number>();
	for (const form of uses.flatMap((use) => use.forms)) counts.set(form, (counts.get(form) ?? 0) + 1);
	let best: string | undefined;
	for (const [form, count] of counts) if (best === undefined || count > counts.get(best)!) best = form;
	return best;
}

export interface PrefectureSections {
	prefecture: string;
	code: string;
	sections: SectionRef[];
}

export interface ThemeCoverage {
	id: string;
	data: Theme;
	/** Every prefecture with a plan, in code order; `sections` is empty where no plan covers the theme. */
	byPrefecture: PrefectureSections[];
}

export interface RelatedGroup {
	theme: { id: string; title: string };
	/** Other prefectures on the theme, each with the section to link first (the first whose heading names the theme, else its first) and how many it has. */
	prefectures: Array<{ section: SectionRef; count: number }>;
	/** Sections of other prefectures on the theme, in all. */
	total: number;
}

/**
 * Prefectures listed per theme under a section. The list stays the same size
 * however many plans the site holds (a page must not grow with the site); the
 * theme page lists them all.
 */
export const relatedPrefectureLimit = 6;

const excerptLength = 90;

/**
 * A section's opening text; for one without text of its own (a goal over its projects), its subsections'
 * headings: the first subsection's text alone would pass for the whole section's (one project's
 * 「【総括】 C」 under a goal whose other project is graded B).
 */
function excerptOf(section: OutlineSection, sections: OutlineSection[]): string {
	const own = section.body.trim();
	return excerpt(own || sections.filter((s) => s.parents.at(-1) === section.id).map((s) => s.text).join(' ／ '), excerptLength);
}

/**
 * A section's excerpt for a part of a plan (a role theme) it holds among others: from the first line that
 * starts with the part's name, after a bullet at most, when that is not its first (「・計画期間・・・令和2年から…」 under 三重県's 推進計画,
 * after its 基本方針), so the comparison matrix shows the period in the 計画期間 row, not the section's
 * opening again. The section's own excerpt otherwise: a name in the middle of a line is a mention
 * (「千葉県の戦略期間」), not the part.
 */
function roleExcerpt(ref: SectionRef, ownText: string, names: readonly string[]): SectionRef {
	const lines = ownText.split('\n');
	const named = lines.findIndex((line) => names.some((name) => line.replace(/^[\s・●○■□◆◇▶▷-]+/, '').startsWith(name)));
	return named > 0 ? { ...ref, excerpt: excerpt(lines.slice(named).join('\n'), excerptLength) } : ref;
}

/**
 * A prefecture's section to link first on a theme (「他県の計画では」): the first whose heading names the theme (its
 * title or an alias: 「７ サイバーセキュリティの確保」), else its plan's first, which is often background
 * (「７ セキュリティリスクの増大」 in the chapter on the present state).
 */
function leadSection(sections: readonly SectionRef[], theme: ThemeCoverage): SectionRef {
	const names = [theme.data.title, ...theme.data.aliases];
	return sections.find((ref) => names.some((name) => ref.heading.includes(name))) ?? sections[0]!;
}

/** Appends to a list in a map (in place: these lists grow with the whole site). */
function addTo<T>(map: Map<string, T[]>, key: string, ...values: T[]): void {
	const list = map.get(key);
	if (list) list.push(...values);
	else map.set(key, values);
}

export function buildCrossLinks(input: {
	plans: CrossLinkPlan[];
	chapters: CrossLinkChapter[];
	themes: Array<{ id: string; data: Theme }>;
	/** Finds glossary terms in section text, for each term's places of use. */
	terms?: TermMatcher;
	/** Per term, places whose words look like it but are not it (glossary `notUsedIn`): not among its uses. */
	notUsedIn?: ReadonlyMap<string, readonly string[]>;
}) {
	const planById = new Map(input.plans.map((p) => [p.id, p]));
	const prefectures = [...new Map(input.plans.map((p) => [p.prefecture.code, p.prefecture.name])).entries()]
		.sort(([a], [b]) => a.localeCompare(b))
		.map(([code, name]) => ({ code, name }));
	const themes = [...input.themes].sort((a, b) => a.data.order - b.data.order || a.id.localeCompare(b.id));

	/** Every section, in plan → chapter → document order, with its own themes. */
	/** `body` is the heading and the section's own text: where its terms are looked for; `termText` is the part of it the page links terms in. */
	const all: Array<{ ref: SectionRef; themes: string[]; parents: string[]; body: string; termText: string; ownText: string }> = [];
	/** Where terms are used: each chapter's text before its first heading, then its sections; `part`: what a term is linked once in (termsLinkedByPlace). */
	const termPlaces: Array<{ ref: SectionRef; body: string; termText: string; part: string }> = [];
	for (const chapter of input.chapters) {
		const plan = planById.get(chapter.planId);
		if (!plan) continue;
		const headingOf = new Map(chapter.sections.map((s) => [s.id, s.text]));
		const refIn = (sectionId: string, heading: string, excerptText: string, parents: string[] = []): SectionRef => ({
			planId: plan.id,
			planName: plan.name,
			prefecture: plan.prefecture.name,
			prefectureCode: plan.prefecture.code,
			chapterId: chapter.id,
			chapterLabel: chapter.label,
			sectionId,
			heading,
			within: parents.map((id) => headingOf.get(id)!),
			excerpt: excerptText,
		});
		if (chapter.intro?.body.trim()) termPlaces.push({ ref: refIn(introSectionId, '', ''), ...chapter.intro, part: introSectionId });
		for (const section of chapter.sections) {
			const themed = (chapter.themes[section.id] ?? []).length > 0;
			const place = { ref: refIn(section.id, section.text, themed ? excerptOf(section, chapter.sections) : '', section.parents), body: `${section.text}\n${section.body}`, termText: section.termText };
			all.push({ ...place, themes: chapter.themes[section.id] ?? [], parents: section.parents, ownText: section.body.trim() });
			termPlaces.push({ ...place, part: termLinkPart(section) });
		}
	}
	const tagged = all.filter((s) => s.themes.length > 0);
	const sectionKey = (planId: string, chapterId: string, sectionId: string) => `${planId}/${chapterId}#${sectionId}`;
	const themesBySection = new Map(tagged.map((t) => [sectionKey(t.ref.planId, t.ref.chapterId, t.ref.sectionId), t.themes]));
	const parentsOfTagged = new Map(tagged.map((t) => [sectionKey(t.ref.planId, t.ref.chapterId, t.ref.sectionId), t.parents]));
	const themesByChapter = new Map<string, string[]>();
	for (const t of tagged) addTo(themesByChapter, `${t.ref.planId}/${t.ref.chapterId}`, ...t.themes);

	const usage = new Map<string, TermUse[]>();
	let termLinks = 0;
	const { terms } = input;
	if (terms) {
		const termsIn = (text: string) => terms.find(text).map((m) => m.termId);
		for (const places of Map.groupBy(termPlaces, (place) => `${place.ref.planId}/${place.ref.chapterId}`).values()) {
			const { planId, chapterId } = places[0]!.ref;
			const usedAt = (termId: string, sectionId: string) => !notUsedAt(input.notUsedIn?.get(termId) ?? [], planId, chapterId, sectionId);
			const linkedAt = termsLinkedByPlace(places.map((place) => ({ id: place.ref.sectionId, part: place.part, termText: place.termText })), termsIn, usedAt);
			for (const place of places) {
				const linked = linkedAt.get(place.ref.sectionId)!;
				termLinks += linked.size;
				// Where no linked use marks the term (the text before the first heading has no heading to go to either): the section, or the page's main content.
				const unmarked = place.ref.sectionId === introSectionId ? pageIds.main : place.ref.sectionId;
				for (const [termId, matches] of Map.groupBy(terms.find(place.body).filter((m) => usedAt(m.termId, place.ref.sectionId)), (m) => m.termId)) {
					const forms = [...new Set(matches.map((m) => m.text))];
					addTo(usage, termId, { ...place.ref, anchor: linked.has(termId) ? termUseId(place.ref.sectionId, termId) : unmarked, forms });
				}
			}
		}
	}

	const sectionsOnTheme = new Map<string, SectionRef[]>();
	const roleNames = new Map(themes.filter((t) => t.data.kind === 'role').map((t) => [t.id, [t.data.title, ...t.data.aliases]]));
	for (const t of tagged) {
		for (const theme of new Set(t.themes)) {
			const names = roleNames.get(theme);
			addTo(sectionsOnTheme, `${theme}/${t.ref.prefectureCode}`, names ? roleExcerpt(t.ref, t.ownText, names) : t.ref);
		}
	}
	const coverage: ThemeCoverage[] = themes.map((theme) => ({
		id: theme.id,
		data: theme.data,
		byPrefecture: prefectures.map(({ code, name }) => ({ prefecture: name, code, sections: sectionsOnTheme.get(`${theme.id}/${code}`) ?? [] })),
	}));
	const coverageById = new Map(coverage.map((c) => [c.id, c]));
	const topics = coverage.filter((c) => c.data.kind === 'topic');


	return {
		prefectures,
		themes: coverage,
		theme: (id: string) => coverageById.get(id),
		/** Themes tagged on a section itself. */
		sectionThemes(planId: string, chapterId: string, sectionId: string): string[] {
			return themesBySection.get(sectionKey(planId, chapterId, sectionId)) ?? [];
		},
		/** A section's themes that no section it sits in is tagged with: the ones its 「他県の計画では」 box has to add. */
		themesNewToSection(planId: string, chapterId: string, sectionId: string): string[] {
			const parents = parentsOfTagged.get(sectionKey(planId, chapterId, sectionId)) ?? [];
			const inherited = new Set(parents.flatMap((parent) => this.sectionThemes(planId, chapterId, parent)));
			return this.sectionThemes(planId, chapterId, sectionId).filter((theme) => !inherited.has(theme));
		},
		/** Themes any section of a chapter is tagged with, in theme order. */
		chapterThemes(planId: string, chapterId: string): Array<{ id: string; title: string }> {
			const ids = new Set(themesByChapter.get(`${planId}/${chapterId}`));
			return themes.filter((t) => ids.has(t.id)).map((t) => ({ id: t.id, title: t.data.title }));
		},
		/**
		 * Other prefectures on the same themes as this section, grouped by theme (at most relatedPrefectureLimit each):
		 * those of its own region first, then in code order, so a site of 47 shows 沖縄県's readers 九州, not 北海道 to 山形県.
		 */
		related(planId: string, chapterId: string, sectionId: string): RelatedGroup[] {
			const code = planById.get(planId)?.prefecture.code;
			const ownRegion = code === undefined ? undefined : regionOf(code);
			const neighbourFirst = (p: { code: string }) => (ownRegion?.codes.includes(p.code) ? 0 : 1);
			return this.sectionThemes(planId, chapterId, sectionId).flatMap((themeId) => {
				const theme = coverageById.get(themeId);
				if (!theme) return [];
				// A stable sort: code order within each part.
				const others = theme.byPrefecture.filter((p) => p.code !== code && p.sections.length > 0).sort((a, b) => neighbourFirst(a) - neighbourFirst(b));
				const total = others.reduce((n, p) => n + p.sections.length, 0);
				const prefectures = others.slice(0, relatedPrefectureLimit).map((p) => ({ section: leadSection(p.sections, theme), count: p.sections.length }));
				return total > 0 ? [{ theme: { id: themeId, title: theme.data.title }, prefectures, total }] : [];
			});
		},
		/** The topic themes a prefecture's plans take up, in theme order, each with that prefecture's sections on it (its page lists them). */
		prefectureTopics(code: string): Array<{ theme: ThemeCoverage; sections: SectionRef[] }> {
			return topics.flatMap((theme) => {
				const sections = theme.byPrefecture.find((p) => p.code === code)?.sections ?? [];
				return sections.length > 0 ? [{ theme, sections }] : [];
			});
		},
		/** Topic themes (行政のDX, データ利活用 …), what residents look for; not the plan parts the comparison matrix sets side by side. */
		topicThemes: () => topics,
		/** Sections whose text uses a glossary term, in document order. */
		termUsage: (termId: string): TermUse[] => usage.get(termId) ?? [],
		/** Role themes (めざす姿, 計画期間 …) × prefectures, for the comparison matrix. */
		roleMatrix() {
			return coverage.filter((c) => c.data.kind === 'role');
		},
		stats: {
			themes: themes.length,
			sections: all.length,
			taggedSections: tagged.length,
			/** Term links the glossary plugin puts in the chapters: one per term and section, at its first use in text the page links. */
			termLinks,
		},
	};
}

export type CrossLinks = ReturnType<typeof buildCrossLinks>;

/** Cross-links from content records shaped like collection entries (the link context). */
export function crossLinksFromRecords(records: {
	plans: Array<{ id: string; data: Plan }>;
	chapters: Array<{ planId: string; id: string; data: Chapter; sections: OutlineSection[]; intro?: OutlineText }>;
	themes: Array<{ id: string; data: Theme }>;
	terms?: TermMatcher;
	notUsedIn?: ReadonlyMap<string, readonly string[]>;
}): CrossLinks {
	return buildCrossLinks({
		...(records.terms ? { terms: records.terms } : {}),
		...(records.notUsedIn ? { notUsedIn: records.notUsedIn } : {}),
		plans: records.plans.map((p) => ({ id: p.id, prefecture: p.data.prefecture, name: planFullName(p.data) })),
		chapters: records.chapters.map((c) => ({ planId: c.planId, id: c.id, label: chapterLabel(c.data), themes: c.data.themes, sections: c.sections, ...(c.intro ? { intro: c.intro } : {}) })),
		themes: records.themes,
	});
}
