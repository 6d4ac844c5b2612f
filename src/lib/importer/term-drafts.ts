/**
 * The terms read from a plan's 用語解説 → glossary entry files
 * (`<term-id>.md` in the glossary folder), unpublished, for a person to check.
 *
 * A term the glossary already has, by its name or another name, gets no file:
 * two files for one term would stop the build. The report says where it is.
 * A term's id is its own name where that is Latin letters (AI → `ai`);
 * otherwise a placeholder (`<plan>-term-07`) the report asks to rename,
 * numbered on across the plan's 用語解説s so that no two drafts share a name.
 */
import { slugPattern } from '../../schemas/ids.ts';
import { termFile } from '../scaffold/term-template.ts';
import { toFill } from '../scaffold/to-fill.ts';
import { hiraganaOf } from '../search/normalize.ts';
import type { ReadingTokenizer } from '../search/readings.ts';
import { nameKey } from '../term-matcher.ts';
import type { TermDraft } from './glossary-terms.ts';
import { lineRange, quote } from './report.ts';
import type { OutputFile, ReportEntry } from './types.ts';

/** A glossary entry already in the content. */
export interface ExistingTerm {
	/** Its file name without `.md`. */
	id: string;
	/** Its term and aliases. */
	names: string[];
	/** Its definitions' text: the file's own, and the other plans' it quotes. */
	definitions: string[];
	/** The plan whose 用語解説 its definition comes from. */
	plan?: string | undefined;
}

/** A term written in kana only (and 「・」): its reading is its kana, in hiragana. */
function kanaReading(term: string): string | undefined {
	const kana = term.replace(/[・\s]/g, '');
	if (!/^[\u3041-\u3096\u30a1-\u30f6ー]+$/.test(kana)) return undefined;
	return hiraganaOf(kana);
}

const katakanaWord = /^[\u30a1-\u30f6ー]+$/;

/**
 * A term's reading as a morphological dictionary reads its words (官民データ活用 → かんみんでーたかつよう), or
 * undefined where it cannot read one of them (ＩｏＴ, 5G, an unknown word not in katakana). Only a suggestion: the
 * dictionary reads 減災 as げんわざわい, so the draft marks it for staff to confirm.
 */
export function dictionaryReading(term: string, tokenize: ReadingTokenizer): string | undefined {
	let reading = '';
	for (const { surface, reading: read, partOfSpeech } of tokenize(term)) {
		if (partOfSpeech === '記号' && /^[・\s]+$/.test(surface)) continue;
		const known = read && read !== '*' ? read : katakanaWord.test(surface) ? surface : undefined;
		if (!known || !katakanaWord.test(known)) return undefined;
		reading += known;
	}
	return reading ? hiraganaOf(reading) : undefined;
}

/**
 * The names a term gives itself: `SDGs（持続可能な開発目標）` is also SDGs and
 * 持続可能な開発目標; `デジタル・トランスフォーメーション：デジタル変革（DX）` also each side of 「：」.
 */
function aliasesOf(term: string): string[] {
	const names = new Set<string>();
	for (const part of term.split(/[：:]/)) {
		if (part !== term) names.add(part.trim());
		const bracketed = /^(.+?)[（(](.+)[）)]$/.exec(part);
		if (bracketed) for (const name of bracketed.slice(1)) names.add(name!.trim());
	}
	return [...names].filter((name) => [...name].length >= 2 && nameKey(name) !== nameKey(term));
}

/** The file name the importer gives a term whose name it cannot turn into one (the plan's seventh term: `<plan>-term-07`). */
const placeholderId = (plan: string, n: number, copy?: number) => `${plan}-term-${String(n).padStart(2, '0')}${copy ? `-${copy}` : ''}`;

/** Whether a glossary entry still has the name the importer gave it for want of one. */
export function hasPlaceholderId(id: string, plan: string): boolean {
	return new RegExp(`^${plan}-term-\\d{2,}(?:-\\d+)?$`).test(id);
}

/** `AI` → `ai`, `Society5.0` → `society5-0`, `SDGs（持続可能な開発目標）` → `sdgs`. */
function latinId(term: string): string | undefined {
	const latin = /^([A-Za-z][A-Za-z0-9 .\-]*?)\s*(?:[（(].*[）)])?$/.exec(term.normalize('NFKC'));
	const id = latin?.[1]!.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/-+$/, '');
	return id && slugPattern.test(id) ? id : undefined;
}

/** What an earlier 用語解説 of the plan made in this same import. */
export interface EarlierDrafts {
	/** How many terms it read: placeholder numbers go on from there (its last was `<plan>-term-07`, the next is 08). */
	terms: number;
	/** Its drafts: no later draft takes one's file name (it would overwrite it), and a term one has gets no second, as in one 用語解説. */
	drafted: readonly ExistingTerm[];
}

export function termDraftFiles(
	drafts: TermDraft[],
	options: { plan: string; existing: ExistingTerm[]; tokenize?: ReadingTokenizer | undefined; earlier?: EarlierDrafts | undefined },
): { files: OutputFile[]; report: ReportEntry[]; drafted: ExistingTerm[] } {
	const before = [...options.existing, ...(options.earlier?.drafted ?? [])];
	const known = new Map(before.flatMap((entry) => entry.names.map((name) => [nameKey(name), entry] as const)));
	const taken = new Set(before.map((entry) => entry.id));
	const numberFrom = options.earlier?.terms ?? 0;
	const drafted: ExistingTerm[] = [];
	const files: OutputFile[] = [];
	const report: ReportEntry[] = [];
	const placeholders: string[] = [];
	const withoutReading: string[] = [];
	const readByDictionary: string[] = [];
	/** Entries the glossary has with the very same definition: nothing to do, said once. */
	const alreadyThere: string[] = [];
	drafts.forEach((draft, index) => {
		const lines = lineRange(draft.line, draft.lastLine);
		// An entry the glossary has, this plan's own from an earlier import included, is never written again: it may have been checked since.
		const existing = known.get(nameKey(draft.term));
		if (existing && existing.definitions.some((text) => text.trim() === draft.definition)) {
			alreadyThere.push(`${existing.id}.md`);
			return;
		}
		if (existing) {
			report.push({
				line: draft.line,
				message:
					existing.plan === options.plan
						? `${quote(draft.term)} は glossary/${existing.id}.md にあるため、書き換えていません。その解説は今回読んだ解説（${lines}）と違うので、文書と見比べてください`
						: `${quote(draft.term)} は用語集に glossary/${existing.id}.md としてあるため、下書きを書いていません。この計画の解説（${lines}）は違うので、そのファイルの otherDefinitions に加えてください`,
			});
			return;
		}
		const candidate = latinId(draft.term);
		const number = numberFrom + index + 1;
		let id = candidate && !taken.has(candidate) ? candidate : placeholderId(options.plan, number);
		for (let n = 2; taken.has(id); n++) id = placeholderId(options.plan, number, n);
		if (hasPlaceholderId(id, options.plan)) placeholders.push(`${id}.md`);
		taken.add(id);
		const fromKana = kanaReading(draft.term);
		const fromDictionary = draft.reading || fromKana !== undefined || !options.tokenize ? undefined : dictionaryReading(draft.term, options.tokenize);
		const reading = draft.reading
			? { text: draft.reading.replace(/・/g, ''), from: '計画の用語解説のよみがなです' }
			: fromKana !== undefined
				? { text: fromKana, from: '用語のかなから作りました' }
				: fromDictionary === undefined
					? undefined
					: { text: fromDictionary, from: `${toFill}辞書（IPADIC）で読みました。文書での読み方と違えば直し、確かめたらこの印を消してください` };
		// A name another entry has would make the check stop the build: such an alias is left out.
		const aliases = aliasesOf(draft.term).filter((alias) => !known.has(nameKey(alias)));
		const entry = { id, names: [draft.term, ...aliases], definitions: [draft.definition] };
		for (const name of entry.names) known.set(nameKey(name), entry);
		drafted.push(entry);
		files.push({
			path: `${id}.md`,
			content: termFile({
				term: draft.term,
				reading,
				aliases,
				plan: options.plan,
				origin: `plans/${options.plan}/source.txt の ${draft.lastLine > draft.line ? `${draft.line}–${draft.lastLine}` : draft.line}行目`,
				references: draft.references,
				definition: draft.definition,
			}),
		});
		if (!reading) withoutReading.push(`${id}.md`);
		if (fromDictionary !== undefined) readByDictionary.push(`${id}.md`);
	});
	const counted = (files: string[]) => `${files.length} 件（${files.slice(0, 3).join(', ')}${files.length > 3 ? ' …' : ''}）`;
	if (alreadyThere.length > 0) {
		report.push({ line: drafts[0]!.line, message: `用語集に同じ用語が同じ解説で ${counted(alreadyThere)}あるため、その用語の下書きは書いていません` });
	}
	if (readByDictionary.length > 0) {
		report.push({ line: drafts[0]!.line, message: `用語のファイル ${counted(readByDictionary)}の reading は辞書で読んだものです（「${toFill}」の印付き）— 文書での読み方と見比べて、違えば直し、確かめたら印を消してください（減災を「げんわざわい」と読むような誤りがあります）` });
	}
	if (withoutReading.length > 0) {
		report.push({ line: drafts[0]!.line, message: `かな書きでない用語のファイル ${counted(withoutReading)}には、reading によみがなを書いてください（用語集の五十音順に使います）` });
	}
	if (placeholders.length > 0) {
		report.push({
			line: drafts[0]!.line,
			message: `用語ファイルの名前 ${counted(placeholders)}は仮のものです。名前はページのアドレス /glossary/<名前>/ になるので、公開する前に内容を表す英小文字の名前（例: open-data.md）に変えてください`,
		});
	}
	return { files, report, drafted };
}
