import { describe, expect, it } from 'vitest';
import { addDraft, draftHref, draftName, draftPhrase, emptyStore, findDraft, isOnTheWhole, moveDraft, parseStore, placeChanged, quoteLength, quoteOf, quoteText, removeDraft, rewritePlace, savedFileNote, savedFileOf, storageKey, storedNote, submittedNote, updateDraft, wholeChapterPlace, wholeDraftPlace, wholePlanPlace, writtenPlace } from '../../src/lib/opinion-drafts.ts';

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
		// No channel until the resident chooses one: the page offers the first still open.
		expect(parseStore(JSON.stringify(store)).channel).toBeUndefined();
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

	it('keeps an opinion on the plan as a whole first, and one on a chapter before its passages, once each, at the page itself', () => {
		const whole = wholePlanPlace({ path: '/plans/p/', name: '福島県 デジタル推進計画' });
		const chapter = wholeChapterPlace({ path: '/plans/p/ch1/', citation: '福島県 デジタル推進計画 第１章', order: 1 });
		let store = addDraft(emptyStore(), place('/plans/p/ch1/', 's1-p1', [1, 0]), now);
		store = addDraft(store, chapter, now);
		store = addDraft(store, whole, now);
		store = addDraft(store, place('/plans/p/summary/', 'p1', [0, 0]), now);
		expect(store.drafts.map((d) => d.citation)).toEqual(['福島県 デジタル推進計画 全体', '/plans/p/summary/#p1', '福島県 デジタル推進計画 第１章', '/plans/p/ch1/#s1-p1']);
		expect(addDraft(addDraft(store, whole, now), chapter, now).drafts).toHaveLength(4);
		expect(store.drafts.map(draftHref)).toEqual(['/plans/p/', '/plans/p/summary/#p1', '/plans/p/ch1/', '/plans/p/ch1/#s1-p1']);
		expect(parseStore(JSON.stringify(store))).toEqual(store);
	});

	it('numbers the places a resident writes (a draft not on the site) after the whole draft, never giving a deleted one’s number again, and lets them rewrite only those', () => {
		const casePath = '/consultations/c/';
		let store = addDraft(emptyStore(), writtenPlace([], casePath), now);
		store = addDraft(store, writtenPlace(store.drafts, casePath), now);
		store = addDraft(store, wholeDraftPlace(casePath), now);
		expect(store.drafts.map((d) => [d.anchor, d.citation, d.placeWritten])).toEqual([['', '全体', undefined], ['place-1', '', true], ['place-2', '', true]]);
		store = rewritePlace(store, { path: casePath, anchor: 'place-2' }, '概要版 3ページ', now);
		// The whole draft's place is the site's, not the resident's to rewrite.
		store = rewritePlace(store, { path: casePath, anchor: '' }, '第１章', now);
		expect(store.drafts.map(draftName)).toEqual(['全体', '該当箇所が未記入', '概要版 3ページ']);
		// Only the whole draft is on the whole: the rows naming no place answer it.
		expect(store.drafts.map(isOnTheWhole)).toEqual([true, false, false]);
		expect(isOnTheWhole(wholePlanPlace({ path: '/plans/p/', name: '計画' }))).toBe(true);
		expect(isOnTheWhole(wholeChapterPlace({ path: '/plans/p/ch1/', citation: '計画 第１章', order: 1 }))).toBe(false);
		// Named in a sentence (asking before a delete), a draft without a place is not 「未記入への」.
		expect(store.drafts.map(draftPhrase)).toEqual(['全体への下書き', '該当箇所が未記入の下書き', '概要版 3ページへの下書き']);
		store = removeDraft(store, { path: casePath, anchor: 'place-2' });
		expect(writtenPlace(store.drafts, casePath).anchor).toBe('place-2');
		store = addDraft(store, writtenPlace(store.drafts, casePath), now);
		store = removeDraft(store, { path: casePath, anchor: 'place-1' });
		expect(writtenPlace(store.drafts, casePath)).toEqual({ anchor: 'place-3', path: casePath, citation: '', order: [0, 3], placeWritten: true });
		// Kept across a reload; a flag it cannot read is dropped, the draft kept.
		expect(parseStore(JSON.stringify(store))).toEqual(store);
		const odd = parseStore(JSON.stringify({ ...store, drafts: store.drafts.map((d) => ({ ...d, placeWritten: 'yes' })) }));
		expect(odd.drafts.map((d) => [d.anchor, d.placeWritten])).toEqual([['', undefined], ['place-2', undefined]]);
	});

	it('keeps the record of the last file saved, and drops one it cannot read', () => {
		const store = { ...emptyStore(), savedFile: savedFileOf('提出用の文章', now) };
		expect(parseStore(JSON.stringify(store))).toEqual(store);
		expect(parseStore(JSON.stringify({ ...store, savedFile: { at: 'いつか', hash: '1' } }))).toEqual(emptyStore());
		expect(parseStore(JSON.stringify({ ...store, savedFile: 'yes' }))).toEqual(emptyStore());
	});
});

describe('what the panel says of the file saved', () => {
	const text = '意見募集「テスト」への意見\n\n【意見1】\n意見の内容:\n一つ目の意見です。\n';

	it('says nothing before a file is saved', () => {
		expect(savedFileNote(undefined, text)).toBeUndefined();
	});

	it('says when, in Japan time, and whether the text is still the one saved', () => {
		const saved = savedFileOf(text, new Date('2026-12-10T15:05:00Z'));
		expect(savedFileNote(saved, text)).toBe('12月11日 00:05に、今と同じ内容をテキストファイルに保存しました。');
		expect(savedFileNote(saved, text.replace('一つ目', '１つ目'))).toBe('12月11日 00:05にテキストファイルに保存した後で、下書きや記入内容が変わっています。今の内容を残すには、もう一度保存してください。');
	});
});

describe('what the panel says of the drafts kept', () => {
	it('says they are kept on this device and when, in Japan time, the last of them changed; nothing without drafts', () => {
		const place = { path: '/plans/p/ch1/', citation: '計画 第１章', order: [1, 0] as [number, number] };
		let store = addDraft(emptyStore(), { ...place, anchor: 's1' }, new Date('2026-12-10T15:05:00Z'));
		store = addDraft(store, { ...place, anchor: 's2', order: [1, 1] }, new Date('2026-12-10T14:00:00Z'));
		expect(storedNote(store.drafts)).toBe('下書きはこの端末のブラウザに保存されています（最後の変更: 12月11日 00:05）。');
		store = updateDraft(store, { path: place.path, anchor: 's2' }, '意見', new Date('2026-12-11T01:30:00Z'));
		expect(storedNote(store.drafts)).toBe('下書きはこの端末のブラウザに保存されています（最後の変更: 12月11日 10:30）。');
		expect(storedNote([])).toBeUndefined();
	});
});

const paragraph = '行政手続のオンライン利用率は、平成31年度の30％から令和6年度に90％となり、令和8年度の目標85％を上回りました。';

describe('the quote a draft keeps of the text it cites', () => {
	it('takes the first 40 characters, whitespace collapsed, and marks text left out after them', () => {
		const quote = quoteOf(`  ${paragraph.slice(0, 10)}\n${paragraph.slice(10)} `);
		expect(quote.start).toBe('行政手続のオンライン 利用率は、平成31年度の30％から令和6年度に90％となり');
		expect([...quote.start]).toHaveLength(quoteLength);
		expect(quote.length).toBe(paragraph.length + 1);
		expect(quoteText(quote)).toBe(`${quote.start}…`);
		expect(quoteText(quoteOf('職員の研修を充実させます。'))).toBe('職員の研修を充実させます。');
	});

	it('counts characters, not UTF-16 units, so none is cut in half', () => {
		const quote = quoteOf('𠮷'.repeat(50));
		expect(quote.start).toBe('𠮷'.repeat(40));
		expect(quote.length).toBe(50);
	});

	it('flags a place whose text no longer starts so, was revised further on, or is gone; not one with the same text', () => {
		const quote = quoteOf(paragraph);
		expect(placeChanged(quote, paragraph)).toBe(false);
		expect(placeChanged(quote, `  ${paragraph}\n`)).toBe(false);
		// A paragraph inserted before it: another text at its anchor.
		expect(placeChanged(quote, '新たに追加された段落です。')).toBe(true);
		// Revised after the quoted start.
		expect(placeChanged(quote, paragraph.replace('上回りました', '大きく上回りました'))).toBe(true);
		expect(placeChanged(quote, undefined)).toBe(true);
	});

	it('never flags a draft kept without a quote (by the version before quotes)', () => {
		expect(placeChanged(undefined, '何でも')).toBe(false);
		expect(placeChanged(undefined, undefined)).toBe(false);
	});

	it('starts a new draft for another text at the same anchor, keeping the one written about the earlier text', () => {
		let store = addDraft(emptyStore(), { ...place('/p/ch1/', 'gyosei-p2', [1, 4]), quote: quoteOf(paragraph) }, now);
		store = updateDraft(store, { path: '/p/ch1/', anchor: 'gyosei-p2', hash: quoteOf(paragraph).hash }, '前の本文への意見', now);
		const inserted = quoteOf('新たに追加された段落です。');
		store = addDraft(store, { ...place('/p/ch1/', 'gyosei-p2', [1, 4]), quote: inserted }, now);
		store = updateDraft(store, { path: '/p/ch1/', anchor: 'gyosei-p2', hash: inserted.hash }, '新しい段落への意見', now);
		expect(store.drafts.map((d) => [d.quote?.start, d.text])).toEqual([
			[quoteOf(paragraph).start, '前の本文への意見'],
			['新たに追加された段落です。', '新しい段落への意見'],
		]);
		store = removeDraft(store, { path: '/p/ch1/', anchor: 'gyosei-p2', hash: inserted.hash });
		expect(store.drafts.map((d) => d.text)).toEqual(['前の本文への意見']);
	});

	it('moves a draft to where its text now is, keeping its text, quote and order among the others', () => {
		const quote = quoteOf(paragraph);
		let store = addDraft(emptyStore(), { ...place('/p/ch1/', 'gyosei-p2', [1, 4]), quote }, now);
		store = addDraft(store, { ...place('/p/ch1/', 'gyosei-p3', [1, 5]), quote: quoteOf('次の段落です。') }, now);
		store = updateDraft(store, { path: '/p/ch1/', anchor: 'gyosei-p2', hash: quote.hash }, '目標への意見', now);
		store = moveDraft(store, { path: '/p/ch1/', anchor: 'gyosei-p2', hash: quote.hash }, { anchor: 'gyosei-p4', citation: '計画 第１章 第４段落', order: [1, 6] });
		expect(store.drafts.map((d) => [d.anchor, d.citation, d.text, d.quote?.hash])).toEqual([
			['gyosei-p3', '/p/ch1/#gyosei-p3', '', quoteOf('次の段落です。').hash],
			['gyosei-p4', '計画 第１章 第４段落', '目標への意見', quote.hash],
		]);
	});

	it('never moves a draft onto a place that has a draft about the same text', () => {
		const quote = quoteOf(paragraph);
		let store = addDraft(emptyStore(), { ...place('/p/ch1/', 'gyosei-p2', [1, 4]), quote }, now);
		store = addDraft(store, { ...place('/p/ch1/', 'gyosei-p3', [1, 5]), quote }, now);
		expect(moveDraft(store, { path: '/p/ch1/', anchor: 'gyosei-p2', hash: quote.hash }, { anchor: 'gyosei-p3', citation: '計画 第１章 第３段落', order: [1, 5] })).toBe(store);
	});

	it('keeps drafts stored without a quote working as before: read, opened again, updated, removed', () => {
		const old = { version: 1, drafts: [{ anchor: 's1-p1', path: '/p/ch1/', citation: '計画 第１章 第１段落', order: [1, 1], text: '前の版で書いた意見', updatedAt: '2026-12-01T00:00:00.000Z' }], fields: {}, channel: 0 };
		let store = parseStore(JSON.stringify(old));
		expect(store).toEqual(old);
		// Cited again from the page, which now gives a quote: the same draft opens.
		store = addDraft(store, { ...place('/p/ch1/', 's1-p1', [1, 1]), quote: quoteOf('本文') }, now);
		expect(store.drafts).toEqual(old.drafts);
		store = updateDraft(store, { path: '/p/ch1/', anchor: 's1-p1' }, '書き足した意見', now);
		expect(findDraft(store, { path: '/p/ch1/', anchor: 's1-p1' })?.text).toBe('書き足した意見');
		expect(removeDraft(store, { path: '/p/ch1/', anchor: 's1-p1' }).drafts).toEqual([]);
	});

	it('keeps the quote through localStorage, and a draft whose quote is unreadable without it, never dropping its text', () => {
		const store = addDraft(emptyStore(), { ...place('/p/ch1/', 's1-p1', [1, 1]), quote: quoteOf(paragraph) }, now);
		expect(parseStore(JSON.stringify(store))).toEqual(store);
		const broken = { ...store, drafts: [{ ...store.drafts[0], quote: { start: 1 } }] };
		expect(parseStore(JSON.stringify(broken)).drafts).toEqual([{ ...place('/p/ch1/', 's1-p1', [1, 1]), text: '', updatedAt: now.toISOString() }]);
	});
});

describe('the resident’s record of submitting', () => {
	const at = '2026-12-10T03:05:00.000Z';
	const draft = (updatedAt: string) => ({ anchor: 'p1', path: '/plans/p/ch1/', citation: '計画 第1章 第1段落', order: [1, 0] as [number, number], text: '意見', updatedAt });
	it('says when and how, in Japan time, and that a draft changed since is not in what was sent', () => {
		expect(submittedNote(undefined, [draft(at)])).toBeUndefined();
		expect(submittedNote({ at, channel: '電子メール' }, [draft('2026-12-10T03:00:00.000Z')])).toBe('12月10日 12:05に電子メールで提出したと記録しました（この端末だけの記録です）。');
		expect(submittedNote({ at, channel: '郵送' }, [draft('2026-12-11T00:00:00.000Z')])).toBe('12月10日 12:05に郵送で提出したと記録しました。その後で下書きを変えています。変えた内容も意見とするときは、あらためて提出してください。');
	});

	it('is kept with the drafts, and an unreadable one is dropped, not the drafts', () => {
		const stored = { ...emptyStore(), drafts: [draft(at)], submitted: { at, channel: '電子メール' } };
		expect(parseStore(JSON.stringify(stored)).submitted).toEqual({ at, channel: '電子メール' });
		const unreadable = parseStore(JSON.stringify({ ...stored, submitted: { at: 'いつか', channel: 1 } }));
		expect(unreadable.submitted).toBeUndefined();
		expect(unreadable.drafts).toHaveLength(1);
	});
});
