import { describe, expect, it } from 'vitest';
import { addDraft, emptyStore, findDraft, parseStore, removeDraft, storageKey, updateDraft } from '../../src/lib/opinion-drafts.ts';

const now = new Date('2026-12-10T03:00:00Z');
const place = (path: string, anchor: string, order: [number, number]) => ({ path, anchor, citation: `${path}#${anchor}`, order });

describe('opinion draft store', () => {
	it('keeps drafts in document order whatever order they were written in', () => {
		let store = emptyStore();
		store = addDraft(store, place('/p/ch2/', 's1-p1', [2, 3]), now);
		store = addDraft(store, place('/p/ch1/', 's2-p4', [1, 9]), now);
		store = addDraft(store, place('/p/ch1/', 's1-p1', [1, 2]), now);
		expect(store.drafts.map((d) => d.anchor)).toEqual(['s1-p1', 's2-p4', 's1-p1']);
		expect(store.drafts.map((d) => d.path)).toEqual(['/p/ch1/', '/p/ch1/', '/p/ch2/']);
	});

	it('opens the existing draft for a place instead of adding a second one', () => {
		let store = addDraft(emptyStore(), place('/p/ch1/', 's1-p1', [1, 2]), now);
		store = updateDraft(store, { path: '/p/ch1/', anchor: 's1-p1' }, '意見', now);
		const again = addDraft(store, place('/p/ch1/', 's1-p1', [1, 2]), now);
		expect(again.drafts).toHaveLength(1);
		expect(findDraft(again, { path: '/p/ch1/', anchor: 's1-p1' })?.text).toBe('意見');
	});

	it('updates and removes one draft only; the same id on another page is another place', () => {
		let store = addDraft(emptyStore(), place('/p/ch1/', 's1-p1', [1, 2]), now);
		store = addDraft(store, place('/p/ch2/', 's1-p1', [2, 2]), now);
		store = updateDraft(store, { path: '/p/ch2/', anchor: 's1-p1' }, '二章の意見', new Date('2026-12-11T00:00:00Z'));
		expect(store.drafts.map((d) => d.text)).toEqual(['', '二章の意見']);
		expect(store.drafts[1]!.updatedAt).toBe('2026-12-11T00:00:00.000Z');
		store = removeDraft(store, { path: '/p/ch1/', anchor: 's1-p1' });
		expect(store.drafts.map((d) => d.path)).toEqual(['/p/ch2/']);
	});

	it('survives the JSON round trip through localStorage', () => {
		const store = updateDraft(addDraft(emptyStore(), place('/p/ch1/', 's1-p1', [1, 2]), now), { path: '/p/ch1/', anchor: 's1-p1' }, '意見', now);
		expect(parseStore(JSON.stringify({ ...store, fields: { 氏名: '県民' }, channel: 1 }))).toEqual({ ...store, fields: { 氏名: '県民' }, channel: 1 });
	});

	it('reads missing, corrupt or foreign values as an empty store, dropping malformed drafts', () => {
		expect(parseStore(null)).toEqual(emptyStore());
		expect(parseStore('{not json')).toEqual(emptyStore());
		expect(parseStore('{"version":2,"drafts":[]}')).toEqual(emptyStore());
		const mixed = parseStore(JSON.stringify({ version: 1, drafts: [{ anchor: 'a' }, { anchor: 'b', path: '/p/', citation: 'c', text: 't', order: [1, 1] }], fields: { 氏名: 1, 住所: 'x' } }));
		expect(mixed.drafts.map((d) => d.anchor)).toEqual(['b']);
		expect(mixed.fields).toEqual({ 住所: 'x' });
	});

	it('keeps each consultation’s drafts under its own key', () => {
		expect(storageKey('a')).not.toBe(storageKey('b'));
	});
});
