/** Schema issues as the author reads them: what is wrong with the value written, and how to write it. */
import type { z } from 'astro/zod';
import { describe, expect, it } from 'vitest';
import { toAuthorIssues } from '../../src/lib/content-check/schema-issues.ts';
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
	});
});
