/**
 * A resident's opinion drafts for one consultation, as kept in the
 * browser's localStorage: one record per cited place, in document order,
 * plus the submitter's details. Pure functions over plain data, so the
 * storage format is unit-tested; the browser script only reads and writes it.
 */

export interface OpinionDraft {
	/** The cited element's id on its page (`s3-2-p2`), unique with the page path. */
	anchor: string;
	/** Site-absolute path of the chapter page. */
	path: string;
	/** Citation text without the URL. */
	citation: string;
	/** Position in the plan: chapter order, then position on the page. */
	order: [number, number];
	text: string;
	/** ISO time of the last edit. */
	updatedAt: string;
}

export interface DraftStore {
	version: 1;
	drafts: OpinionDraft[];
	/** Submitter details by field name (氏名 …). */
	fields: Record<string, string>;
	/** Index of the chosen submission channel. */
	channel: number;
}

export const emptyStore = (): DraftStore => ({ version: 1, drafts: [], fields: {}, channel: 0 });

/** The localStorage key of a consultation's drafts. */
export const storageKey = (consultationId: string) => `prefplan:opinions:${consultationId}`;

const isDraft = (d: unknown): d is OpinionDraft => {
	const r = d as Partial<OpinionDraft> | null;
	return !!r && typeof r.anchor === 'string' && typeof r.path === 'string' && typeof r.citation === 'string' && typeof r.text === 'string' && Array.isArray(r.order);
};

/** Reads a stored value; anything unreadable gives an empty store rather than an error (and is not overwritten until the resident types). */
export function parseStore(json: string | null): DraftStore {
	if (!json) return emptyStore();
	try {
		const value = JSON.parse(json) as Partial<DraftStore>;
		if (value.version !== 1) return emptyStore();
		return {
			version: 1,
			drafts: Array.isArray(value.drafts) ? value.drafts.filter(isDraft) : [],
			fields: value.fields && typeof value.fields === 'object' ? Object.fromEntries(Object.entries(value.fields).filter(([, v]) => typeof v === 'string')) : {},
			channel: typeof value.channel === 'number' ? value.channel : 0,
		};
	} catch {
		return emptyStore();
	}
}

const sameSpot = (a: Pick<OpinionDraft, 'path' | 'anchor'>, b: Pick<OpinionDraft, 'path' | 'anchor'>) => a.path === b.path && a.anchor === b.anchor;
const byOrder = (a: OpinionDraft, b: OpinionDraft) => a.order[0] - b.order[0] || a.order[1] - b.order[1];

/** Adds a draft for a place, or keeps the existing one for the same place. */
export function addDraft(store: DraftStore, place: Omit<OpinionDraft, 'text' | 'updatedAt'>, now: Date): DraftStore {
	if (store.drafts.some((d) => sameSpot(d, place))) return store;
	return { ...store, drafts: [...store.drafts, { ...place, text: '', updatedAt: now.toISOString() }].sort(byOrder) };
}

export function updateDraft(store: DraftStore, spot: Pick<OpinionDraft, 'path' | 'anchor'>, text: string, now: Date): DraftStore {
	return { ...store, drafts: store.drafts.map((d) => (sameSpot(d, spot) ? { ...d, text, updatedAt: now.toISOString() } : d)) };
}

export function removeDraft(store: DraftStore, spot: Pick<OpinionDraft, 'path' | 'anchor'>): DraftStore {
	return { ...store, drafts: store.drafts.filter((d) => !sameSpot(d, spot)) };
}

export function findDraft(store: DraftStore, spot: Pick<OpinionDraft, 'path' | 'anchor'>): OpinionDraft | undefined {
	return store.drafts.find((d) => sameSpot(d, spot));
}
