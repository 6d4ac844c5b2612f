import { describe, expect, it } from 'vitest';
import { decodeUtf8, lineOfPath, parseYaml } from '../../src/lib/content-check/yaml-source.ts';

const source = `prefecture:
  name: 福島県
  code: "07"
dates:
  - label: 策定
    date: 2022-03
rows:
- name: a
  values:
    - { year: 2021, role: 現況値, value: 48.2 }
    - year: 2025
      value: x
`;

describe('lineOfPath', () => {
	it.each([
		[['prefecture', 'code'], 3],
		[['dates', 0, 'date'], 6],
		[['rows', 0, 'values', 0, 'value'], 10],
		[['rows', 0, 'values', 1, 'value'], 12],
	])('%j is on line %i', (path, line) => {
		expect(lineOfPath(source, path)).toBe(line);
	});

	it('falls back to the nearest written ancestor for a missing field', () => {
		expect(lineOfPath(source, ['rows', 0, 'values', 1, 'role'])).toBe(11);
		expect(lineOfPath(source, ['title'])).toBeUndefined();
	});
});

describe('parseYaml', () => {
	it('reports lines relative to where the YAML starts in its file', () => {
		expect(parseYaml('a: 1\nb: [1, 2\n', 2).issue?.line).toBeGreaterThanOrEqual(3);
	});
	it('catches a tab before js-yaml does: two spaces under a key, none before a key of its own', () => {
		expect(parseYaml('a:\n\tb: 1\n').issue).toMatchObject({ line: 2, message: expect.stringContaining('タブを半角スペース2つに置き換えてください') });
		expect(parseYaml('a: 1\n\tb: 1\n').issue).toMatchObject({ line: 2, message: expect.stringContaining('この行は字下げしない行です。行頭のタブを消してください') });
	});
	it('says a value starting with [ or - is read as a list, to be quoted, and names a key written twice with its first line', () => {
		expect(parseYaml('plan: p\ntitle: [参考] 計画の推進\n').issue).toEqual({ line: 2, message: '「title」の値「[参考] 計画の推進」が「[」で始まるため、YAML では一覧として読まれ、その後ろが読めません — 値全体を " で囲んでください（例: title: "[参考] 計画の推進"）' });
		expect(parseYaml('plan: p\ntitle: - 計画の推進\n').issue?.message).toMatch(/^「title」の値「- 計画の推進」が「- 」で始まるため/);
		expect(parseYaml('title: a\nsource:\n  title: b\norder: 1\ntitle: c\n').issue).toEqual({ line: 5, message: '「title」が2回書かれています（最初は1行目）— どちらか一方を消してください' });
	});
	it('catches a full-width colon after a key', () => {
		expect(parseYaml('title：計画\n').issue).toMatchObject({ line: 1, message: expect.stringContaining('全角コロン') });
	});
	it('leaves a full-width colon inside a value alone', () => {
		expect(parseYaml('title: 例：計画\n').data).toEqual({ title: '例：計画' });
	});
	it('catches a full-width colon after a key among other keys', () => {
		expect(parseYaml('title: 計画\nsummary：要約\nplan: x\n').issue).toMatchObject({ line: 2, message: expect.stringContaining('「summary：」') });
	});

	it('names a key with a full-width space in it without the space, instead of an unknown key and a missing one', () => {
		expect(parseYaml('title: 計画\nkind　: 計画\n').issue).toEqual({ line: 2, message: '項目名「kind」の後ろに全角スペースがあります — 消してください' });
		expect(parseYaml('prefecture:\n  na　me: 福島県\n').issue).toEqual({ line: 2, message: '項目名「name」の途中に全角スペースがあります — 消してください' });
		expect(parseYaml('summary: |\n  目標　: 100%\n').data).toEqual({ summary: '目標　: 100%\n' });
	});

	it('points at a key with no space after its colon, not at the line after, and quotes it', () => {
		const message = '「kind:計画」は「:」の後に空白がないため「キー: 値」と読めません — 「:」の後に半角スペースを入れてください（kind: 計画）';
		expect(parseYaml('title: 計画\nkind:計画\n\nsummary: 要約\n', 2).issue).toEqual({ line: 3, message });
		expect(parseYaml('title: 計画\nkind:計画\n').issue).toEqual({ line: 2, message });
		// Alone it parses, as the text 「kind:計画」.
		expect(parseYaml('kind:計画\n').issue).toEqual({ line: 1, message });
		expect(parseYaml('links:\n  - https://example.jp\n').data).toEqual({ links: ['https://example.jp'] });
	});
	it('leaves text alone that only looks like a key, inside a multi-line value', () => {
		expect(parseYaml('summary: |\n  DX：デジタル・トランスフォーメーション\n').data).toEqual({ summary: 'DX：デジタル・トランスフォーメーション\n' });
	});
	it('catches a key indented with a full-width space', () => {
		expect(parseYaml('prefecture:\n　code: "07"\n').issue).toMatchObject({ line: 2, message: expect.stringContaining('全角スペース') });
		expect(parseYaml('summary: |\n  　本文の字下げ\n').data).toEqual({ summary: '　本文の字下げ\n' });
	});
	it('says to quote a value that holds 「: 」', () => {
		expect(parseYaml('title: 計画\nsummary: 目標: 100%達成\nplan: x\n').issue).toMatchObject({ line: 2, message: expect.stringContaining('「summary」の値に「: 」') });
	});
	it('says to quote a value that starts with a character YAML reserves, at its line', () => {
		for (const value of ['%', '@', '`', '*', '&x', '!x']) {
			expect(parseYaml(`name: 指標\nunit: ${value}\nplan: x\n`).issue, value).toEqual({
				line: 2,
				message: `「unit」の値が「${value[0]}」で始まっています。YAML ではこの記号で始まる値は引用符で囲む必要があります — 値全体を " で囲んでください（例: unit: "${value[0]}…"）`,
			});
		}
		expect(parseYaml('unit: "%"\nname: 50%\n').data).toEqual({ unit: '%', name: '50%' });
	});
	it('reports a value YAML reads as an anchor, tag or alias without complaint, whose text would be lost', () => {
		expect(parseYaml('title: 計画\nname: &株式会社\n').issue).toMatchObject({ line: 2, message: expect.stringContaining('「name」の値が「&」で始まっています') });
		expect(parseYaml('aliases:\n  - !重要\n').issue).toMatchObject({ line: 2, message: expect.stringContaining('値が「!」で始まっています') });
		expect(parseYaml('a: &x 1\nb: *x\n').issue?.line).toBe(1);
		expect(parseYaml('summary: |\n  注意: &は記号\n  A&B社\nunit: 件!\n').data).toEqual({ summary: '注意: &は記号\nA&B社\n', unit: '件!' });
	});
	it('points at a list whose [ is not closed, not at the next line js-yaml stops on', () => {
		expect(parseYaml('title: 計画\nthemes: [a, b\nname: x\n').issue).toMatchObject({ line: 2, message: expect.stringContaining('「themes」の値の「[」が閉じていません') });
		expect(parseYaml('themes: [a, "b]", [c]]\n').data).toEqual({ themes: ['a', 'b]', ['c']] });
	});
	it('says what js-yaml means in Japanese, and keeps its words only for a complaint it does not know', () => {
		expect(parseYaml('themes: [a,, b]\n').issue?.message).toContain('（「[ ]」の中で半角カンマが続いているか、値のない項目があります）');
		expect(parseYaml('name: "C:\\Users"\n').issue?.message).toContain('「\\」の後ろが読めません');
		expect(parseYaml('summary: |x\n  本文\n').issue?.message).toContain('「|」や「>」の後ろは改行し');
		expect(parseYaml('%YAML 2.0\n---\na: 1\n').issue?.message).toContain('（js-yaml の説明: unacceptable YAML version of the document）');
	});
	it('reads empty YAML as no fields, for the schema to name the missing ones', () => {
		expect(parseYaml('')).toEqual({ data: {} });
		expect(parseYaml('\n\n')).toEqual({ data: {} });
	});
});

describe('decodeUtf8', () => {
	it('decodes UTF-8 and refuses Shift_JIS and a BOM', () => {
		expect(decodeUtf8(new TextEncoder().encode('福島県')).text).toBe('福島県');
		expect(decodeUtf8(new Uint8Array([0x95, 0x9f, 0x93, 0x87])).issue?.message).toContain('UTF-8 ではありません');
		expect(decodeUtf8(new Uint8Array([0xef, 0xbb, 0xbf, 0x61])).issue?.message).toContain('BOM');
	});
	it('reads Windows (CRLF) and old Mac (CR) line endings as LF', () => {
		expect(decodeUtf8(new TextEncoder().encode('a: 1\r\nb: 2\rc: 3\n')).text).toBe('a: 1\nb: 2\nc: 3\n');
	});
});
