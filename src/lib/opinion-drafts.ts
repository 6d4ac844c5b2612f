/**
 * A resident's opinion drafts for one consultation, as kept in the
 * browser's localStorage: one record per cited place, in document order,
 * plus the submitter's details. Pure functions over plain data, so the
 * storage format is unit-tested; the browser script only reads and writes it.
 */

/**
 * The cited text as published when the draft was started. Ids and citation
 * labels follow positions (a paragraph inserted before it makes 第２段落 the
 * new one), so this is what tells the resident, and the prefecture's staff,
 * which text the opinion is about.
 */
export interface PassageQuote {
	/** Its first characters (quoteLength), whitespace collapsed. */
	start: string;
	/** Its length in characters: whether start is all of it. */
	length: number;
	/** FNV-1a of the whole text: a revision after its first characters counts too. */
	hash: string;
}

export interface OpinionDraft {
	/**
	 * The cited element's id on its page (`s3-2-p2`), unique with the page path and quote; empty for the page
	 * itself (the plan as a whole); `place-1`, `place-2` … for places the resident writes (`placeWritten`).
	 */
	anchor: string;
	/**
	 * Site-absolute path of the chapter page, or of the plan's page for an opinion on the plan as a whole;
	 * the consultation's page when the draft under consultation is not on this site.
	 */
	path: string;
	/** Citation text without the URL, as it was when the draft was started; the resident's own words when `placeWritten`. */
	citation: string;
	/**
	 * The resident writes the place (a page or item of a document not on this site: 「概要版 3ページ」), and
	 * may change it; `citation` holds what they wrote, empty until they do.
	 */
	placeWritten?: true | undefined;
	/** None in drafts kept before quotes were stored: they are shown and submitted as before. */
	quote?: PassageQuote | undefined;
	/** Position in the plan: chapter order, then position on the page. */
	order: [number, number];
	text: string;
	/** ISO time of the last edit. */
	updatedAt: string;
}

/**
 * The submission text last saved as a .txt file: the copy that outlives the browser's storage (which
 * Safari clears after 7 days without a visit, and clearing site data empties). Its hash tells whether
 * the drafts have changed since.
 */
export interface SavedFile {
	/** ISO time it was saved. */
	at: string;
	/** FNV-1a of the text saved. */
	hash: string;
}

/**
 * The resident's own record that they submitted the text (e-Gov hands back a receipt; this site sends nothing,
 * so only they know): when, and by which channel. Kept on this device with the drafts.
 */
export interface SubmittedRecord {
	/** ISO time they said so. */
	at: string;
	/** The channel's kind (電子メール, 郵送 …). */
	channel: string;
}

/** What a draft is about, before anything is written in it. */
export type DraftPlace = Omit<OpinionDraft, 'text' | 'updatedAt'>;

export interface DraftStore {
	version: 1;
	drafts: OpinionDraft[];
	/** Submitter details by field name (氏名 …). */
	fields: Record<string, string>;
	/** Index of the submission channel the resident chose; none until they choose (the first still open is offered). */
	channel?: number | undefined;
	/** None until the resident saves the text as a file. */
	savedFile?: SavedFile | undefined;
	/** None until the resident records that they submitted it. */
	submitted?: SubmittedRecord | undefined;
}

export const emptyStore = (): DraftStore => ({ version: 1, drafts: [], fields: {} });

/** What every consultation's localStorage key starts with (the privacy page names it). */
export const storageKeyPrefix = 'prefplan:opinions:';

/** The localStorage key of a consultation's drafts. */
export const storageKey = (consultationId: string) => `${storageKeyPrefix}${consultationId}`;

/** A draft's place as an address: the page, and the element cited on it when it is not the whole page. */
export const draftHref = (draft: Pick<OpinionDraft, 'path' | 'anchor'>) => (draft.anchor ? `${draft.path}#${draft.anchor}` : draft.path);

/**
 * The place of an opinion on the plan as a whole (全体, as results tables name it): the plan's page,
 * first among the drafts, before any chapter's. Like a chapter's, it quotes nothing: it is no one passage.
 */
export const wholePlanPlace = (plan: { path: string; name: string }): DraftPlace => ({ anchor: '', path: plan.path, citation: `${plan.name} 全体`, order: [-1, 0] });

/** Whether a draft is on the whole plan or draft (wholePlanPlace, wholeDraftPlace): the rows naming no place answer it. */
export const isOnTheWhole = (draft: Pick<OpinionDraft, 'anchor' | 'order'>) => draft.anchor === '' && draft.order[0] === -1;

/** The place of an opinion on a chapter as a whole (cited as citationText cites the chapter: 第３章): its page, before the drafts on its passages. */
export const wholeChapterPlace = (chapter: { path: string; citation: string; order: number }): DraftPlace => ({ anchor: '', path: chapter.path, citation: chapter.citation, order: [chapter.order, -1] });

/**
 * The place of an opinion on the whole of a draft that is not on this site (its documents are elsewhere):
 * cited 全体, as results tables write it, on the consultation's page.
 */
export const wholeDraftPlace = (casePath: string): DraftPlace => ({ anchor: '', path: casePath, citation: '全体', order: [-1, 0] });

const writtenPlaceAnchor = /^place-(\d+)$/;

/**
 * A new place for the resident to write (a page or item of a document not on this site), after the ones
 * they have: numbered on from the highest, so a deleted one's number is never given to another.
 */
export function writtenPlace(drafts: OpinionDraft[], casePath: string): DraftPlace {
	const numbers = drafts.filter((d) => d.placeWritten && d.path === casePath).map((d) => Number(writtenPlaceAnchor.exec(d.anchor)?.[1] ?? 0));
	const next = Math.max(0, ...numbers) + 1;
	return { anchor: `place-${next}`, path: casePath, citation: '', order: [0, next], placeWritten: true };
}

/** How the panel names a draft (its label, the delete button, messages): its citation, or a stand-in while the resident has written no place. */
export const draftName = (draft: Pick<OpinionDraft, 'citation'>) => draft.citation.trim() || '該当箇所が未記入';
/** A draft named in a sentence: 「第2章 1 第1段落への下書き」, 「該当箇所が未記入の下書き」 (not 未記入への). */
export const draftPhrase = (draft: Pick<OpinionDraft, 'citation'>) => (draft.citation.trim() ? `${draft.citation.trim()}への下書き` : '該当箇所が未記入の下書き');

/** Characters of the cited text a draft quotes. */
export const quoteLength = 40;

const normalized = (text: string) => text.replace(/\s+/g, ' ').trim();

/** FNV-1a (32 bit) over UTF-16 code units: synchronous, unlike crypto.subtle, which plain-http hosts lack. */
function fnv1a(text: string): string {
	let hash = 0x811c9dc5;
	for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
	return (hash >>> 0).toString(16).padStart(8, '0');
}

/** The quote of a passage's text as the page shows it (line breaks in the source are whitespace). */
export function quoteOf(text: string): PassageQuote {
	// By code point, so a character outside the BMP (𠮷) is never cut in half.
	const chars = [...normalized(text)];
	return { start: chars.slice(0, quoteLength).join(''), length: chars.length, hash: fnv1a(chars.join('')) };
}

/** Whether the quote keeps only the start of its text (quoteLength characters of a longer one). */
export const quoteIsCut = (quote: PassageQuote) => quote.length > [...quote.start].length;

/** The quote as residents read it: 「…」 marks text left out after it. */
export const quoteText = (quote: PassageQuote) => `${quote.start}${quoteIsCut(quote) ? '…' : ''}`;

/**
 * Whether the place a draft cites no longer has the text it was written about:
 * `current` is the text now at its anchor, undefined when the anchor is gone.
 * A draft without a quote has nothing to compare and is never flagged.
 */
export function placeChanged(quote: PassageQuote | undefined, current: string | undefined): boolean {
	if (!quote) return false;
	if (current === undefined) return true;
	// The start too, not only the hash: a text that no longer starts so is never taken for the same by a collision.
	const now = quoteOf(current);
	return now.start !== quote.start || now.hash !== quote.hash;
}

const isQuote = (q: unknown): q is PassageQuote => {
	const r = q as Partial<PassageQuote> | null;
	return !!r && typeof r.start === 'string' && typeof r.length === 'number' && typeof r.hash === 'string';
};

const isSavedFile = (f: unknown): f is SavedFile => {
	const r = f as Partial<SavedFile> | null;
	return !!r && typeof r.at === 'string' && !Number.isNaN(Date.parse(r.at)) && typeof r.hash === 'string';
};

const isSubmittedRecord = (r: unknown): r is SubmittedRecord => {
	const record = r as Partial<SubmittedRecord> | null;
	return !!record && typeof record.at === 'string' && !Number.isNaN(Date.parse(record.at)) && typeof record.channel === 'string';
};

const isDraft = (d: unknown): d is OpinionDraft => {
	const r = d as Partial<OpinionDraft> | null;
	return !!r && typeof r.anchor === 'string' && typeof r.path === 'string' && typeof r.citation === 'string' && typeof r.text === 'string' && Array.isArray(r.order);
};

// An unreadable quote costs the draft its quote, never its text; placeWritten is true or absent.
const readable = ({ quote, placeWritten, ...draft }: OpinionDraft): OpinionDraft => ({ ...draft, ...(isQuote(quote) && { quote }), ...(placeWritten === true && { placeWritten }) });

/** Reads a stored value; anything unreadable gives an empty store rather than an error (and is not overwritten until the resident types). */
export function parseStore(json: string | null): DraftStore {
	if (!json) return emptyStore();
	try {
		const value = JSON.parse(json) as Partial<DraftStore>;
		if (value.version !== 1) return emptyStore();
		return {
			version: 1,
			drafts: Array.isArray(value.drafts) ? value.drafts.filter(isDraft).map(readable) : [],
			fields: value.fields && typeof value.fields === 'object' ? Object.fromEntries(Object.entries(value.fields).filter(([, v]) => typeof v === 'string')) : {},
			...(typeof value.channel === 'number' && { channel: value.channel }),
			...(isSavedFile(value.savedFile) && { savedFile: { at: value.savedFile.at, hash: value.savedFile.hash } }),
			...(isSubmittedRecord(value.submitted) && { submitted: { at: value.submitted.at, channel: value.submitted.channel } }),
		};
	} catch {
		return emptyStore();
	}
}

/** Which draft: its page, anchor and, when it has one, its quote's hash. */
export interface DraftSpot {
	path: string;
	anchor: string;
	hash?: string | undefined;
}

export const spotOf = (draft: Pick<OpinionDraft, 'path' | 'anchor' | 'quote'>): DraftSpot => ({ path: draft.path, anchor: draft.anchor, hash: draft.quote?.hash });

// Another text at the same anchor (the paragraph revised, or another one moved there) is another place:
// its draft never takes over the one written about the earlier text. A draft kept without a quote is matched by its anchor, as before.
const sameSpot = (a: DraftSpot, b: DraftSpot) => a.path === b.path && a.anchor === b.anchor && (a.hash === undefined || b.hash === undefined || a.hash === b.hash);
const byOrder = (a: OpinionDraft, b: OpinionDraft) => a.order[0] - b.order[0] || a.order[1] - b.order[1];

/** Adds a draft for a place, or keeps the existing one for the same place. */
export function addDraft(store: DraftStore, place: DraftPlace, now: Date): DraftStore {
	if (store.drafts.some((d) => sameSpot(spotOf(d), spotOf(place)))) return store;
	return { ...store, drafts: [...store.drafts, { ...place, text: '', updatedAt: now.toISOString() }].sort(byOrder) };
}

export function updateDraft(store: DraftStore, spot: DraftSpot, text: string, now: Date): DraftStore {
	return { ...store, drafts: store.drafts.map((d) => (sameSpot(spotOf(d), spot) ? { ...d, text, updatedAt: now.toISOString() } : d)) };
}

/** Changes the place the resident wrote for a draft; a place cited from the site's text is never rewritten. */
export function rewritePlace(store: DraftStore, spot: DraftSpot, citation: string, now: Date): DraftStore {
	return { ...store, drafts: store.drafts.map((d) => (d.placeWritten && sameSpot(spotOf(d), spot) ? { ...d, citation, updatedAt: now.toISOString() } : d)) };
}

export function removeDraft(store: DraftStore, spot: DraftSpot): DraftStore {
	return { ...store, drafts: store.drafts.filter((d) => !sameSpot(spotOf(d), spot)) };
}

/**
 * Moves a draft to another place on its page: where the text it quotes is
 * now, when a paragraph inserted before it has renumbered it. The text and
 * quote stay; a draft already kept for that place is never merged into.
 */
export function moveDraft(store: DraftStore, spot: DraftSpot, place: Pick<OpinionDraft, 'anchor' | 'citation' | 'order'>): DraftStore {
	const draft = findDraft(store, spot);
	if (!draft) return store;
	const moved = { ...draft, anchor: place.anchor, citation: place.citation, order: place.order };
	if (store.drafts.some((d) => d !== draft && sameSpot(spotOf(d), spotOf(moved)))) return store;
	return { ...store, drafts: store.drafts.map((d) => (d === draft ? moved : d)).sort(byOrder) };
}

export function findDraft(store: DraftStore, spot: DraftSpot): OpinionDraft | undefined {
	return store.drafts.find((d) => sameSpot(spotOf(d), spot));
}

/** The record of saving `text` as a file now. */
export const savedFileOf = (text: string, now: Date): SavedFile => ({ at: now.toISOString(), hash: fnv1a(text) });

/**
 * What the panel says under its save button once a file has been saved: when (Japan time, as the
 * file's name and the deadlines), and whether the text to submit is still the one saved.
 */
export function savedFileNote(saved: SavedFile | undefined, text: string): string | undefined {
	if (!saved) return undefined;
	const when = japanTime(saved.at);
	return fnv1a(text) === saved.hash
		? `${when}に、今と同じ内容をテキストファイルに保存しました。`
		: `${when}にテキストファイルに保存した後で、下書きや記入内容が変わっています。今の内容を残すには、もう一度保存してください。`;
}

/**
 * What the panel says under the drafts once the resident has recorded submitting them: when and how, and
 * whether a draft changed since (its change is not in what they sent).
 */
export function submittedNote(submitted: SubmittedRecord | undefined, drafts: readonly OpinionDraft[]): string | undefined {
	if (!submitted) return undefined;
	const when = `${japanTime(submitted.at)}に${submitted.channel}で提出したと記録しました`;
	return drafts.some((draft) => draft.updatedAt > submitted.at)
		? `${when}。その後で下書きを変えています。変えた内容も意見とするときは、あらためて提出してください。`
		: `${when}（この端末だけの記録です）。`;
}

/** An ISO time as the panel says it, in Japan time as the deadlines: 12月7日 14:02. */
function japanTime(iso: string): string {
	const parts = Object.fromEntries(
		new Intl.DateTimeFormat('ja-JP', { timeZone: 'Asia/Tokyo', month: 'numeric', day: 'numeric', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' })
			.formatToParts(new Date(iso))
			.map(({ type, value }) => [type, value]),
	);
	return `${parts.month}月${parts.day}日 ${parts.hour}:${parts.minute}`;
}

/**
 * What the panel says under the drafts while the browser keeps them: that they are kept on this device, and
 * when one last changed, so a resident sees each edit kept (and sees it no more should saving stop working).
 */
export function storedNote(drafts: readonly OpinionDraft[]): string | undefined {
	const last = drafts.map((d) => d.updatedAt).sort().at(-1);
	return last === undefined ? undefined : `下書きはこの端末のブラウザに保存されています（最後の変更: ${japanTime(last)}）。`;
}
