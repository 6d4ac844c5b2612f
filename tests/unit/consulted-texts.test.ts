/** A draft's text changed while residents comment on it: told at the next check, unless a notice tells them. */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { type ContentSnapshot, readContent } from '../../src/lib/content-check/check-content.ts';
import { consultedTexts, draftTextChanges } from '../../src/lib/content-check/consulted-texts.ts';
import { contentWithOverlay } from '../support/content-fixture.ts';

const jst = (local: string) => Date.parse(`${local}+09:00`);
// other-open (on other-plan) runs 2026-12-01 to 12-28; sample-interim closed in 2022.
const lastBuild = jst('2026-12-10T12:00:00');
const now = jst('2026-12-12T12:00:00');

let root: string;
let before: ContentSnapshot;
const read = async () => (await readContent(path.join(root, 'content'), root)).content;
const chapter = () => path.join(root, 'content/plans/other-plan/ch2.md');
const consultation = () => path.join(root, 'content/consultations/other-open.md');

beforeAll(async () => {
	root = await contentWithOverlay(path.resolve('tests/fixtures/consultation'));
	before = await read();
});

describe('a draft’s text changed during its consultation', () => {
	it('records the chapters of the drafts open for comment, and only those', () => {
		const record = consultedTexts(before, lastBuild);
		expect(Object.keys(record.consultations)).toEqual(expect.arrayContaining(['other-open']));
		expect(record.consultations['sample-interim']).toBeUndefined();
		expect(Object.keys(record.consultations['other-open']!.chapters)).toEqual(expect.arrayContaining(['ch1', 'ch2']));
		expect(draftTextChanges(before, record, now, root)).toEqual([]);
	});

	it('warns at the changed chapter while the period runs, until a notice dated since the last build tells residents', async () => {
		const record = consultedTexts(before, lastBuild);
		writeFileSync(chapter(), readFileSync(chapter(), 'utf8').replace(/。\n/, '。（追記）\n'));
		const changed = await read();
		expect(draftTextChanges(changed, record, now, root)).toEqual([
			{ file: 'content/plans/other-plan/ch2.md', message: expect.stringMatching(/^意見募集「.+」の期間中に、案の本文のこの章が変わりました（前回のビルド（令和8（2026）年12月10日）の後）。.+content\/consultations\/other-open\.md の notices（更新履歴）/), severity: 'warning' },
		]);
		// A chapter the last build did not have is said to have been added.
		const { ch1: _, ...withoutCh1 } = record.consultations['other-open']!.chapters;
		const added = draftTextChanges(changed, { ...record, consultations: { 'other-open': { plan: 'other-plan', chapters: withoutCh1 } } }, now, root);
		expect(added.map((p) => [p.file, /この章が(加わりました|変わりました)/.exec(p.message)?.[1]])).toEqual([
			['content/plans/other-plan/ch1.md', '加わりました'],
			['content/plans/other-plan/ch2.md', '変わりました'],
		]);
		// After the period, nothing more: the draft is a record then.
		expect(draftTextChanges(changed, record, jst('2026-12-29T00:00:00'), root)).toEqual([]);
		const file = readFileSync(consultation(), 'utf8');
		writeFileSync(consultation(), file.replace(/^notices:\n/m, 'notices:\n  - date: 2026-12-11\n    text: 第２章の誤字を訂正しました。\n'));
		expect(draftTextChanges(await read(), record, now, root)).toEqual([]);
	});
});
