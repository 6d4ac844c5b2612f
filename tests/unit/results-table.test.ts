import { readFileSync } from 'node:fs';
import { load } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { ImportError } from '../../src/lib/importer/import-plan.ts';
import { numbersNotInOrder, readResultsTable, resultsOfTables, resultsToCheck, resultsYaml, rowWhere, withResults } from '../../src/lib/importer/results-table.ts';
import { consultationSchema } from '../../src/schemas/consultation.ts';

const fixture = (name: string) => readFileSync(`tests/fixtures/results-tables/${name}`);
const csv = (text: string) => new TextEncoder().encode(text);

describe('a results table saved from Excel', () => {
	it('finds the header under the title rows, and reads each row’s cells with their line breaks', () => {
		const table = readResultsTable(fixture('excel-utf8.csv'));
		expect(table.source).toBe('UTF-8 の CSV');
		expect(table.headerLine).toBe(3);
		expect(table.columns).toEqual({ number: 'No.', place: '該当箇所', summary: 'ご意見の要旨', response: 'ご意見に対する県の考え方', reflection: '対応区分' });
		expect(table.items[0]).toEqual({
			line: 4,
			number: '1',
			place: '第２章\n２(1)',
			summary: '高齢者がスマートフォンを使えるよう、\n講習会を増やしてほしい。',
			response: 'ご意見を踏まえ、\n「デジタル活用支援」に講習会の拡充を追記します。',
			reflection: '反映する',
			reflectionWritten: '反映',
		});
		// Rows as a spreadsheet numbers them: cells of two lines each (file lines 4 to 7) are one row, 4.
		expect(table.items.map((item) => item.line)).toEqual([4, 5, 8, 9]);
	});

	it('reads 反映 in the site’s words, keeps what it cannot, and leaves blank cells blank', () => {
		const { items } = readResultsTable(fixture('excel-utf8.csv'));
		expect(items.map((item) => [item.reflection, item.reflectionWritten])).toEqual([
			['反映する', '反映'],
			[undefined, 'Ｃ'],
			['今後の参考とする', '参考'],
			['既に盛り込み済み', undefined],
		]);
		expect(items[2]!.response).toBeUndefined();
		expect(items[3]!.summary).toBeUndefined();
	});

	it('lists the rows it leaves out that hold words (a heading row), not the empty ones', () => {
		expect(readResultsTable(fixture('excel-utf8.csv')).skipped).toEqual([{ line: 7, text: '第５章について' }]);
	});

	it('leaves out the header typed again further down (at a page break), not taking it for an opinion', () => {
		const table = readResultsTable(csv('No.,ご意見,県の考え方\n1,a,b\nNo.,御意見,県の考え方\n2,c,d\n'));
		expect(table.items.map((item) => item.summary)).toEqual(['a', 'c']);
		expect(table.skipped).toEqual([{ line: 3, text: 'No.、御意見、県の考え方', repeatsHeader: true }]);
		expect(resultsToCheck(table).rows.map(({ message }) => message)).toEqual(['見出しと同じ行（「No.、御意見、県の考え方」）は、見出しの繰り返しとして取り込んでいません']);
	});

	it('leaves out a totals row under the opinions (合計 | 2件), which counts them and is none of them', () => {
		const table = readResultsTable(csv('No.,ご意見,県の考え方\n1,a,b\n2,c,d\n合　計,2件,\n'));
		expect(table.items.map((item) => item.summary)).toEqual(['a', 'c']);
		expect(resultsToCheck(table).rows.map(({ message }) => message)).toEqual(['合計の行（「合　計、2件」）は意見ではないため取り込んでいません']);
	});

	it('compares its opinions with the count submitted: more is a mistake, fewer may be opinions summed up together', () => {
		const table = readResultsTable(csv('No.,ご意見,県の考え方\n1,a,b\n2,c,d\n'));
		const counted = (count: number) => resultsToCheck(table, count).notes.filter((note) => note.startsWith('表の意見は'));
		expect(counted(2)).toEqual([]);
		expect(counted(1)).toEqual([expect.stringMatching(/^表の意見は2件で、--opinions の提出意見数 1件より多くなっています/)]);
		expect(counted(5)).toEqual([expect.stringMatching(/^表の意見は2件で、--opinions の提出意見数 5件より少なくなっています — 同じ趣旨の意見をまとめて/)]);
	});

	it('reads Excel’s plain CSV (Shift_JIS) and its Unicode text (UTF-16, tab separated)', () => {
		const shiftJis = readResultsTable(fixture('excel-shift-jis.csv'));
		expect(shiftJis.source).toBe('Shift_JIS の CSV');
		expect(shiftJis.items).toEqual([{ line: 2, number: '1', summary: 'マイナンバーカードの普及を進めてほしい。', response: '①窓口での申請支援を行います。' }]);
		const unicode = readResultsTable(fixture('excel-unicode.txt'));
		expect(unicode.source).toBe('UTF-16 のタブ区切りのテキスト');
		expect(unicode.columns).toEqual({ summary: '意見の内容', response: '回答', reflection: '反映状況' });
		expect(unicode.items[0]).toMatchObject({ summary: '申請手続のオンライン化を急いでほしい。', reflection: '一部反映する' });
	});

	it('splits a file’s cells at its one separator: a comma in Unicode text, a tab in a CSV cell stay in the cell', () => {
		// Excel leaves a cell that holds only a comma unquoted in Unicode text.
		const unicode = readResultsTable(csv('番号\tご意見の概要（要旨, 抜粋）\t県の考え方\n1\t補助金を1,000万円に増やすべき。\t予算の範囲内で検討します。\n'));
		expect(unicode.items).toEqual([{ line: 2, number: '1', summary: '補助金を1,000万円に増やすべき。', response: '予算の範囲内で検討します。' }]);
		expect(unicode.skipped).toEqual([]);
		const pasted = readResultsTable(csv('番号,ご意見の概要,県の考え方\n1,補助金を\t増やすべき。,検討します。\n'));
		expect(pasted.items).toEqual([{ line: 2, number: '1', summary: '補助金を\t増やすべき。', response: '検討します。' }]);
		expect(pasted.source).toBe('UTF-8 の CSV');
	});

	it('says in staff’s words where a CSV’s quotes are written wrong', () => {
		expect(() => readResultsTable(csv('番号,ご意見,県の考え方\n1,"補助金を,検討します。\n'))).toThrow('表を CSV として読めません（「"」で始まるセルが、ファイルの終わりまで「"」で閉じられていません）');
		const stray = '（ファイルの2行目で、「"」の使い方が正しくありません（「"」で囲んだセルの後に、区切りの';
		expect(() => readResultsTable(csv('番号,ご意見,県の考え方\n1,"補助金"を,検討します。\n'))).toThrow(`${stray}「,」の前に`);
		// Unicode text: said of its tabs, not in the parser's English.
		expect(() => readResultsTable(csv('番号\tご意見\t県の考え方\n1\t"補助金"を\t検討します。\n'))).toThrow(`${stray}タブの前に`);
	});

	it('says what header it needs when no row names the opinion and the answer', () => {
		expect(() => readResultsTable(csv('番号,内訳\n1,a\n'))).toThrow(ImportError);
		expect(() => readResultsTable(csv('番号,氏名\n1,a\n'))).toThrow('「意見の概要」（ご意見の要旨 など）と「県の考え方」（回答 など）の見出しがある行が必要です（最初の行: 「番号、氏名」）');
		expect(() => readResultsTable(csv('意見,回答\n,\n'))).toThrow('見出しの行（1行目）の下に、意見も考え方もある行がありません');
	});

	it('says, of the row most like a header, what its headers were read as and which of the two needed it lacks', () => {
		expect(() => readResultsTable(csv('No.,ページ,意見の要旨,県の説明,反映区分\n1,P3,a,b,反映\n'))).toThrow(
			'見出しの行が見つかりません — 1行目の「No.」は番号、「ページ」は該当箇所、「意見の要旨」は意見の概要、「反映区分」は反映と読めましたが、「県の考え方」に当たる見出しがありません（読めなかった見出し: 「県の説明」）。その列の見出しを「県の考え方」か「回答」に直してください',
		);
		// Under a title that names one column (意見), the row naming more is the one meant.
		expect(() => readResultsTable(csv('意見募集の結果\n番号,区分,内訳\n1,反映,a\n'))).toThrow(
			'見出しの行が見つかりません — 2行目の「番号」は番号、「区分」は反映と読めましたが、「意見の概要」と「県の考え方」に当たる見出しがありません（読めなかった見出し: 「内訳」）。その列の見出しを「意見の概要」か「ご意見の要旨」、「県の考え方」か「回答」に直してください',
		);
	});

	it('tells the answer’s, number’s and place’s columns from the opinion’s when they name 意見 or 内容 too', () => {
		expect(readResultsTable(csv('意見の内容,対応内容\na,b\n')).columns).toEqual({ summary: '意見の内容', response: '対応内容' });
		expect(readResultsTable(csv('御意見の要旨,御意見に対する県の考え方\na,b\n')).columns).toEqual({ summary: '御意見の要旨', response: '御意見に対する県の考え方' });
		expect(readResultsTable(csv('意見番号,意見の該当箇所,意見,県の対応\n1,第1章,a,b\n')).columns).toEqual({ number: '意見番号', place: '意見の該当箇所', summary: '意見', response: '県の対応' });
	});

	it('never reads a column naming the opinion’s category (意見区分) as 反映, whose その他 would be published as the answer’s', () => {
		const table = readResultsTable(csv('番号,意見区分,意見の概要,県の考え方,対応区分\n1,その他,目標を高くすべき。,国の目標を踏まえています。,参考\n2,計画全般,教室を開いてほしい。,修正します。,反映\n'));
		expect(table.columns).toEqual({ number: '番号', summary: '意見の概要', response: '県の考え方', reflection: '対応区分' });
		expect(table.items.map((item) => item.reflection)).toEqual(['今後の参考とする', '反映する']);
		for (const header of ['意見区分', 'ご意見の区分', '意見の分類', '意見の種別', '分野区分', '項目区分']) {
			expect(readResultsTable(csv(`${header},意見,県の考え方\nその他,a,b\n`)).columns, header).toEqual({ summary: '意見', response: '県の考え方' });
		}
	});

	it('reads the answer’s category under the names tables give it: 対応区分, 反映状況, and 対応 or 県の対応 beside the answer’s text', () => {
		for (const header of ['区分', '対応区分', '反映区分', '回答区分', '意見に対する対応区分', '反映状況', '反映の有無', '計画への反映', '対応状況', '修正の有無', '対応', '県の対応', '意見への対応']) {
			expect(readResultsTable(csv(`意見の概要,県の考え方,${header}\na,b,反映\n`)).columns, header).toEqual({ summary: '意見の概要', response: '県の考え方', reflection: header });
		}
		// Without another column for the answer, 対応 holds its text.
		expect(readResultsTable(csv('意見の概要,対応\na,b\n')).columns).toEqual({ summary: '意見の概要', response: '対応' });
		expect(readResultsTable(csv('意見の概要,ご意見への対応\na,b\n')).columns).toEqual({ summary: '意見の概要', response: 'ご意見への対応' });
		for (const header of ['県の考えかた', '県の見解']) expect(readResultsTable(csv(`意見の要旨,${header}\na,b\n`)).columns.response).toBe(header);
	});

	it('reads the header naming a column most plainly where two name it (対応区分 over 区分 alone, else the left), and says which', () => {
		const plainer = readResultsTable(csv('番号,区分,意見の概要,県の考え方,対応区分\n1,計画全般,a,b,参考\n'));
		expect(plainer.columns.reflection).toBe('対応区分');
		expect(plainer.items[0]!.reflection).toBe('今後の参考とする');
		// The columns in the table's order, as staff see them.
		expect(Object.keys(plainer.columns)).toEqual(['number', 'summary', 'response', 'reflection']);
		expect(resultsToCheck(plainer).notes[0]).toBe('「区分」と「対応区分」がどちらも反映の列に当たります。「対応区分」を読みました — 違うときは、読むべきでない列の見出しを直して（意見の区分なら「意見区分」に）取り込み直してください');
		// 対応 beside the answer's text names the answer's category more plainly than 区分 alone; 対応区分 more plainly still.
		expect(readResultsTable(csv('区分,意見,県の考え方,対応\nその他,a,b,反映\n')).columns.reflection).toBe('対応');
		expect(readResultsTable(csv('意見,県の考え方,対応,対応区分\na,b,c,反映\n')).columns.reflection).toBe('対応区分');
		expect(resultsToCheck(readResultsTable(csv('意見,要旨,意見の内容,回答\na,b,c,d\n'))).notes[0]).toMatch(/^「意見」と「要旨」と「意見の内容」がいずれも意見の概要の列に当たります。「意見」を読みました/);
		const left = readResultsTable(csv('意見,ご意見の要旨,回答\na,b,c\n'));
		expect(left.columns.summary).toBe('意見');
		expect(resultsToCheck(left).notes[0]).toBe('「意見」と「ご意見の要旨」がどちらも意見の概要の列に当たります。「意見」を読みました — 違うときは、読むべきでない列の見出しを直して取り込み直してください');
	});

	it('does not take 「その他」 as the answer from a column headed 区分 alone whose other cells name no answer: it may be the opinion’s topic', () => {
		const topics = readResultsTable(csv('番号,区分,意見の概要,県の考え方\n1,計画全般,目標を高くすべき。,国の目標を踏まえています。\n2,その他,教室を開いてほしい。,修正します。\n'));
		expect(topics.columns.reflection).toBe('区分');
		expect(topics.items.map((item) => [item.reflection, item.reflectionWritten])).toEqual([
			[undefined, '計画全般'],
			[undefined, 'その他'],
		]);
		const { rows, notes } = resultsToCheck(topics);
		expect(rows.map(({ line, message }) => `${line}: ${message.split(' — ')[0]}`)).toEqual([
			'2: 区分「計画全般」はこのサイトの区分にないため、reflection を「【要記入】」の印付きの「その他」にしました',
			'3: 区分「その他」は意見の分類かもしれないため（下の注記）、reflection を「【要記入】」の印付きの「その他」にしました',
		]);
		expect(notes[0]).toBe(
			'「区分」の列には、「その他」のほかに反映の区分（反映する、今後の参考とする など）がありません。意見の分類の列かもしれないため、「その他」も「【要記入】」の印付きにしました — 意見の分類なら、見出しを「意見区分」に直して取り込み直してください',
		);
		expect(resultsYaml(topics, { published: '2027-02-01', opinionCount: 2 })).toContain('reflection: その他    # 【要記入】表の区分は「その他」: ');
		// Beside an answer in the same column, その他 is one: the column is the answer's category.
		const answers = readResultsTable(csv('区分,意見,県の考え方\n参考,a,b\nその他,c,d\n'));
		expect(answers.items.map((item) => item.reflection)).toEqual(['今後の参考とする', 'その他']);
		expect(answers.reflectionMaybeTopic).toBeUndefined();
		expect(resultsToCheck(answers).rows).toEqual([]);
		// その他 written with its reason is その他 all the same; a column with no その他 has nothing to hold back.
		const withReason = readResultsTable(csv('区分,意見,県の考え方\n計画全般,a,b\nその他（要望）,c,d\n'));
		expect(resultsToCheck(withReason).rows.map(({ message }) => message.split('は')[0])).toEqual(['区分「計画全般」', '区分「その他（要望）」']);
		expect(resultsToCheck(withReason).rows[1]!.message).toMatch(/^区分「その他（要望）」は意見の分類かもしれないため/);
		expect(readResultsTable(csv('区分,意見,県の考え方\n計画全般,a,b\n,c,d\n')).reflectionMaybeTopic).toBeUndefined();
		// A header naming the answer's category is taken at its word.
		expect(readResultsTable(csv('意見,県の考え方,対応区分\na,b,その他\n')).items[0]!.reflection).toBe('その他');
	});

	it('names the columns it does not read, by their header or, with text under none, by their place', () => {
		const table = readResultsTable(csv('番号,意見区分,意見,回答,氏名,,\n1,その他,a,b,山田,メモ,\n'));
		expect(table.unread).toEqual(['意見区分', '氏名', '見出しのない6列目']);
		expect(resultsToCheck(table).notes[0]).toBe('読まなかった列: 意見区分、氏名、見出しのない6列目 — 取り込むのは番号・該当箇所・意見の概要・県の考え方・反映の列だけです。結果に載せる内容なら、見出しを直して取り込み直すか、取り込んだ後に書き加えてください');
		expect(readResultsTable(csv('意見,回答\na,b\n')).unread).toBeUndefined();
		// Where no column is read as 反映, one not read may be it under a header not known.
		expect(resultsToCheck(readResultsTable(csv('意見,回答,県の措置\na,b,反映\n'))).notes[1]).toMatch(/項目ごとに選んでください。読まなかった列が反映の区分なら、その見出しを「対応区分」に直して取り込み直すこともできます$/);
	});

	it('names the rows whose own number is not the one the site shows, and keeps the table’s numbers then, not otherwise', () => {
		const table = readResultsTable(csv('番号,意見,回答\n１,a,b\n2-1,c,d\n3,e,f\n'));
		expect(numbersNotInOrder(table.items).map((item) => item.number)).toEqual(['2-1']);
		const numbers = (read: typeof table) =>
			(load(resultsYaml(read, { published: '2027-02-01', opinionCount: 3 })) as { results: { items: Array<{ number?: string }> } }).results.items.map((item) => item.number);
		expect(numbers(table)).toEqual(['１', '2-1', '3']);
		expect(numbers(readResultsTable(csv('番号,意見,回答\n1,a,b\n2,c,d\n')))).toEqual([undefined, undefined]);
	});
});

describe('what staff are told to check after the import', () => {
	it('lists the table’s lines to look at, in order, then what concerns the whole table', () => {
		const table = readResultsTable(fixture('excel-utf8.csv'));
		const { rows, notes } = resultsToCheck(table);
		expect(rows.map(({ line, message }) => `${line}: ${message.split('—')[0]!.trim()}`)).toEqual([
			'5: 区分「Ｃ」はこのサイトの区分にないため、reflection を「【要記入】」の印付きの「その他」にしました',
			'7: 意見も考え方もない行（「第５章について」）は取り込んでいません（見出しの行なら、このままで構いません）',
			'8: 県の考え方が空欄のため「【要記入】」にしました',
			'9: 意見の概要が空欄のため「【要記入】」にしました',
		]);
		expect(notes).toHaveLength(1);
		expect(notes[0]).toContain('該当箇所は表のとおり place に書きました。章・節に読めなかったものも');
		// Read as the draft's heading, the place is counted instead.
		const placed = { ...table, items: table.items.map((item) => ({ ...item, concerns: { concerns: 'plan:draft/ch2', heading: '第２章' } })) };
		expect(resultsToCheck(placed).notes).toEqual([expect.stringMatching(/^4件の該当箇所を、案の章・節の番号から concerns に読みました/)]);
	});

	it('lists the rows of tables read one after another table by table, whatever their lines', () => {
		const rows = (...cells: string[][]) => cells.map((row, i) => ({ cells: row, line: i + 1 }));
		const joined = resultsOfTables(
			[
				{ name: '1つ目の表', rows: rows(['意見', '回答'], ['a', 'b'], ['', ''], ['', ''], ['c', '']) },
				{ name: '2つ目の表', rows: rows(['意見', '回答'], ['', 'd']) },
			],
			'両方',
		);
		expect(resultsToCheck(joined).rows.map((row) => `${rowWhere(row)}: ${row.message.slice(0, 8)}`)).toEqual(['1つ目の表の5行目: 県の考え方が空欄', '2つ目の表の2行目: 意見の概要が空欄']);
	});

	it('says once, of tables read one after another, the columns two headers name and those not read', () => {
		const rows = (...cells: string[][]) => cells.map((row, i) => ({ cells: row, line: i + 1 }));
		const header = ['区分', '意見', '回答', '対応区分', '氏名'];
		const joined = resultsOfTables(
			[
				{ name: '1つ目の表', rows: rows(header, ['計画全般', 'a', 'b', '反映', '山田']) },
				{ name: '2つ目の表', rows: rows(header, ['第1章', 'c', 'd', '参考', '佐藤']) },
			],
			'両方',
		);
		expect(joined.competing).toEqual([{ column: 'reflection', headers: ['区分', '対応区分'], read: '対応区分' }]);
		expect(joined.unread).toEqual(['区分', '氏名']);
		expect(resultsToCheck(joined).notes.map((note) => note.split(' — ')[0])).toEqual(['「区分」と「対応区分」がどちらも反映の列に当たります。「対応区分」を読みました', '読まなかった列: 区分、氏名']);
	});

	it('says when the table has no 区分 column, a row leaves it blank, or the table’s own numbers are kept', () => {
		const withoutColumn = resultsToCheck(readResultsTable(csv('番号,意見,回答\n1,a,b\n2-1,c,d\n')));
		expect(withoutColumn.rows).toEqual([]);
		expect(withoutColumn.notes.map((note) => note.slice(0, 12))).toEqual(['表に反映（対応区分）の列', '元の表の番号は 1, 2']);
		expect(resultsToCheck(readResultsTable(csv('意見,回答,区分\na,b,反映\nc,d,\n'))).rows).toEqual([{ line: 3, message: expect.stringMatching(/^反映が空欄のため/) }]);
	});

	it('marks a plain CSV’s 「?」, which may stand for a character Shift_JIS lacks, to compare with the table; not the full-width ？ it keeps', () => {
		const replaced = readResultsTable(fixture('excel-shift-jis-replaced.csv'));
		expect(replaced.items.map(({ summary, maybeReplaced }) => [summary, maybeReplaced])).toEqual([
			['?田地区の通信環境を改善してほしい。', true],
			['手続はいつオンラインになりますか？', undefined],
		]);
		expect(resultsToCheck(replaced).rows).toEqual([{ line: 2, message: expect.stringMatching(/^「\?」があるため「【要記入】」の印を付けました。Excel の「CSV」（Shift_JIS）で保存すると/) }]);
		// The mark is a comment after the opinion, so the check holds a published case until staff have compared it; the text reads back as it is.
		const yaml = resultsYaml(replaced, { published: '2027-02-01', opinionCount: 2 });
		expect(yaml).toContain('    - summary: ?田地区の通信環境を改善してほしい。    # 【要記入】「?」は Shift_JIS にない文字が置き換わったものかもしれません');
		expect((load(yaml) as { results: { items: Array<{ summary: string }> } }).results.items[0]!.summary).toBe('?田地区の通信環境を改善してほしい。');
		// In UTF-8 nothing was replaced: a ? is the writer's own.
		expect(readResultsTable(csv('意見,回答\nなぜ?,説明します。\n')).items[0]!.maybeReplaced).toBeUndefined();
	});

	it('writes characters pasted from a PDF in place of others of the same shape as they show, and says so by the row', () => {
		// 「⾏」 is the Kangxi radical a PDF gives for 行; 「‧」 the hyphenation point it gives for ・.
		const table = readResultsTable(csv('該当箇所,意見,回答\n第２章,⾏政⼿続を簡単にしてほしい。,人‧モノの連携を進めます。\n第３章,研修を増やしてほしい。,検討します。\n'));
		expect(table.items.map(({ summary, response }) => [summary, response])).toEqual([
			['行政手続を簡単にしてほしい。', '人・モノの連携を進めます。'],
			['研修を増やしてほしい。', '検討します。'],
		]);
		expect(resultsToCheck(table).rows).toEqual([{ line: 2, message: expect.stringMatching(/^見た目が同じ別の文字を、見た目どおりの文字に直しました（「⾏」→「行」 1字、「⼿」→「手」 1字、「‧」→「・」 1字）/) }]);
	});
});

describe('the results block written into the consultation', () => {
	const table = readResultsTable(fixture('excel-utf8.csv'));
	const block = resultsYaml(table, { published: '2027-02-01', opinionCount: 5 });
	const consultation = [
		'---',
		'title: テスト県DX推進戦略（素案）に対する意見募集',
		'prefecture:',
		'  name: 千葉県',
		'  code: "12"',
		'organiser: デジタル改革推進課',
		'period:',
		'  start: 2026-12-01',
		'  end: 2026-12-28',
		'---',
		'',
		'本文',
		'',
	].join('\n');

	it('is YAML that reads back as the table’s text, blanks and unknown 反映 marked 【要記入】', () => {
		const { results } = load(block) as { results: { published: string; opinionCount: number; items: object[] } };
		expect(results.published).toBe('2027-02-01');
		expect(results.opinionCount).toBe(5);
		expect(results.items).toEqual([
			{ place: '第２章\n２(1)', summary: table.items[0]!.summary, response: table.items[0]!.response, reflection: '反映する' },
			{ place: '第４章', summary: '計画期間が長すぎる。', response: '計画期間は国の計画に合わせています。', reflection: 'その他' },
			{ place: '第５章１', summary: 'データの公開を進めてほしい。', response: '【要記入】', reflection: '今後の参考とする' },
			{ summary: '【要記入】', response: 'オープンデータの推進に記載しています。', reflection: '既に盛り込み済み' },
		]);
		// The stand-in その他 carries the mark and the table's own word; each item names its row, and keeps the 該当箇所 as the table writes it.
		expect(block).toContain('reflection: その他    # 【要記入】表の区分は「Ｃ」: 反映する | 一部反映する | 既に盛り込み済み | 今後の参考とする | 反映しない | その他 から選んでください');
		expect(block).toContain('    # 表の4行目（番号 1）\n    - place: |-\n        第２章\n        ２(1)\n      summary: |-');
	});

	it('writes a 該当箇所 read as the draft’s section as concerns, marked 【要記入】 until staff confirm it', () => {
		const [first, ...rest] = table.items;
		const read = { ...table, items: [{ ...first!, concerns: { concerns: 'plan:draft/ch2#people', heading: '第２章 ２ 人材の育成' } }, ...rest] };
		const yaml = resultsYaml(read, { published: '2027-02-01', opinionCount: 5 });
		expect(yaml).toContain('      concerns: plan:draft/ch2#people    # 【要記入】表の該当箇所「第２章 ２(1)」を「第２章 ２ 人材の育成」と読みました — 確かめたら、この印を消してください\n      summary: |-');
		const { results } = load(yaml) as { results: { items: Array<{ concerns?: string }> } };
		expect(results.items.map((item) => item.concerns)).toEqual(['plan:draft/ch2#people', undefined, undefined, undefined]);
	});

	it('keeps text whose lines start with spaces, or that YAML would read otherwise, as it is', () => {
		const tricky = ['  字下げした行\n次の行', '- 箇条書きのような文', 'キー: 値のような文', '#で始まる文', '"引用"', '123', 'true'];
		const items = tricky.map((text, i) => ({ line: i + 2, summary: text, response: `${text}\n\n　全角の空白で始まる段落` }));
		const { results } = load(resultsYaml({ source: 'UTF-8 の CSV', headerLine: 1, columns: { summary: '意見', response: '回答' }, items, skipped: [] }, { published: '2027-02-01', opinionCount: 7 })) as {
			results: { items: Array<{ summary: string; response: string }> };
		};
		expect(results.items.map((item) => [item.summary, item.response])).toEqual(items.map((item) => [item.summary, item.response]));
	});

	it('goes at the end of the frontmatter, and the file is a valid consultation', () => {
		const file = withResults(consultation, block, 'case.md');
		expect(file.startsWith(consultation.split('---\n\n')[0]!)).toBe(true);
		expect(file.endsWith('---\n\n本文\n')).toBe(true);
		const frontmatter = load(file.split('---\n')[1]!);
		expect(consultationSchema.parse(frontmatter).results?.items).toHaveLength(4);
	});

	it('keeps a file’s CRLF line ends, and never replaces results already there', () => {
		const crlf = consultation.replaceAll('\n', '\r\n');
		const file = withResults(crlf, block, 'case.md');
		expect(file.replaceAll('\r\n', '')).not.toContain('\n');
		expect(() => withResults(file, block, 'case.md')).toThrow('case.md にはすでに results があります');
		expect(() => withResults('本文だけ\n', block, 'case.md')).toThrow('フロントマター');
	});
});
