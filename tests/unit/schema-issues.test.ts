/** Schema issues as the author reads them: what is wrong with the value written, and how to write it. */
import type { z } from 'astro/zod';
import { describe, expect, it } from 'vitest';
import { toAuthorIssues } from '../../src/lib/content-check/schema-issues.ts';
import { chapterSchema } from '../../src/schemas/chapter.ts';
import { consultationSchema } from '../../src/schemas/consultation.ts';
import { glossarySchema } from '../../src/schemas/glossary.ts';
import { indicatorSchema } from '../../src/schemas/indicator.ts';

const indicator = { plan: 'p', chapter: 'ch1', section: 's1', name: '利用率', unit: '%', values: [{ year: 2021, role: '現況値', value: 48.2 }] };

/** The messages for `data`, which must fail `schema`. */
function messagesFor(schema: z.ZodType, data: unknown): string[] {
	const { error } = schema.safeParse(data);
	if (!error) throw new Error('the data passed the schema');
	return toAuthorIssues(error, data, schema).map((issue) => issue.message);
}

describe('toAuthorIssues', () => {
	it('gives a number written in full-width digits or with thousands commas as it should be written', () => {
		const valued = (value: unknown) => ({ ...indicator, values: [{ year: 2021, role: '現況値', value }] });
		expect(messagesFor(indicatorSchema, valued('８０'))).toEqual(['「values › 1番目 › value」の値が正しくありません: 「８０」は全角の数字です — 半角で 80 と書いてください']);
		expect(messagesFor(indicatorSchema, valued('3,477'))).toEqual(['「values › 1番目 › value」の値が正しくありません: 「3,477」は桁区切りのカンマがあるため数字と読めません — カンマを除いて 3477 と書いてください']);
		expect(messagesFor(indicatorSchema, valued('３，４７７．５'))).toEqual(['「values › 1番目 › value」の値が正しくありません: 「３，４７７．５」は全角の数字です（桁区切りのカンマ付き） — 半角で、カンマを除いて 3477.5 と書いてください']);
		// A figure copied with its unit: the value as the plan prints it, decimals kept (90.0, not 80 from the field's example).
		expect(messagesFor(indicatorSchema, valued('９０.０％'))).toEqual(['「values › 1番目 › value」の値が正しくありません: 「９０.０％」は全角の数字です（単位「%」付き） — 半角で、単位を除いて 90.0 と書いてください（単位「%」は unit に書きます）']);
		expect(messagesFor(indicatorSchema, valued('1,200件'))).toEqual(['「values › 1番目 › value」の値が正しくありません: 「1,200件」は桁区切りのカンマと単位「件」があるため数字と読めません — カンマと単位を除いて 1200 と書いてください（単位「件」は unit に書きます）']);
	});

	it('gives the example and advice of the field in question', () => {
		const valued = (value: unknown) => ({ ...indicator, values: [{ year: 2021, role: '現況値', value }] });
		expect(messagesFor(indicatorSchema, valued('約80'))).toEqual(['「values › 1番目 › value」の値が正しくありません: 「約80」は数字ではありません。数字だけで書いてください（例: 80）。「約」や単位は付けず、単位は unit に書きます']);
		expect(messagesFor(indicatorSchema, { ...indicator, name: 2022 })).toEqual(['「name」の値が正しくありません: 数字だけの値は引用符で囲んで文字列にしてください（例: name: "2022"）']);
	});

	it('names what the author cannot see in a value: a full-width space around it, full-width letters or signs, with the value to write', () => {
		const chapter = { plan: 'fukushima-dx-2022', order: 1, title: '計画の推進' };
		expect(messagesFor(chapterSchema, { ...chapter, plan: 'fukushima-dx-2022\u3000' })).toEqual([expect.stringMatching(/^「plan」の値が正しくありません: 値の前後に全角スペースがあります（「fukushima-dx-2022」と書いてください）。英小文字/)]);
		expect(messagesFor(chapterSchema, { ...chapter, plan: 'ｆｕｋｕｓｈｉｍａ-dx' })).toEqual([expect.stringMatching(/^「plan」の値が正しくありません: 全角の「ｆ」「ｕ」「ｋ」「ｓ」「ｈ」「ｉ」「ｍ」「ａ」があります（半角で「fukushima-dx」と書いてください）/)]);
	});

	it('takes a lone unknown field for the missing one only when its value is one that field takes: fax: for number:, not memo: for organiser:', () => {
		const base = { title: '案', prefecture: { name: '富山県', code: '16' }, organiser: '課', period: { start: '2026-12-01', end: '2026-12-31' } };
		expect(messagesFor(consultationSchema, { ...base, channels: [{ kind: 'ファクシミリ', fax: '076-000-0000' }] })).toEqual([
			'「channels › 1番目 › fax」という項目は使えません — ここに必要な「number:」がありません。その値のつもりなら、「fax:」を「number:」に直してください',
		]);
		const { organiser: _, ...withoutOrganiser } = base;
		const messages = messagesFor(consultationSchema, { ...withoutOrganiser, memo: 3 });
		expect(messages).toHaveLength(2);
		expect(messages).toEqual(expect.arrayContaining([expect.stringMatching(/^必須の項目「organiser」がありません/), expect.stringMatching(/^「memo」という項目は使えません — .*その行を削除してください$/)]));
	});

	it('offers the half-width value only where the field would take it: not an address with a name after it', () => {
		const consultation = { title: '案', prefecture: { name: '富山県', code: '16' }, organiser: '課', period: { start: '2026-12-01', end: '2026-12-31' } };
		const messages = messagesFor(consultationSchema, { ...consultation, contact: { name: '課', email: 'dx@pref.toyama.lg.jp（担当：山田）' } });
		expect(messages).toEqual([expect.stringMatching(/^「contact › email」の値が正しくありません: 全角の「（」「：」「）」があります。/)]);
		expect(messages[0]).not.toContain('半角で');
	});

	it('quotes a number as the file writes it, whose zeros YAML drops (00120, 1.10), on a line of its own or in a { } list item', () => {
		const yaml = 'plan: p\nchapter: ch1\nsection: s1\nname: 00120    # 文書のとおり\nunit: "%"\nvalues:\n  - { year: 2021, role: 現況値, value: 48.2 }\ncomparisons:\n  - { area: 0070, value: 3 }\nsource: 1.10\n';
		const data = { ...indicator, name: 120, source: 1.1, comparisons: [{ area: 70, value: 3 }] };
		const { error } = indicatorSchema.safeParse(data);
		expect(toAuthorIssues(error!, data, indicatorSchema, yaml).map((issue) => issue.message)).toEqual([
			'「name」の値が正しくありません: 数字だけの値は引用符で囲んで文字列にしてください（例: name: "00120"）',
			'「comparisons › 1番目 › area」の値が正しくありません: 数字だけの値は引用符で囲んで文字列にしてください（例: area: "0070"）',
			'「source」の値が正しくありません: 数字だけの値は引用符で囲んで文字列にしてください（例: source: "1.10"）',
		]);
		const consultation = { title: '意見募集', prefecture: { name: '福島県', code: '07' }, organiser: '課', period: '2026-12-01〜2026-12-28' };
		expect(messagesFor(consultationSchema, consultation)).toEqual([
			'「period」の値が正しくありません: 字下げした項目のまとまりで書いてください — 「period:」だけの行の下に、1行に1項目ずつ半角スペース2つで字下げして書きます（例: 「period:」「  start: 2026-12-01」「  end: 2026-12-28」）',
		]);
	});

	it('gives the example of a field taking a date or a date and time when its value is neither (a number, fields)', () => {
		const consultation = { title: '意見募集', prefecture: { name: '福島県', code: '07' }, organiser: '課', period: { start: '2026-12-01', end: '2026-12-28' } };
		for (const closes of [1225, { date: '2026-12-25', time: '17:00' }]) {
			expect(messagesFor(consultationSchema, { ...consultation, channels: [{ kind: '持参', address: '県庁', closes }] })).toEqual([
				'「channels › 1番目 › closes」の値が正しくありません: この値は読み取れません — 「closes: "2026-12-25 17:00"」の形で書いてください。時刻がなければ日付だけを引用符なしで書きます（closes: 2026-12-25）',
			]);
		}
	});

	it('names the value a field taking a few means, by another word or a slip', () => {
		expect(messagesFor(indicatorSchema, { ...indicator, direction: '上昇' })).toEqual(['「direction」の値が正しくありません: 「上昇」は「増加」のことではありませんか — 次のどれかを書いてください: 増加、減少']);
		const consultation = { title: '意見募集', prefecture: { name: '福島県', code: '07' }, organiser: '課', period: { start: '2026-12-01', end: '2026-12-28' } };
		expect(messagesFor(consultationSchema, { ...consultation, channels: [{ kind: 'FAX', number: '024-000-0000' }] })).toEqual([
			'「channels › 1番目 › kind」の値が正しくありません: 「FAX」は「ファクシミリ」のことではありませんか — 次のどれかを書いてください: ウェブフォーム、電子メール、郵送、ファクシミリ、持参',
		]);
		// A field that may be left out, given a value none of its own means: leaving it out is said too (stage: 案 of 「（案）」).
		expect(messagesFor(indicatorSchema, { ...indicator, direction: '横ばい' })).toEqual(['「direction」の値が正しくありません: 次のどれかを書いてください: 増加、減少。どれにも当たらなければ、この項目は省けます（「direction:」の行を削除）']);
		expect(messagesFor(consultationSchema, { ...consultation, stage: '案' })).toEqual([
			'「stage」の値が正しくありません: 次のどれかを書いてください: 骨子案、素案、中間案、原案、最終案。どれにも当たらなければ、この項目は省けます（「stage:」の行を削除）',
		]);
		// A field that must be there is not said to be one to leave out.
		expect(messagesFor(consultationSchema, { ...consultation, channels: [{ kind: 'ポスト', number: '1' }] })[0]).not.toContain('省けます');
	});

	it('says a whole number and true/false are wanted in words, and the line to add for a missing field', () => {
		expect(messagesFor(indicatorSchema, { ...indicator, values: [{ year: 2021.5, role: '現況値', value: 1 }] })).toEqual(['「values › 1番目 › year」の値が正しくありません: 整数（小数点なし）で書いてください']);
		expect(messagesFor(chapterSchema, { plan: 'p', order: 1, title: 't', titleIsDescriptive: 'はい' })).toEqual(['「titleIsDescriptive」の値が正しくありません: true か false の値で書いてください']);
		const consultation = { title: '意見募集', prefecture: { name: '福島県', code: '07' }, organiser: '課', period: { start: '2026-12-01', end: '2026-12-28' } };
		expect(messagesFor(consultationSchema, { ...consultation, channels: [{ kind: '郵送' }] })).toEqual(['必須の項目「channels › 1番目 › address」がありません — 「address: …」を追加してください']);
		// source takes one of two forms (a plan, or the editors): missing, it is missing, not written wrong.
		expect(messagesFor(glossarySchema, { term: 'オープンデータ', reading: 'おーぷんでーた' })).toEqual(['必須の項目「source」がありません — 「source: …」を追加してください']);
	});
});
