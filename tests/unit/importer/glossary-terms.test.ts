/** Reading a 用語解説 flattened by the extraction into term rows, and the drafts made of them. */
import { describe, expect, it } from 'vitest';
import { readGlossary } from '../../../src/lib/importer/glossary-terms.ts';
import { normalizeLines } from '../../../src/lib/importer/normalize-lines.ts';
import { dictionaryReading, termDraftFiles } from '../../../src/lib/importer/term-drafts.ts';
import { loadReadingTokenizer } from '../../../src/lib/search/reading-tokenizer.ts';

const read = (...lines: string[]) => readGlossary(normalizeLines(lines.join('\n')).filter((l) => !l.blank));
const draft = (term: string) => ({ line: 1, lastLine: 2, term, definition: `${term}の解説。`, references: [] });

describe('readGlossary', () => {
	it('reads a row whose term wraps in its narrow column, with the index letter before it', () => {
		const { terms } = read(
			'索引 用語 解説',
			'て デジタル・ガバメン',
			'ト',
			'サービス、プラットフォーム、ガバナンスとい',
			'った電子行政に関する全てのレイヤーがデジタ',
			'ル社会に対応した形に変革された状態のこと。',
		);
		expect(terms).toEqual([
			{ line: 2, lastLine: 6, term: 'デジタル・ガバメント', definition: 'サービス、プラットフォーム、ガバナンスといった電子行政に関する全てのレイヤーがデジタル社会に対応した形に変革された状態のこと。', references: [] },
		]);
	});

	it('reads the reading of each term where the table has a よみがな column', () => {
		const { terms } = read('用語 よみがな 解説', '官民データ かんみんでーた 官と民が保有する電磁的に記録された', '情報のこと。', 'ＩｏＴ あいおーてぃー あらゆるモノをインターネットに接続する仕組み。');
		expect(terms.map((t) => [t.term, t.reading, t.definition])).toEqual([
			['官民データ', 'かんみんでーた', '官と民が保有する電磁的に記録された情報のこと。'],
			['ＩｏＴ', 'あいおーてぃー', 'あらゆるモノをインターネットに接続する仕組み。'],
		]);
	});

	it('reads terms on lines of their own, each over its definition, and a reading in brackets after the term', () => {
		const { terms } = read(
			'オープンデータ（おーぷんでーた）',
			'国、地方公共団体及び事業者が保有する官民データのうち、国民誰もがインターネット等を通じて容易に利用',
			'できるよう公開されたデータのこと。',
			'情報リテラシー',
			'情報を十分に使いこなせる能力のこと。',
		);
		expect(terms.map((t) => [t.term, t.reading, t.definition])).toEqual([
			['オープンデータ', 'おーぷんでーた', '国、地方公共団体及び事業者が保有する官民データのうち、国民誰もがインターネット等を通じて容易に利用できるよう公開されたデータのこと。'],
			['情報リテラシー', undefined, '情報を十分に使いこなせる能力のこと。'],
		]);
	});

	it('reads a sentence that goes on after a finished one as the same definition, not as a term', () => {
		const { terms, report } = read('お オープンデータ 誰もが利用できるよう公開されたデータのこと。', 'ICT の活用を進める上で重要です。', 'か クラウド インターネット経由で使うサービスのこと。');
		expect(terms.map((t) => [t.term, t.definition])).toEqual([
			['オープンデータ', '誰もが利用できるよう公開されたデータのこと。\n\nICTの活用を進める上で重要です。'],
			['クラウド', 'インターネット経由で使うサービスのこと。'],
		]);
		expect(report).toEqual([{ line: 2, message: '「オープンデータ」 の解説の続き（別の段落）として読みました。別の用語の行なら、下書きを分けてください' }]);
	});

	it('starts the next row after a 【参照】 line as wide as the column when that row begins with its index letter', () => {
		// The reference line is within the column's slack of its width, as if wrapped; the index letter says a row starts.
		const { terms, report } = read(
			'か 官民データ 官（国、地方公共団体等）と民（事業者等）が',
			'保有する電磁的に記録された情報のこと。',
			'【参照】',
			'「官民データ活用推進基本法」第 2条第 1項',
			'き キャッシュレス お札や小銭などの現金を使用せずにお金を払',
			'うこと。',
		);
		expect(terms.map((t) => [t.term, t.definition, t.references])).toEqual([
			['官民データ', '官（国、地方公共団体等）と民（事業者等）が保有する電磁的に記録された情報のこと。', ['「官民データ活用推進基本法」第2条第1項']],
			['キャッシュレス', 'お札や小銭などの現金を使用せずにお金を払うこと。', []],
		]);
		expect(report).toEqual([]);
	});

	it('says how many lines start with an index letter and how many it read as terms, when a row was read into the one before', () => {
		// A definition without its 。: the next row cannot be told from a wrapped line, but its index letter shows it.
		const { terms, report } = read('あ アクセシビリティ 誰もが利用しやすいかどうかの度合い', 'い インターネット 世界中のコンピュータをつなぐ通信網のこと。', 'う ウェブサイト 情報をまとめて公開するページの集まりのこと。');
		expect(terms.map((t) => t.term)).toEqual(['アクセシビリティ', 'ウェブサイト']);
		expect(report).toEqual([
			{ line: 2, message: '索引の文字で始まる用語の行が 3 行ありましたが、用語として読めたのは 2 行です。読めなかった行（l.2）は前の用語の解説か【参照】に入れました。別の用語なら、下書きを分けてください' },
		]);
	});

	it('passes over the index’s own lines between rows (あ行, 【か】, ■英数字)', () => {
		const { terms, report } = read('あ行', 'オープンデータ 誰もが利用できるよう公開されたデータのこと。', '【か】', '官民データ 官と民が保有する情報のこと。', '■英数字', 'AI 人工知能のこと。');
		expect(terms.map((t) => t.term)).toEqual(['オープンデータ', '官民データ', 'AI']);
		expect(report).toEqual([]);
	});

	it('reads a header row whose cells are each on a line of their own as the header, not as a term, there and repeated on a later page', () => {
		const { terms, report } = read(
			'用語',
			'よみがな',
			'解説',
			'官民データ かんみんでーた 官と民が保有する電磁的に記録された情報のこと。',
			'用語',
			'よみがな',
			'解説',
			'オープンデータ おーぷんでーた 誰もが利用できるよう公開されたデータのこと。',
		);
		expect(terms.map((t) => [t.term, t.reading, t.line])).toEqual([
			['官民データ', 'かんみんでーた', 4],
			['オープンデータ', 'おーぷんでーた', 8],
		]);
		expect(report).toEqual([]);
	});

	it('reports the lines before the first term instead of dropping them silently', () => {
		const { terms, report } = read('本計画で用いる用語の意味は次のとおりです。', 'お オープンデータ 誰もが利用できるよう公開されたデータのこと。');
		expect(terms.map((t) => t.term)).toEqual(['オープンデータ']);
		expect(report).toEqual([{ line: 1, message: '用語の行と読めなかったため、用語ファイルの下書きに入れていません（l.1）。必要なら書き写してください' }]);
	});

	it('reads prose without term rows as no term at all', () => {
		expect(read('本計画で用いる用語は、国の定義によります。', '詳しくは各省の資料をご覧ください。').terms).toEqual([]);
	});
});

describe('termDraftFiles', () => {
	it('names a Latin term’s file after it, any other by a placeholder the report asks to rename, never an existing file’s name', () => {
		const { files, report } = termDraftFiles([draft('AI'), draft('Society5.0'), draft('SDGs（持続可能な開発目標）'), draft('官民データ'), draft('IoT')], {
			plan: 'test-plan',
			existing: [{ id: 'iot', names: ['モノのインターネット'], definitions: [] }],
		});
		expect(files.map((f) => f.path)).toEqual(['ai.md', 'society5-0.md', 'sdgs.md', 'test-plan-term-04.md', 'test-plan-term-05.md']);
		expect(report.map((r) => r.message)).toContainEqual(expect.stringContaining('用語ファイルの名前 2 件（test-plan-term-04.md, test-plan-term-05.md）は仮のものです'));
	});

	it('gives a term the reading the document gives, else its kana in hiragana, and asks for the reading of any other', () => {
		const { files, report } = termDraftFiles([draft('デジタル・ガバメント'), draft('官民データ'), { ...draft('電子申請'), reading: 'でんししんせい' }], { plan: 'test-plan', existing: [] });
		expect(files[0]!.content).toMatch(/^reading: でじたるがばめんと +# .*（用語のかなから作りました）$/m);
		expect(files[1]!.content).toMatch(/^reading: よみがな +# 【要記入】/m);
		expect(files[2]!.content).toMatch(/^reading: でんししんせい +# .*（計画の用語解説のよみがなです）$/m);
		expect(report.map((r) => r.message)).toContainEqual(expect.stringContaining('かな書きでない用語のファイル 1 件（test-plan-term-02.md）には、reading によみがなを書いてください'));
	});

	it('suggests the reading of a term in kanji from IPADIC, marked for staff to confirm, and asks for the reading of a term it cannot read', async () => {
		const tokenize = await loadReadingTokenizer();
		const { files, report } = termDraftFiles([draft('官民データ'), draft('第5世代移動通信システム（5G）'), { ...draft('電子申請'), reading: 'でんしせいせい' }], { plan: 'test-plan', existing: [], tokenize });
		expect(files[0]!.content).toMatch(/^reading: かんみんでーた +# .*（【要記入】辞書（IPADIC）で読みました。文書での読み方と違えば直し、確かめたらこの印を消してください）$/m);
		expect(files[1]!.content).toMatch(/^reading: よみがな +# 【要記入】/m);
		// The document's own reading is kept as it gives it, never replaced by the dictionary's.
		expect(files[2]!.content).toMatch(/^reading: でんしせいせい +# .*（計画の用語解説のよみがなです）$/m);
		expect(report.map((r) => r.message)).toContainEqual(expect.stringContaining('用語のファイル 1 件（test-plan-term-01.md）の reading は辞書で読んだものです（「【要記入】」の印付き）'));
		expect(report.map((r) => r.message)).toContainEqual(expect.stringContaining('かな書きでない用語のファイル 1 件（test-plan-term-02.md）には'));
	});

	it('reads a term word by word in hiragana, 「・」 left out, or not at all where a word has no reading', async () => {
		const tokenize = await loadReadingTokenizer();
		expect(dictionaryReading('官民データ活用推進基本法', tokenize)).toBe('かんみんでーたかつようすいしんきほんほう');
		expect(dictionaryReading('福島県ネットワーク・セキュリティ連絡協議会', tokenize)).toBe('ふくしまけんねっとわーくせきゅりてぃれんらくきょうぎかい');
		// A katakana word the dictionary does not know reads as written.
		expect(dictionaryReading('ウェルビーイング', tokenize)).toBe('うぇるびーいんぐ');
		for (const term of ['IoT', '5G', 'SDGs（持続可能な開発目標）']) expect(dictionaryReading(term, tokenize), term).toBeUndefined();
	});

	it('offers the names a term gives itself as its aliases, leaving out any another entry has', () => {
		const { files } = termDraftFiles([draft('SDGs（持続可能な開発目標）'), draft('デジタル・トランスフォーメーション：デジタル変革（DX）')], {
			plan: 'test-plan',
			existing: [{ id: 'digital-transformation', names: ['ＤＸ'], definitions: [], plan: 'other-plan' }],
		});
		expect(files.map((f) => /^aliases: (.*?) {4}#/m.exec(f.content)![1])).toEqual(['["SDGs", "持続可能な開発目標"]', '["デジタル・トランスフォーメーション", "デジタル変革（DX）", "デジタル変革"]']);
	});

	it('numbers the drafts of a later 用語解説 on from the earlier one’s terms, never taking one of its drafts’ names, nor drafting its terms again', () => {
		const options = { plan: 'test-plan', existing: [] };
		const first = termDraftFiles([draft('官民データ'), draft('AI'), draft('電子申請')], options);
		expect(first.files.map((f) => f.path)).toEqual(['test-plan-term-01.md', 'ai.md', 'test-plan-term-03.md']);
		const second = termDraftFiles([draft('オープンデータ'), draft('ＡＩ'), { ...draft('test-plan-term-03'), term: 'Test plan term 03' }], {
			...options,
			earlier: { terms: 3, drafted: first.drafted },
		});
		// Numbered on from the third term; a Latin name that is an earlier draft's file name gets a placeholder of its own.
		expect(second.files.map((f) => f.path)).toEqual(['test-plan-term-04.md', 'test-plan-term-06.md']);
		expect(second.report.map((r) => r.message)).toContain('「ＡＩ」 は用語集に glossary/ai.md としてあるため、下書きを書いていません。この計画の解説（l.1–2）は違うので、そのファイルの otherDefinitions に加えてください');
		const all = [...first.files, ...second.files].map((f) => f.path);
		expect(new Set(all).size).toBe(all.length);
	});

	it('writes one draft for a term the 用語解説 lists twice, and none for one the glossary has under another width or case', () => {
		const { files, report } = termDraftFiles([draft('ＫＰＩ'), draft('KPI'), draft('dx')], { plan: 'test-plan', existing: [{ id: 'digital-transformation', names: ['デジタル変革', 'ＤＸ'], definitions: [] }] });
		expect(files.map((f) => f.path)).toEqual(['kpi.md']);
		expect(report.map((r) => r.message).filter((m) => m.includes('下書きを書いていません'))).toEqual([
			'「KPI」 は用語集に glossary/kpi.md としてあるため、下書きを書いていません。この計画の解説（l.1–2）は違うので、そのファイルの otherDefinitions に加えてください',
			'「dx」 は用語集に glossary/digital-transformation.md としてあるため、下書きを書いていません。この計画の解説（l.1–2）は違うので、そのファイルの otherDefinitions に加えてください',
		]);
	});
});
