/**
 * Every message a content author can see, in one place. Authors are not
 * programmers: each says what is wrong and how to fix it, in Japanese.
 */

import { hiraganaOf } from './search/normalize.ts';
import { nearestId, nearestName } from './nearest-name.ts';
import type { Prefecture } from './prefectures.ts';

/** 「X」の書き間違い… when one known name is near the one written (digtal-divide → digital-divide), else nothing. */
const typoOf = (written: string, known: Iterable<string>, nearest = nearestName) => {
	const near = nearest(written, known);
	return near === undefined ? '' : `「${near}」の書き間違いではありませんか。`;
};

/** A time written in an era that never reached it (平成31年5月); `span`: the era's first and last days. */
const notInEra = (text: string, era: string, span: string) => `「${text}」はありません（${era}は${span}）`;

/** Heading ids to choose from, at most `max`: not the hash ids (h-3f9a1c) given to headings without numbering, which mean nothing to an author. */
const idChoices = (known: string[], max: number) => {
	const readable = known.filter((id) => !/^h-[0-9a-f]{6}$/.test(id));
	return readable.length === 0 ? '' : `（${readable.slice(0, max).join(', ')}${readable.length > max ? ' …' : ''}）`;
};

/** An id the page gives an element of its own; `published`: the id as the page has it (the print page prefixes the chapter's ids). */
/** What a results table's header must name, wherever the importer looks for it (a CSV, a sheet, a document's table). */
/** The words a results table's header is read by, two of each for staff to rename a header to. */
const resultsHeaderExamples = { summary: ['意見の概要', 'ご意見の要旨'], response: ['県の考え方', '回答'] } as const;
const resultsHeaderNeeded = (rows: number) => `表の最初の${rows}行のうちに、「意見の概要」（ご意見の要旨 など）と「県の考え方」（回答 など）の見出しがある行が必要です`;
const idOfThePage = (id: string, published: string) =>
	published === id
		? 'ページ自体が（ページの部品や、段落・脚注・用語の解説へのリンク先に）使っています'
		: `全章の印刷用ページで「${published}」となり、ページ自体が使う id と重なります`;

/** js-yaml's complaints, in words an author can act on. */
const yamlReasons: ReadonlyArray<readonly [RegExp, string]> = [
	[/bad indentation|deficient indentation/, '字下げがそろっていません'],
	[/duplicated mapping key/, '同じ項目が2回書かれています'],
	[/unexpected end of the (stream|document) within a (double|single) quoted scalar/, '引用符が閉じていません'],
	[/end of the stream or a document separator is expected/, '項目の途中で行が終わっているか、字下げが崩れています'],
	[/incomplete explicit mapping pair|can not read a block mapping entry|expected ':' after a mapping key/, '「キー: 値」の形になっていない行があります'],
	[/within a flow collection/, '「[」や「{」が閉じていません'],
	[/missed comma between flow collection entries/, '「[ ]」の中の値の間に半角カンマがありません'],
	[/expected the node content, but found ','/, '「[ ]」の中で半角カンマが続いているか、値のない項目があります'],
	[/escape|hexadecimal/, '「"」で囲んだ値の中の「\\」の後ろが読めません。「\\」をそのまま書くなら、値を「\'」で囲んでください'],
	[/non-printable/, '目に見えない制御文字が含まれています'],
	[/a line break is expected/, '「|」や「>」の後ろは改行し、次の行から字下げして書いてください'],
	[/whitespace character is expected after the key-value separator/, '「キー:」のコロンの後ろに半角スペースがありません'],
];

/** Zod's type names, as a field's expected value is said to authors. */
const typeNames: Record<string, string> = {
	string: '文字列',
	number: '数字',
	int: '整数（小数点なし）',
	boolean: 'true か false の値',
	array: '「- 」で始まる箇条書き（リスト）か、[ ] の中に半角の「,」で区切った一覧（[氏名, 住所]）',
	object: '字下げした項目のまとまり',
	record: '字下げした項目のまとまり',
};

export const messages = {
	/** js-yaml's complaint in words an author can act on; one the table does not know keeps js-yaml's words, as the detail for whoever helps the author. */
	yamlReason: (reason: string) => yamlReasons.find(([pattern]) => pattern.test(reason))?.[1] ?? `js-yaml の説明: ${reason}`,
	yamlSyntax: (reason: string) =>
		`YAML の書き方に誤りがあります（${reason}）— 字下げ（半角スペース）、「キー: 値」のコロンと空白、引用符の閉じ忘れを確認してください`,
	/** `nested`: the line belongs under the key above it (indented); else it is a key of its own, at the margin. */
	yamlTab: (nested: boolean) =>
		`YAML の字下げにタブ文字が使われています — ${nested ? 'タブを半角スペース2つに置き換えてください' : 'この行は字下げしない行です。行頭のタブを消してください'}`,
	yamlListLikeValue: (key: string, value: string) =>
		`「${key}」の値「${value}」が「${value.startsWith('[') ? '[' : '- '}」で始まるため、YAML では一覧として読まれ、その後ろが読めません — 値全体を " で囲んでください（例: ${key}: "${value}"）`,
	yamlDuplicateKey: (key: string, firstLine: number) => `「${key}」が2回書かれています（最初は${firstLine}行目）— どちらか一方を消してください`,
	yamlFullWidthColon: (key: string) =>
		`「${key}：」の区切りが全角コロンになっています — 半角コロンと空白（「${key}: 」）にしてください`,
	/** `line`: the line as written (kind:計画). */
	yamlNoSpaceAfterColon: (line: string, key: string, value: string) =>
		`「${line}」は「:」の後に空白がないため「キー: 値」と読めません — 「:」の後に半角スペースを入れてください（${key}: ${value}）`,
	notFields: () => '項目が「キー: 値」の形で書かれていません — 1行に1項目ずつ「title: 計画の名前」のように書いてください（行頭の「- 」や文章だけの行は使えません）',
	yamlFullWidthIndent: () => 'YAML の字下げに全角スペースが使われています — 行頭の全角スペースを半角スペースにしてください',
	/** `name` without the space, which cannot be seen; `after`: the space is between the name and its colon. */
	yamlFullWidthSpaceInKey: (name: string, after: boolean) => `項目名「${name}」の${after ? '後ろ' : '途中'}に全角スペースがあります — 消してください`,
	yamlColonInValue: (key: string) =>
		`「${key}」の値に「: 」（コロンと空白）が含まれています — 値全体を引用符で囲んでください（例: ${key}: "目標: 100%達成"）`,
	/** `key` unless the value is a list item (「- &…」). */
	yamlReservedStart: (key: string | undefined, character: string) =>
		`${key ? `「${key}」の値` : '値'}が「${character}」で始まっています。YAML ではこの記号で始まる値は引用符で囲む必要があります — 値全体を " で囲んでください（例: ${key ?? '- '}${key ? ': ' : ''}"${character}…"）`,
	yamlUnclosedBracket: (key: string, open: string) =>
		open === '['
			? `「${key}」の値の「[」が閉じていません — 同じ行の最後に「]」を書いてください（例: ${key}: [a, b]）`
			: `「${key}」の値の「{」が閉じていません — 同じ行の最後に「}」を書いてください`,
	yamlUnclosedQuote: (key: string, quote: string) =>
		`「${key}」の値の引用符 ${quote} が閉じていません — 値の最後にも ${quote} を書いてください`,
	notUtf8: () =>
		'ファイルが UTF-8 ではありません（Shift_JIS などの可能性）— 文字コードを「UTF-8」にして保存し直してください。メモ帳なら「名前を付けて保存」の「エンコード」で「UTF-8」を選びます（「ANSI」は Shift_JIS です）',
	bom: () =>
		'ファイルの先頭に BOM（UTF-8 の印）があります — 文字コードを「UTF-8」（「UTF-8 (BOM 付き)」ではなく）にして保存し直してください。メモ帳なら「名前を付けて保存」の「エンコード」で選べます',
	emptyFile: () => 'ファイルが空です（保存されていないか、中身が消えています）— 内容を書いて保存するか、不要ならファイルを削除してください',
	noFrontmatter: () =>
		'ファイルの先頭に「---」で囲んだ項目の部分がありません — ファイルの1行目を「---」にし、項目を書いて「---」で閉じてください',
	unclosedFrontmatter: () => 'ファイルの先頭の「---」で囲む部分の、終わりの「---」が見つかりません — 項目のあとに「---」だけの行を入れてください',
	/** `path`: where it is missing; the line to add names the field alone (a field of a list item: address, not channels › 1番目 › address). */
	missingField: (field: string, path: readonly PropertyKey[]) => `必須の項目「${field}」がありません — 「${String(path.findLast((key) => typeof key === 'string') ?? field)}: …」を追加してください`,
	/** A key of a group that takes ids as its keys (themes: 第１節: …); `detail`: what an id of that kind looks like. */
	invalidKey: (group: string, key: string, detail: string) => `「${group}」の「${key}:」は使えません: ${detail}`,
	/** `meant`: the prefecture a name without its suffix, in romaji or with a slip stands for. */
	notAPrefecture: (written: string, meant: string | undefined) =>
		`「${written}」は都道府県名ではありません — ${meant ? `「${meant}」のことではありませんか。「都・道・府・県」まで含めた正式な名前で書いてください` : '「福島県」のように「都・道・府・県」まで含めた正式な名前で書いてください'}`,
	prefectureCodeMismatch: (name: string, code: string, nameOfCode: string, codeOfName: string | undefined) =>
		`都道府県コード "${code}" は${nameOfCode}のコードで、name の「${name}」と合いません — ${codeOfName ? `${name}なら code: "${codeOfName}" と書いてください` : 'name を正式な都道府県名にしてください'}`,
	badFileName: (name: string) =>
		`ファイル名「${name}」は使えません（ファイル名がページのアドレスになります）— 英小文字・数字・ハイフンだけの名前にしてください（例: ch3.md、open-data.md）`,
	badPlanFolderName: (name: string) =>
		`計画のフォルダ名「${name}」は使えません（フォルダ名が計画のアドレスになります）— 英小文字・数字・ハイフンだけの名前にしてください（例: fukushima-dx-2026）`,
	/** `meant`: the name it is read under (ch4.md for ch4.md.txt). */
	notReadExtension: (name: string, meant: string) =>
		`「${name}」は読み込まれず、公開されません（拡張子が${/\.yml(?:\.txt)?$/i.test(name) ? '' : '小文字の'}「${meant.slice(meant.lastIndexOf('.'))}」ではありません）— ${name} → ${meant} に名前を変えてください${
			/\.txt$/i.test(name) ? '（Windows で拡張子が見えないときは、エクスプローラーの「表示」で「ファイル名拡張子」をオンにします）' : ''
		}。内容のファイルでなければ、content/ の外に移してください`,
	misplacedFile: (where: 'content' | 'plans') =>
		`この場所のファイルは読み込まれません — ${where === 'content' ? '章は content/plans/<計画id>/ に、用語は content/glossary/ に、意見募集は content/consultations/ に' : 'content/plans/<計画id>/ の中に'}移してください`,
	removedTag: (name: string) =>
		`<${name}> は安全のため公開するページから取り除かれ、表示されません — 削除するか、埋め込みの地図や動画なら元のページへのリンクにしてください`,
	unwrappedTag: (name: string) => `<${name}> はこのサイトでは使えないため、タグを除いた中の文字だけが表示されます — 強調なら **…** を使うか、タグを削除してください`,
	addressAboveSite: (url: string) =>
		`「${url}」は「../」がページの深さより多く、サイトの外を指しています（ブラウザはサイトの先頭で止まり、別の場所を開きます）— 行き先のページやファイルを確かめて、「../」の数を直してください`,
	mailtoWithFields: (url: string) =>
		`メールのリンク「${url.length > 60 ? `${url.slice(0, 60)}…` : url}」には、宛先のほかに「?」以降の指定（cc・件名・本文など）があります — 住民のメールソフトがそのとおりに書き込むため、計画の文書にある宛先だけ（mailto:…）にしてください`,
	imitatesSiteComponent: (name: string) =>
		`この <${name}> はサイトの部品（用語の解説、編集部注、注記）と同じ形の HTML で、計画の本文やサイトの表示と見分けがつかなくなるため使えません — 削除してください。編集部注は「> [!編集部注]」で書き、用語の解説は用語集（content/glossary/）に書きます`,
	removedAttributes: (name: string, attributes: string[]) =>
		`<${name}> の属性 ${attributes.join('、')} は公開するページでは取り除かれ、効きません（文字の色や大きさなどの見た目、リンクの開き方はサイトが決めます） — 属性を削除してください`,
	removedEventHandler: (name: string) => `<${name}> の on… で始まる属性（スクリプト）は安全のため取り除かれます — 属性を削除してください`,
	undefinedFootnote: (label: string) =>
		`脚注「[^${label}]」の注記（「[^${label}]: …」の行）がないため、「[^${label}]」がそのままページに表示されます — 本文の後に「[^${label}]: 注記の文」の行を書くか、番号を確かめてください`,
	footnoteFullWidthColon: (label: string) =>
		`脚注の注記「[^${label}]：」の区切りが全角コロンのため注記と読めず、そのまま表示されます — 半角コロンと空白（「[^${label}]: 」）にしてください`,
	tableRowTooLong: (cells: number, columns: number) =>
		`表のこの行はセルが${cells}つですが、見出しの行は${columns}つです。多いセルは表示されません — 「|」の数を見出しの行とそろえてください（空のセルは「| |」と書きます）`,
	tableRowTooShort: (cells: number, columns: number) =>
		`表のこの行はセルが${cells}つで、見出しの行（${columns}つ）より少なく、足りない分は空欄で表示されます — 文書の表のとおりか確かめてください（空のセルは「| |」と書きます）`,
	/** `marks`: the 「#」s the line starts with; `fullWidthSpace`: a full-width space follows them, else none does. */
	headingNotRead: (text: string, marks: string, fullWidthSpace: boolean) =>
		`「${text}」は見出しとして読まれず、文章として表示されます（「${marks}」の後${fullWidthSpace ? 'が全角スペースです' : 'に空白がありません'}）— 「${marks}」の後に半角スペースを1つ入れてください`,
	/** `indent`: a full-width space before the marks (text), or four spaces or a tab (a code block). */
	headingIndented: (text: string, indent: 'full-width' | 'code') =>
		indent === 'full-width'
			? `「${text}」は行頭に全角スペースがあるため見出しとして読まれず、文章として表示されます — 行頭の空白を消してください`
			: `「${text}」は行頭に半角スペース4つ以上かタブがあるため見出しとして読まれず、枠で囲んだそのままの文字として表示されます — 行頭の空白を消してください`,
	listWrittenAsLines: (text: string, lines: number) =>
		`「${text}」から${lines}行は、行末の \\ で改行した1つの段落です。見た目は箇条書きでも、画面読み上げでは項目に分かれません — 各行を「- 」で始まる箇条書きにしてください（「- ${text.slice(0, 1)}…」のように、文書の記号はそのまま残せます）`,
	indentedText: (text: string) =>
		`「${text}」は行頭に半角スペース4つ以上かタブがあるため、枠で囲んだそのままの文字（用語のリンクも折り返しもない）として表示されます — 行頭の空白を消してください（字下げは全角スペースで書けます）`,
	/** `lines`, `headings`: what the comment holds after its first line. */
	unclosedComment: (lines: number, headings: number) =>
		`「<!--」で始まるコメントが閉じられていないため、この行から後の本文（${lines}行${headings > 0 ? `、見出し${headings}つ` : ''}）が次の「-->」までページに表示されません — このコメントの終わりに「-->」を書いてください`,
	hiddenInComment: (lines: number, headings: number) =>
		`このコメント（<!-- から -->）の中の本文（${lines}行${headings > 0 ? `、見出し${headings}つ` : ''}）は、ページに表示されません — 隠すつもりでなければ、コメントの最初の行の終わりに「-->」を書いてください`,
	/** `level`: how many 「＃」 the line starts with. */
	headingFullWidthMarks: (text: string, level: number) =>
		`「${text}」の「＃」は全角のため、見出しにならず文章として表示されます — 見出しにするなら半角の「${'#'.repeat(level)} 」にしてください（文書の文字としての「＃」なら、このままで構いません）`,
	tableFullWidthBars: () => '表のように「｜」で区切った行が続いていますが、区切りが全角の「｜」のため、表ではなく文章として表示されます — 半角の「|」にしてください（見出しの行の次には | --- | --- | の行も必要です）',
	/** `written`: the link as typed; `text`, `target`: its parts. */
	linkFullWidthBrackets: (written: string, text: string, target: string) =>
		`「${written}」はリンクにならず、括弧ごと文章として表示されます（括弧が全角です）— 半角の括弧で [${text}](${target}) と書いてください`,
	emptyHeading: () => '見出しに文字がありません（読み上げソフトは中身のない見出しを読み、目次にも空の行が出ます）— 見出しの文字を書くか、不要ならこの行を削除してください',
	vagueLinkText: (text: string) =>
		`リンクの文字が「${text}」だけでは、どこへ行くリンクか分かりません（読み上げソフトはリンクだけを並べて読むことがあります）— 「[第２章 現状と課題](../ch2/)」のように、リンク先の名前をリンクの文字にしてください`,
	/** `html`: written as an <img> tag, not as ![…](…). */
	imageWithoutText: (src: string, html: boolean) =>
		`画像「${src}」に代替テキストがありません（画面を見られない人には、図の内容が伝わりません）— ${html ? '<img> に alt="図1 推進体制の概念図" のように' : '![図1 推進体制の概念図](…) のように [ ] の中に'}図の内容を書いてください`,
	tableWithoutDelimiterRow: () =>
		'表のように「|」で始まる行が続いていますが、見出しの行の次に区切りの行（| --- | --- |）がないため、表ではなく文章として表示されます — 1行目の次に、列の数だけ「---」を並べた行を入れてください',
	yamlValueCutByComment: (key: string, kept: string, cut: string) =>
		`「${key}」の値は「${kept}」までです。「 ${cut}」は、前に空白があるため YAML ではコメントとして読み飛ばされます — 「${cut}」も値なら、値全体を引用符で囲んでください（例: ${key}: "${kept} ${cut}"）。コメントのつもりなら、# の後に空白を入れてください（「# ${cut.slice(1)}」）`,
	valueReadAsComment: (key: string) =>
		`「${key}」の値が「#」で始まっているため、YAML ではコメントとして読み飛ばされ、値が空になっています — 値全体を引用符で囲んでください（例: ${key}: "#1 …"）`,
	/** `optional`: the field may be left out. */
	emptyField: (field: string, optional: boolean) =>
		`「${field}」の値が空です — 記入してください${optional ? '（書くことがなければ、この行ごと削除してください）' : ''}`,
	/** `key`: the field's own name (`field` is its full path, source.titel); `known`: the fields the place takes that the file lacks. */
	unknownField: (field: string, key: string, known: string[]) => `「${field}」という項目は使えません — ${typoOf(key, known)}綴りを確認するか、その行を削除してください`,
	/** `meant`: the field the place lacks, which the unknown field `key` most likely holds the value of. */
	fieldUnderOtherName: (field: string, key: string, meant: string) =>
		`「${field}」という項目は使えません — ここに必要な「${meant}:」がありません。その値のつもりなら、「${key}:」を「${meant}:」に直してください`,
	fieldOfGroupNotIndented: (key: string, group: string) => `「${key}」は「${group}:」の中の項目です — 「${group}:」の次の行に、行頭を2字下げて書いてください`,
	publishOnlyOnEntries: () =>
		'publish は計画の plan.yaml と、章・用語・意見募集のファイルにだけ書けます — 指標と評価の表は、計画と、置かれた章（chapter）の publish に従うので、この行を削除してください',
	thousandsComma: (field: string) =>
		`「${field}」の数字に桁区切りの「,」があるようです — 値は 3477 のように「,」を付けずに書いてください（「,」は項目の区切りと読まれます）`,
	/** A number written as text the schema cannot read: full-width digits (８０), thousands commas (3,477) or both; `number`: as it should be written. */
	/** `unit`: written after the number (％, 件), which the indicator's unit field says instead. */
	numberAsText: (text: string, number: string, fullWidth: boolean, comma: boolean, unit?: string) => {
		const marks = [...(comma ? ['桁区切りのカンマ'] : []), ...(unit ? [`単位「${unit}」`] : [])].join('と');
		const left = [...(comma ? ['カンマ'] : []), ...(unit ? ['単位'] : [])].join('と');
		const unitNote = unit ? `（単位「${unit}」は unit に書きます）` : '';
		return fullWidth
			? `「${text}」は全角の数字です${marks ? `（${marks}付き）` : ''} — 半角で${left ? `、${left}を除いて` : ''} ${number} と書いてください${unitNote}`
			: `「${text}」は${marks}があるため数字と読めません — ${left}を除いて ${number} と書いてください${unitNote}`;
	},
	/** `example`, `advice`: the field's own (src/schemas/field-help.ts), if it has any. */
	notANumber: (text: string, example: string | undefined, advice: string | undefined) =>
		`「${text}」は数字ではありません。数字だけで書いてください${example ? `（例: ${example}）` : ''}${advice ? `。${advice}` : ''}`,
	/** `written`: the field as it should be written (title: "2022"). */
	numberForText: (written: string) => `数字だけの値は引用符で囲んで文字列にしてください（例: ${written}）`,
	/** `lines`: the example's lines, to be indented under `key:`; `advice`: the field's own, if any. */
	groupOfFields: (key: string, lines: string[], advice?: string) =>
		`字下げした項目のまとまりで書いてください — 「${key}:」だけの行の下に、1行に1項目ずつ半角スペース2つで字下げして書きます（例: 「${key}:」${lines.map((line) => `「  ${line}」`).join('')}）${advice ? `。${advice}` : ''}`,
	/** A value that fits none of the forms its field takes; `written`: the field as it should be written (closes: "2026-12-25 17:00"). */
	valueUnreadable: (written: string, advice: string | undefined) => `この値は読み取れません — 「${written}」の形で書いてください${advice ? `。${advice}` : ''}`,
	/** A field's position in a list, 1-based, as the field's name shows it (channels › 2番目 › kind). */
	nthItem: (n: number) => `${n}番目`,
	/** What invalidField says when the value is of another type (`expected`: Zod's name of the type). */
	wrongType: (expected: string) => `${typeNames[expected] ?? expected}で書いてください`,
	emptyList: () => '1つ以上書いてください',
	emptyText: () => '空にはできません',
	tooSmall: (minimum: string) => `${minimum} 以上にしてください`,
	tooBig: (maximum: string) => `${maximum} 以下にしてください`,
	unreadableForm: () => '書き方が正しくありません。content/README.md の例を確認してください',
	invalidField: (field: string, detail: string) => `「${field}」の値が正しくありません: ${detail}`,
	/** A value the field does not take; `meant`: the one of `values` it most likely is (src/lib/content-check/meant-value.ts). */
	fieldMayBeLeftOut: (key: string) => `。どれにも当たらなければ、この項目は省けます（「${key}:」の行を削除）`,
	notOneOf: (written: unknown, values: readonly unknown[], meant: string | undefined) =>
		`${meant === undefined ? '' : `「${String(written)}」は「${meant}」のことではありませんか — `}次のどれかを書いてください: ${values.map(String).join('、')}`,
	unknownPlan: (field: string, plan: string, known: string[]) =>
		`「${field}」に指定された計画「${plan}」がありません — ${typoOf(plan, known)}content/plans/ のフォルダ名（${known.join(', ') || 'なし'}）のどれかを書いてください`,
	planFolderMismatch: (plan: string, folder: string) =>
		`plan が「${plan}」ですが、このファイルは計画フォルダ「${folder}」にあります — plan: ${folder} にするか、ファイルを正しいフォルダに移してください`,
	importChecksLeft: (count: number) =>
		`取り込み（npm run import）で確認が必要とされた箇所のうち ${count} 件が未確認（[ ]）のまま、この計画は公開されます — 各項目を PDF と見比べて直し、行頭の [ ] を [x] にしてください`,
	planFolderMisnamed: (folder: string, plan: string, files: number) =>
		`計画フォルダ「${folder}」の ${files} ファイルがすべて plan: ${plan} と書いていますが、「${plan}」のフォルダはありません — フォルダ名の書き間違いなら、フォルダ content/plans/${folder} の名前を「${plan}」に変えてください`,
	unknownChapter: (chapter: string, plan: string, known: string[]) =>
		`chapter に指定された章「${chapter}」が計画「${plan}」にありません — ${typoOf(chapter, known)}content/plans/${plan}/ にある章のファイル名（拡張子なし${known.length > 0 ? `: ${known.join(', ')}` : ''}）を書いてください`,
	unknownSection: (section: string, chapter: string, known: string[]) =>
		`section に指定された見出し「${section}」が章「${chapter}」にありません — ${typoOf(section, known)}その章の見出しの id${idChoices(known, 12)}のどれかを書いてください`,
	duplicateOrder: (order: number, other: string) =>
		`order ${order} は ${other} と重複しています — 章ごとに異なる番号にしてください`,
	/** Named by its text: the Markdown plugin that finds it knows lines within the body only, not within the file. */
	duplicateHeadingId: (id: string, firstHeading: string) =>
		`見出しの id「${id}」が同じファイルの見出し「${firstHeading}」と重複しています — どちらかの見出しの行末に {#別のid} を付けてください`,
	headingIdTaken: (id: string, published: string) =>
		`見出しの id「${id}」は${idOfThePage(id, published)} — この見出しの行末に {#別のid} を付けて、ほかの id にしてください`,
	headingNumberGlued: (text: string, number: string, rest: string) =>
		`見出し「${text}」は番号の後に空白がないため番号と読めません（このままでは見出しの文言から id が作られ、文言を直すとこの見出しへのリンクが切れます）— 「${number} ${rest}」のように番号の後に空白を入れてください（番号でなければ、行末に {#id} を付けてください。例: {#concept}）`,
	headingWithoutId: (text: string) =>
		`見出し「${text}」には番号も id もありません（このままでは見出しの文言から id が作られ、文言を直すとこの見出しへのリンクが切れます）— 番号のない見出しには行末に {#id} を付けてください（例: {#concept}）`,
	badHeadingId: (id: string) =>
		`見出しの id「${id}」は使えません — 英小文字・数字・ハイフンだけで、英小文字で始めてください（例: {#concept}）`,
	placeholderTermId: (id: string) =>
		`用語ファイルの名前「${id}」は npm run import が付けた仮の名前です。名前はページのアドレス /glossary/${id}/ になり、公開した後は変えられません — 内容を表す英小文字の名前（例: open-data.md）に変えてから公開してください`,
	duplicateTerm: (term: string, other: string) =>
		`用語「${term}」は ${other} でも定義されています — 1つの概念は1つのファイルにまとめてください`,
	glossaryNameTaken: (name: string, isTerm: boolean, others: Array<{ file: string; asTerm: boolean }>) =>
		`「${name}」はこのファイルの${isTerm ? '用語名' : '別名'}で、${others.map((o) => `${o.file} の${o.asTerm ? '用語名' : '別名'}`).join('、')}でもあります。本文の「${name}」をどの用語にリンクするか決められません — 同じ概念なら1つのファイルにまとめ、別の概念ならどちらか一方から消してください`,
	/** `named`: the themes whose title or an alias `theme` is, or is part of (市町村 → 市町村との連携), if any. */
	unknownTheme: (theme: string, known: string[], named: Array<{ id: string; title: string }>) =>
		named.length === 1
			? `テーマ「${theme}」は名前ではなく id（content/themes/ のファイル名）で書いてください — 「${named[0]!.title}」のテーマなら ${named[0]!.id} と書きます`
			: named.length > 1
				? `テーマ「${theme}」は名前ではなく id（content/themes/ のファイル名）で書いてください — ${named.map((t) => `${t.id}（${t.title}）`).join('、')}のどれかを書きます`
				: `テーマ「${theme}」がありません — ${typoOf(theme, known)}content/themes/ のファイル名（${known.slice(0, 20).join(', ')}${known.length > 20 ? ' …' : ''}）のどれかを書くか、テーマを追加してください`,
	unknownThemedSection: (section: string, known: string[]) =>
		`themes に書かれた見出し「${section}」がこの章にありません — ${typoOf(section, known)}この章の見出しの id${idChoices(known, 12)}のどれかを書いてください`,
	/** `ownTerm`: the entry's own term, when the alias is a part of it (県庁 of スマート県庁); else `holders`, the other entries' names that hold it. */
	generalGlossaryName: (name: string, isTerm: boolean, holders: readonly string[], places: number, plans: number, ownTerm?: string) =>
		`${isTerm ? '用語名' : '別名'}「${name}」は、${
			ownTerm ? `この用語の名前「${ownTerm}」の一部で、より広い意味の語です。` : `ほかの用語 ${holders.length} つ（${holders.slice(0, 5).join('、')}${holders.length > 5 ? ' など' : ''}）の名前にも含まれる一般的な語です。`
		}${
			places > 0 ? `計画の本文の「${name}」が ${places} か所（${plans} 計画）でこの用語へのリンクになり、` : `計画の本文の「${name}」がすべてこの用語へのリンクになり、`
		}どれもこの用語の意味だと示すことになります — この用語だけを指す名前（正式な名前や略称）にしてください。この語がいつもこの用語の意味なら、このままでかまいません`,
	themedSectionRenumbered: (id: string, previous: string, was: string, is: string, movedTo: { id: string; text: string } | undefined) =>
		`themes の「${id}」は、前の版（${previous}）では見出し「${was}」のテーマでした。この版の ${id} は「${is}」です — ${
			movedTo
				? `この版の「${movedTo.text}」が ${movedTo.id} です。節が加わって番号が変わったのなら、「${id}」を「${movedTo.id}」に書き換えてください`
				: '前の版から書き写した行なら、テーマがこの見出しに合うか確かめてください'
		}`,
	themesNotCarriedOver: (previous: string, carried: ReadonlyArray<{ id: string | undefined; themes: readonly string[]; heading: string }>) => {
		const same = carried.filter((c) => c.id !== undefined).map((c) => `「${c.id}: [${c.themes.join(', ')}]」`);
		const gone = carried.filter((c) => c.id === undefined).map((c) => `「${c.heading}」`);
		return `前の版（${previous}）のこの章には見出し ${carried.length} か所にテーマ（themes）があり、この版にはありません。テーマがないと、この章は他の都道府県との比較（テーマのページや「他県の計画では」）に出ません — 前の版を見て「themes:」を書いてください${
			same.length > 0 ? `（同じ見出しなら: ${same.join('、')}）` : ''
		}${gone.length > 0 ? `。この版に同じ見出しがないもの: ${gone.join('、')}` : ''}`;
	},
	consultationOfOtherPrefecture: (written: string, plan: string, ofPlan: { name: string; code: string }) =>
		`この意見募集の都道府県は「${written}」ですが、対象の計画「${plan}」は${ofPlan.name}の計画です — prefecture を計画と同じ「name: ${ofPlan.name}」「code: "${ofPlan.code}"」にしてください`,
	consultationOfUnpublishedPlan: (plan: string) =>
		`計画「${plan}」が publish: false のため、この意見募集も公開されません（npm run dev では表示されます）— 計画を公開すると、一緒に公開されます。意見募集だけを先に出すことはできません`,
	ownPreviousVersion: () => 'previousVersion にこの計画自身の id が書かれています — ひとつ前の版（中間案など）の計画 id を書くか、この行を削除してください',
	resultRowsOverCount: (rows: number, count: number) =>
		`結果の表の意見（results › items）は${rows}件で、提出意見数（results › opinionCount）${count}件より多くなっています — 公示された提出意見数と、意見でない行（見出し、注記）が items に入っていないかを確かめてください`,
	consultationOfAdoptedPlan: (plan: string, status: string) =>
		`意見募集の対象の計画「${plan}」は「${status}」の計画です。ページには意見募集の対象の案として表示され、各章に「意見を書く」が出ます — 改定の案についての意見募集なら、案を新しい版の計画として取り込み（previousVersion: ${plan}）、その id を plan: に書いてください。案の本文がこのサイトにないなら、plan: を消して documents: に資料を書きます`,
	stageNotPlanStatus: (stage: string, plan: string, status: string) =>
		`意見募集の案の段階（stage）は「${stage}」ですが、対象の計画「${plan}」の status は「${status}」です — 資料で確かめて、どちらかを直してください`,
	concernsParagraph: (written: string, heading: string) =>
		`concerns「${written}」は段落を指しています。concerns には段落ではなく、その段落がある見出しを書きます — 「${heading}」と書いてください`,
	resultOutsideDraft: (target: string, plan: string | undefined) =>
		plan === undefined
			? `concerns「${target}」を使うには、意見募集の対象の計画（plan）を書いてください — plan: に案の計画 id を追加してください`
			: `concerns「${target}」は意見募集の対象「${plan}」の箇所ではありません — 「plan:${plan}/章id#節id」の形で書いてください`,
	/** A consultation published points (a results row's concerns, its schedule's source) into a chapter marked publish: false. */
	consultationLinksUnpublishedChapter: (target: string, chapter: string) =>
		`「${target}」の章「${chapter}」は publish: false のため公開されず、この意見募集のページからのリンクが切れます — 章を公開する（章の publish: false の行を削除する）か、章を公開するまでこの行を外してください`,
	/** An evaluation table on a chapter published whose items' sections are in a chapter marked publish: false (withItsChapters leaves it out). */
	evaluationWaitsForItemChapter: (itemChapter: string, chapter: string) =>
		`項目の節がある章「${itemChapter}」が publish: false のため、この評価の表は公開中の章「${chapter}」にも載りません。章「${itemChapter}」を公開すると一緒に載ります — 先に載せるには、itemChapter の行と items の section を削除してください（項目から節へのリンクはなくなります）`,
	draftChangedDuringConsultation: (title: string, lastBuild: string, consultationFile: string, added: boolean) =>
		`意見募集「${title}」の期間中に、案の本文の${added ? 'この章が加わりました' : 'この章が変わりました'}（前回のビルド（${lastBuild}）の後）。住民はこの本文の段落を引用して意見を書いています — 変えたことと、その日付・内容を ${consultationFile} の notices（更新履歴）に書いて知らせてください。誤って変えたのなら元に戻してください`,
	notInWithoutTerm: (name: string, term: string) =>
		`「${name}」に用語「${term}」（別名を含む）が含まれていません — notIn には、用語の文字を含むほかの名前（部署名・役職名・事業名など）を、計画の書いているとおりに書いてください`,
	unknownRelatedTerm: (id: string, known: Iterable<string>) =>
		`関連する用語「${id}」がありません — ${typoOf(id, known, nearestId)}用語のファイル名（glossary/<id>.md の <id>）を書いてください`,
	aliasReadingNotAlias: (name: string, aliases: readonly string[]) =>
		`読みを書いた「${name}」が aliases にありません — ${typoOf(name, aliases)}aliases に書いた名前（${aliases.length > 0 ? aliases.map((a) => `「${a}」`).join('') : 'なし'}）と同じに書くか、aliases に加えてください`,
	definitionSectionOfOtherPlan: (section: string, plan: string) =>
		`定義のある節「${section}」が、出典の計画「${plan}」のものではありません — 「plan:${plan}/章id#見出しid」の形で、その計画の中の節を指定してください`,
	unresolvedPlanLink: (target: string) =>
		`参照先「${target}」が見つかりません — 「plan:計画id/章id#見出しid」の計画・章・見出しが存在するか確認してください（見出しの id は章ページの目次のリンク先で確認できます）`,
	futureNotice: (date: string) =>
		`お知らせの日付「${date}」はまだ来ていません。公開すると、その日より前からサイトと更新情報（フィード）に載ります — 日付を確かめてください。これから出すお知らせなら、その日になってから書き加えてください`,
	futureResults: (date: string) =>
		`結果の公示日（results › published）「${date}」はまだ来ていません。その日より前のビルドは結果を載せません（結果のページ、更新情報（フィード）、章の「この箇所への意見」。状況は「締切」と表示します）。公示日以降にもう一度ビルドして公開すると載ります（その日に自動では公開されません） — 日付を確かめ、公開の依頼のときに公示日を伝えてください`,
	futurePlanDate: (label: string, date: string) =>
		`「${label}」の日付「${date}」はまだ来ていません。公開すると、その日より前から計画のページと更新情報（フィード）に載ります — 日付を確かめてください。文書が予定の日付として書いているとおりなら、このままで公開できます`,
	shortPeriod: (days: number, minimum: number, from: string) =>
		`意見募集期間が${days}日（${from} から period › end まで、両日を含む）で、${minimum}日に足りません。国の意見公募手続（行政手続法第39条第3項）と多くの都道府県の定めは、公示の日から${minimum}日以上としています — 日付を資料で確かめてください。${minimum}日未満で正しいなら、資料にあるその理由を shortPeriodReason に書いてください（案件のページに「意見募集期間が${minimum}日未満の理由」として載ります）`,
	/** `moved`: the day the notice moves the deadline to, as read from it. */
	deadlineNoticeNotEnd: (date: string, moved: string, end: string) =>
		`お知らせ（${date}）は締切の延長・変更を伝えていて、新しい締切と読める日は「${moved}」ですが、意見募集期間の締切（period › end）は「${end}」です。案件の状態・残り日数・締切の表示は period › end から作られます — 変更後の締切を period › end に書いてください（その日が締切でないなら、このままで公開できます）`,
	otherSiteImage: (url: string) =>
		`画像「${url}」は他のサイトにあるため、ページには画像を出さず、代わりにそのアドレスへのリンク（「図: 」と代替テキスト）を出します（このサイトのページは他のサイトに何も要求しません）— 画像をページに出すなら、画像ファイルを public/ に置いてそのパス（例: /images/zu1.png）を書いてください`,
	reservedChapterId: (id: string) =>
		`章のファイル名「${id}.md」は使えません（「${id}」は計画のページの名前に使われています）— ch1.md のような別の名前にしてください`,
	eraYear: (text: string, western: number) => `「${text}」は和暦です。西暦の年度を数字で書いてください（${text} → ${western}）`,
	eraYearOutOfRange: (text: string, era: string, range: string) =>
		`「${text}」という年はありません（${era}は${range}）— 元の文書で年を確かめ、西暦の年度を数字で書いてください`,
	bareEraYear: (year: number, western: number) =>
		`${year} は西暦の年度ではありません。令和${year}年度のことなら ${western} と、西暦で書いてください`,
	dateWrittenOtherwise: (text: string, iso: string) => `「${text}」は日付の書き方が違います — 「${iso}」と書いてください（年は4桁、月と日は2桁で、「-」でつなぎます）`,
	eraDate: (text: string, iso: string) => `「${text}」は和暦です。西暦で「${iso}」の形に書いてください`,
	/** `inItsEra`: the same time in the era it falls in (令和2年度 for 平成32年度). */
	eraYearOutsideEra: (text: string, era: string, span: string, inItsEra: string, western: number) =>
		`${notInEra(text, era, span)}— 「${inItsEra}」のことなら、西暦の年度を数字で書いてください（${inItsEra} → ${western}）`,
	eraDateOutsideEra: (text: string, era: string, span: string, inItsEra: string, iso: string) =>
		`${notInEra(text, era, span)}— 「${inItsEra}」のことなら、西暦で「${iso}」の形に書いてください`,
	dateNotOnCalendar: (date: string) => `「${date}」という日付はありません — カレンダーで日付を確かめてください`,
	webAddress: () => 'http:// か https:// で始まるウェブのアドレスを書いてください（例: https://www.pref.fukushima.lg.jp/）',
	/** An id's form; `example`: one of the kind the field takes (a plan's, a chapter's). */
	slugForm: (example: string) => `英小文字・数字・ハイフンだけで書き、英小文字で始めてください（例: ${example}）`,
	headingIdForm: () => '見出しの id を書いてください（例: 第１節 → s1、その中の「１」→ s1-1）。英小文字・数字・ハイフンだけで、英小文字で始まります',
	planReferenceForm: () => '「plan:計画id/章id#節id」の形で書いてください（例: plan:fukushima-dx-2022/ch3#s2-1）',
	isoDateOrMonthForm: () => 'YYYY-MM-DD か YYYY-MM の形で書いてください（例: 2023-03-20）',
	isoDateForm: () => 'YYYY-MM-DD の形で書いてください（例: 2026-12-01）',
	prefectureCodeForm: () => 'JIS X 0401 の都道府県コードを "07" のように2桁の文字列で書いてください',
	planPeriodEndBeforeStart: () => '終了年度が開始年度より前になっています',
	/** A figure of an indicator's values. */
	figureForm: () => '値は数字だけで書いてください（例: 48.2）。単位は unit に書きます。空欄は null',
	emailAddressForm: () => 'メールアドレスの形（例: dx@pref.example.jp）で書いてください',
	/** A date, or a date and time, in Japan Standard Time (a consultation's period, a channel's closes). */
	jstMomentForm: (written: string) => {
		// The author's own date and time in the form to write (2026/10/31 17:00:00 → "2026-10-31 17:00"), where they can be read.
		const [, year, month, day, hour, minute] = /^(\d{4})[-/](\d{1,2})[-/](\d{1,2})(?:[ T](\d{1,2}):(\d{2})(?::\d{2})?)?$/.exec(written.trim()) ?? [];
		const two = (n: string) => n.padStart(2, '0');
		const meant = year && `${year}-${two(month!)}-${two(day!)}${hour ? ` ${two(hour)}:${minute}` : ''}`;
		return meant
			? `「${written}」は「${hour ? `"${meant}"` : meant}」と書いてください（${hour ? '時刻は時と分まで、引用符で囲んで。' : ''}日本時間）`
			: '「2026-12-01」か、時刻も書くときは引用符で囲んで「"2026-12-28 17:00"」の形で書いてください（日本時間）';
	},
	consultationPeriodOrSchedule: () => '意見募集期間（period）か、資料に書かれた日程（schedule）のどちらかを書いてください',
	consultationEndBeforeStart: () => '締切（end）が開始（start）より前になっています。日付を確かめてください',
	announcedAfterStart: (announced: string, start: string) =>
		`公示日（announced）${announced} が、意見募集の開始（period › start）${start} より後になっています。意見は案の公示から受け付けるため、どちらかの日付の誤りです — 案の公示文書で日付を確かめてください`,
	resultsBeforeDeadline: (published: string, end: string) =>
		`結果の公示日（results › published）${published} が、意見募集の締切（period › end）${end} より前になっています。結果は締切の後に公示されるため、どちらかの日付の誤りです — 結果の公示文書で公示日を確かめてください`,
	noticeBeforeAnnouncement: (date: string, announced: string) =>
		`お知らせの日付「${date}」が案の公示日（announced）「${announced}」より前になっています。お知らせは公示の後に出るものです — 日付を資料で確かめてください`,
	channelsWithoutPeriod: () => '提出方法（channels）を書くときは意見募集期間（period）も書いてください',
	/** `kind`: the channel's own (電子メール), which has no postal deadline. */
	postalDeadlineNotPostal: (kind: string) =>
		`必着・消印有効（postalDeadline）は郵便で送る意見の締切の扱いのため、kind: 郵送 の提出方法にだけ書けます（この提出方法は${kind}）— kind: 郵送 の項目に移すか、この行を削除してください。${kind}の受付が意見募集期間の締切より早く終わるなら、その日時を closes に書きます`,
	/** `closes`, `end`: as the file writes them. */
	channelClosesAfterPeriod: (closes: string, end: string) =>
		`この提出方法の締切「${closes}」が、意見募集期間の締切（period › end）「${end}」より後になっています。period › end は意見を受け付ける最後の時点です — 資料で日時を確かめ、この提出方法の締切のとおりなら period › end を「${closes}」に直してください`,
	channelClosesBeforeStart: (closes: string) =>
		`この提出方法の締切「${closes}」が、意見募集期間の開始（period › start）より前になっています。日付を確かめてください`,
	/** fieldHelp advice: said with the field's example when its value is unreadable. */
	chapterThemesAdvice: () => '「:」の左に見出しの id（第１節 → s1）、右にその節のテーマの id を書きます（content/README.md の「見出しのテーマ」）',
	closesAdvice: () => '時刻がなければ日付だけを引用符なしで書きます（closes: 2026-12-25）',
	figureAdvice: () => '「約」や単位は付けず、単位は unit に書きます',
	/** Where only an encrypted address will do (a form residents type their opinion into). */
	secureWebAddress: () => 'https:// で始まるウェブのアドレスを書いてください（http:// のページには意見を送る人の情報を書かせられません。例: https://www.pref.fukushima.lg.jp/form）',
	/** `inChapter`: a chapter's body (under the chapter title), or an entry's text (a term's definition, an indicator's notes), which its page puts under a heading of its own. */
	headingLevelOne: (inChapter: boolean) =>
		inChapter
			? '本文に「# 」の見出しは使えません（章の題名が「# 」の見出しになります）— 章の題名は title に書き、本文の見出しは「## 」から始めてください'
			: '本文に「# 」の見出しは使えません（ページの題名が「# 」の見出しになります）— 見出しは「## 」から始めてください（ページの中で、この文章を載せる見出しの下に置かれます）',
	headingLevelSkipped: (depth: number, previous: number, inChapter: boolean) =>
		`見出しのレベルが飛んでいます（${previous === 1 ? (inChapter ? '章の題名' : '本文の始まり') : `「${'#'.repeat(previous)} 」`}の次が「${'#'.repeat(depth)} 」）— 「${'#'.repeat(previous + 1)} 」にしてください`,
	unclosedHtmlTag: (name: string) =>
		`HTML のタグ <${name}> が閉じられていません — 対応する </${name}> を書くか、タグを削除して Markdown で書いてください`,
	htmlIdTaken: (id: string, published: string) => `HTML の id="${id}" は${idOfThePage(id, published)} — id をほかの値にしてください`,
	/** `heading`: the first is a heading's id, published as a permalink, so the HTML's id is the one to change. */
	htmlIdDuplicate: (id: string, firstLine: number | undefined, heading: boolean) =>
		heading
			? `HTML の id="${id}" が同じファイルの${firstLine ? `${firstLine}行目の` : ''}見出しの id と重複しています — 見出しの id はリンク先として公開されているため、HTML の id をほかの値にしてください`
			: `HTML の id="${id}" が同じファイルの${firstLine ? `${firstLine}行目の` : '別の'} HTML の id と重複しています — どちらかの id をほかの値にしてください`,
	/** `other`: the chapter whose id (or the page's own id there) prints the same. */
	printIdClash: (id: string, printed: string, other: string) =>
		`id「${id}」は全章の印刷用ページで「${printed}」となり、章「${other}」の同じ id と重なります — この id をほかの値にするか、章のファイル名を変えてください`,
	/** `other`: the indicator or evaluation whose notes give the same id on the plan's indicator page. */
	notesIdClash: (id: string, scoped: string, other: string) =>
		`id「${id}」は計画の指標のページで「${scoped}」となり、「${other}」の注記の同じ id と重なります — この id をほかの値にするか、ファイル名を変えてください`,
	strayHtmlClosingTag: (name: string) => `閉じタグ </${name}> に対応する <${name}> がありません — 余分な </${name}> を削除してください`,
	publishedHeadingIdGone: (id: string) =>
		`公開中の見出しの id「${id}」がなくなります（外部からのリンク …#${id} が切れます）— 見出しを残すか、新しい見出しの行末に {#${id}} を付けて id を引き継いでください。意図した削除なら、このまま公開できます`,
	publishedPlanUnpublished: (plan: string) =>
		`公開中の計画「${plan}」が publish: false になっていて、次のビルドでサイトからなくなります（/plans/${plan}/ へのリンクが切れます）— 意図して公開をやめるなら、このまま公開できます`,
	publishedChapterUnpublished: (plan: string, chapter: string) =>
		`公開中の章「${plan}/${chapter}」が publish: false になっていて、次のビルドでサイトからなくなります（/plans/${plan}/${chapter}/ へのリンクが切れ、この章に置いた指標・評価の表も公開されなくなります）— 意図して公開をやめるなら、このまま公開できます`,
	publishedChapterGone: (plan: string, chapter: string) =>
		`公開中の章「${plan}/${chapter}」のファイルがなくなります（/plans/${plan}/${chapter}/ へのリンクが切れます）— ファイル名を変えた場合は元の名前に戻してください。意図した削除なら、このまま公開できます`,
	emptyChapter: () => '章の本文が空です — 本文を書くか、このファイルを削除してください',
	/** `trimmed`: the value to write, where the field takes it. */
	valueWithSpaces: (fullWidth: boolean, trimmed: string | undefined) => `値の前後に${fullWidth ? '全角' : ''}スペースがあります${trimmed === undefined ? '' : `（「${trimmed}」と書いてください）`}`,
	/** `halfWidth`: the value to write, where the field takes it. */
	valueWithFullWidth: (characters: string[], halfWidth: string | undefined) =>
		`全角の${characters.map((c) => `「${c}」`).join('')}があります${halfWidth === undefined ? '' : `（半角で「${halfWidth}」と書いてください）`}`,
	emptyDefinition: () => '用語の解説（--- の後の本文）が空です。用語のページに中身のない「解説」が出典付きで載ります — 解説を書くか、このファイルを削除してください',
	unreadableAsOf: (asOf: string) => `asOf「${asOf}」という時点はありません — 計画の表記を確かめてください（例: 13月や令和0年はありません）`,
	asOfOutsideEra: (asOf: string, era: string, span: string, inItsEra: string) =>
		`asOf${notInEra(asOf, era, span)}— 計画の表記を確かめ、正しい元号で「${inItsEra}」と書いてください`,
	asOfYearMismatch: (asOf: string, stated: number, year: number | undefined) =>
		year === undefined
			? `asOf「${asOf}」は${stated}年度を表していますが year がありません — 「year: ${stated}」を書いてください`
			: `year ${year} と asOf「${asOf}」（${stated}年度）が合いません — 計画の表の時点を確かめ、違っている方を直してください（asOf が正しければ year: ${stated}。1〜3月は前の年度です）`,
	asOfNotInSection: (asOf: string, chapter: string, section: string) =>
		`asOf「${asOf}」が section「${section}」（章「${chapter}」）の本文に見つかりません — 計画の表の時点の書き方を写し間違えていないか、section が正しいかを確かめてください（全角・半角の違いは問題ありません）`,
	duplicateIndicatorValue: (year: number, role: string) =>
		`${year}年度の${role}が2つあります — 同じ年度・区分の値は1つにしてください`,
	metricUnitMismatch: (metric: string, unit: string, otherUnit: string, otherFile: string) =>
		`metric「${metric}」の単位「${unit}」が ${otherFile} の単位「${otherUnit}」と違います — 同じ metric の指標は同じ単位で書くか、別の metric にしてください`,
	indicatorPageIdClash: (id: string, otherFile: string, planId: string) =>
		`このファイル名からできる id「${id}」が ${otherFile} と同じになり、指標のページ（/plans/${planId}/indicators/）でリンク先が重なります — どちらかのファイル名を変えてください`,
	figureNotInSection: (value: string, chapter: string, section: string) =>
		`値 ${value} が section「${section}」（章「${chapter}」）の本文に見つかりません — 計画の数値を写し間違えていないか、section が正しいかを確かめてください（全角・半角や桁区切りのカンマの違いは問題ありません）`,
	figureWithFewerPlaces: (written: string, stated: string, chapter: string, section: string) =>
		`値 ${written} は、section「${section}」（章「${chapter}」）の本文では ${stated} と小数点以下まで書かれています。ページには書いたとおり ${written} と出ます — 計画と同じ桁で出るよう、value: ${stated} と書いてください`,
	yearOutsidePeriod: (year: number, role: string, start: number, end: number | undefined) =>
		`${role}の year ${year} が計画期間（${start}〜${end ?? ''}年度）の外です — 年度を写し間違えていないか、和暦から西暦への直し方（令和7年度 → 2025）を計画の文書で確かめてください。文書のとおりなら、このままで公開できます`,
	gradeCount: (count: number, scales: number) =>
		`grades が${count}つですが、scales は${scales}つです — scales の順に、評価を1つずつ書いてください`,
	targetAgainstDirection: (direction: string, target: string, baseline: string, baselineRole: string) =>
		`direction は「${direction}」ですが、目標値 ${target} が${baselineRole} ${baseline} より${direction === '増加' ? '小さく' : '大きく'}なっています（ページには進捗率を出せません）— 値と direction（${direction === '増加' ? '減少' : '増加'}）のどちらが文書のとおりか確かめてください`,
	templateSampleLeft: (sample: string, unpublished: boolean) =>
		`雛形の「${sample}」が書き換えられずに残っています${unpublished ? '（publish: false なので公開はされません）' : '。このままでは文書の言葉として公開されます'} — 文書に書かれているとおりに書き換えてください`,
	templateAddressLeft: (address: string, unpublished: boolean) =>
		`雛形の例のアドレス「${address}」が残っています${unpublished ? '（publish: false なので公開はされません）' : '。このままでは公開できません'} — 実際のアドレスに書き換えてください`,
	termIsFileName: (id: string, unpublished: boolean) =>
		`用語（term）がファイル名「${id}」のままです${unpublished ? '（publish: false なので公開はされません）' : '。このままでは用語集にこの名前で載ります'} — 計画に書かれているとおりの用語に書き換えてください`,
	/** `holdBack`: how the file can wait unpublished: its own publish: false (a term, a consultation), its plan's (plan.yaml), or out of content/ (a plan's other files). */
	leftToFill: (marker: string, holdBack: 'own-file' | 'plan' | 'chapter' | 'in-plan') =>
		`雛形の「${marker}」が残っていて、このままでは公開できません — 文書に書かれている内容に書き換えるか、任意の項目なら行ごと削除してください（書き終えるまで公開しないなら、${
			holdBack === 'own-file'
				? 'このファイルに publish: false と書きます'
				: holdBack === 'plan'
					? 'この plan.yaml に publish: false と書きます。公開中の計画なら、計画全体がサイトからなくなります'
					: holdBack === 'chapter'
						? 'この章のファイルに publish: false と書きます。章は npm run dev でだけ表示され、書き終えて publish: false の行を削除すると公開されます'
						: 'このファイルを content フォルダの外に移して書き、書き終えてから戻します。publish: false の章に置いた（chapter に書いた）指標・評価の表は、その章と一緒に公開されません'
		}）`,
	/** `note`: what the comment says after the mark (the importer's reading to confirm, a template's hint). */
	leftToFillInComment: (marker: string, unpublished: boolean, note?: string) =>
		note
			? `この行の値は確かめるよう印（# の後の「${marker}」）が付いたままです：「${note}」${unpublished ? '（publish: false なので公開はされません）' : '。このままでは公開できません'} — 文書と見比べ、合っていれば # の後の「${marker}」を消してください（違っていれば値を直してから）`
			: `この行の値は雛形のまま（# の後に「${marker}」）です${unpublished ? '（publish: false なので公開はされません）' : '。このままでは公開できません'} — 値を文書のとおりに書き換え、確かめたら # の後の「${marker}」を消してください`,
	/** What an importer wrote as the text shows (both importers): 「⾏」→「行」 12字、… */
	lookalikesWritten: (found: ReadonlyArray<{ char: string; meant: string; count: number }>, more = false) =>
		`見た目が同じ別の文字を、見た目どおりの文字に直しました（${found.map(({ char, meant, count }) => `「${char}」→「${meant}」 ${count}字`).join('、')}${more ? ' …' : ''}）— PDF のフォントによっては、「行」「用」などの漢字が部首の文字（康熙部首）として、「・」が「‧」として抜き出され、検索や読み上げで見た目どおりに扱われません`,
	/** A symbolic link (a shortcut on Windows' WSL, an alias made by ln -s) in content/ or public/. */
	symbolicLink: (folder: string) =>
		`シンボリックリンクは使えません（リンク先はサイトの確認を通らずに公開されてしまいます）— リンクを削除し、リンク先のファイルやフォルダそのものを ${folder}/ に置いてください`,
	/** A file in public/ hidden by its name (public-files.ts). */
	hiddenPublicFile: () =>
		'名前が「.」で始まるファイルは、設定や秘密の情報のことが多いため公開しません — サイトに載せるファイルでなければ public/ の外に移し、載せるものなら「.」で始まらない名前にしてください',
	/** A C0 control character (unsafe-values.ts), by its code point. */
	controlCharacter: (char: string) =>
		`目に見えない制御文字（U+${char.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}）が入っています（PDF や Word からのコピーで入ることがあります。フィードなどが壊れます）— この行の文字を打ち直すか、エディタの検索で見つけて削除してください`,
	/** A value of an indicator or evaluation that a spreadsheet would run as a formula (unsafe-values.ts). */
	readAsFormula: (value: string) =>
		`「${value.length > 30 ? `${value.slice(0, 30)}…` : value}」は${{ '\t': 'タブ', '\r': '改行' }[value[0]!] ?? `「${value[0]}」`}で始まるため、オープンデータの CSV を表計算ソフトで開くと数式として扱われます — 計画の表記どおりの文字（全角の「＝」「＋」「－」「＠」など）にするか、先頭の記号を削除してください`,
	lookalikeCharacters: (found: ReadonlyArray<{ char: string; meant: string }>, unpublished: boolean) =>
		`${found.map(({ char }) => `「${char}」`).join('')}は、見た目が${found.map(({ meant }) => `「${meant}」`).join('')}と同じ別の文字です（PDF からコピーした文字によくあります: 漢字に見える部首の文字や、「・」に見える「‧」）${unpublished ? '（publish: false なので公開はされません）' : ''}— 検索・読み上げ・用語のリンクで見た目どおりの文字として扱われないため、書き換えてください: ${found.map(({ char, meant }) => `「${char}」→「${meant}」`).join('、')}（エディタの置換で、ファイル全体を一度に直せます）`,
	/** Why text taken from a PDF is a jumble of other characters (unreadable-text.ts). */
	unreadableCause: 'PDF のフォントに文字の対応表がないと、画面に見える文字とは別の文字が取り出されます（PDF ビューアでコピーしても同じです）',
	/** A line (the check) or lines (the importer: `l.23–29`) that are such a jumble, with a sample of it. */
	unreadableText: (sample: string, { lines, unpublished = false }: { lines?: string; unpublished?: boolean }) =>
		`${lines ? `${lines} は` : ''}意味をなさない文字の並びです（${sample}）。${messages.unreadableCause}${unpublished ? '（publish: false なので公開はされません）' : ''}— PDF を見て、${lines ? 'この箇所' : 'この行'}を書き直してください`,
	leftToFillUnpublished: (marker: string) =>
		`雛形の「${marker}」が残っています（publish: false なので公開はされません）— 公開する前に、文書に書かれている内容に書き換えるか、任意の項目なら行ごと削除してください`,
	/** The last line of npm run check; `strict`: warnings fail it too. */
	/** Put before a warning's message, where errors have nothing. */
	warningMark: () => '（警告）',
	/** Thrown by the first page built when the build's content check found errors (they are listed above it). */
	contentCheckFailed: () => 'コンテンツの確認でエラーが見つかったため、ページを作りません。',
	checkSummary: (errors: number, warnings: number, strict: boolean) =>
		errors > 0
			? `\n${errors}件のエラーがあります。上の各行のファイルと行を直してから、もう一度実行してください。`
			: warnings > 0
				? `エラーはありません（確認が必要な警告 ${warnings}件）。上の各行を確かめてください${strict ? '（--strict のため、警告があると失敗として終わります）' : ''}。`
				: 'コンテンツに問題はありません。',
	/** `npm run dev`'s last line when the check found errors (without them it ends as `npm run check` does). */
	previewErrors: (errors: number) => `${errors}件のエラーがあります。上の各行を直して保存してください。`,
	previewNeedsContentFolder: 'コンテンツのフォルダがないため、プレビューを始められません。CONTENT_DIR を直してから、npm run dev をもう一度実行してください。',
	previewWaitsForFix: 'プレビューを始める前に、上のエラーを直してください。ファイルを保存すると、もう一度確認して、直っていればプレビューを始めます。',
	periodWithoutChannels: () =>
		'意見募集期間（period）はありますが、提出方法（channels）が書かれていないため、ページには「このサイトには提出方法を掲載していません」と表示され、意見の下書きも提出できません — 募集要項の提出方法（電子メール、ウェブフォーム、郵送など）を channels に書いてください（資料に提出方法が書かれていないなら、このままで構いません）',
	channelClosesAtMovedDeadline: (kind: string, closes: string, noticeDate: string) =>
		`提出方法（${kind}）の締切（closes）「${closes}」は、${noticeDate} のお知らせが変える前の締切のままです。このままでは、この方法だけ先に「受付終了」と表示されます — 延長の後もこの方法だけ早く締め切るのでなければ、closes を新しい日時に直すか消してください`,
	/** `items`: the names run together in it, each its own item. */
	channelItemsRunTogether: (list: string, item: string, items: string[]) =>
		`${list} の「${item}」は1つの項目として読まれます（ページにも1項目として表示されます）— 項目ごとに半角の「,」で区切ってください: [${items.join(', ')}]`,
	consultationWithoutContact: () =>
		'問合せ先（contact）も、県の意見募集のページ（officialPage）も書かれていないため、住民が提出方法や案の内容を確かめる先がページにありません — 募集要項の問合せ先を contact に書いてください（name に課の名前、あれば phone・email・url も）。資料に問合せ先がないなら、このままで構いません',
	commandUsage: (usage: string) => `使い方: ${usage}`,
	badCommandOption: (reason: string, usage: string) => `コマンドの指定が正しくありません（${reason}）— 使い方: ${usage}`,
	unknownCommandOption: (written: string, meant: string | undefined) => `「${written}」というオプションはありません${meant ? `。${meant} のことではありませんか` : ''}`,
	commandOptionWithoutValue: (option: string) => `${option} の後に値がありません`,
	unexpectedCommandArgument: (written: string) => `余分な指定「${written}」があります`,
	optionsTakenByNpm: (written: string, script: string, option: string) =>
		`余分な指定「${written}」があります。オプション（${option} など）の前の「--」を忘れていませんか — 「npm run ${script} -- ファイル ${option} …」のように、npm run ${script} の後に「--」を書いてから続けてください（「--」がないと、オプションは npm が受け取り、値だけが渡ります）`,
	scaffoldNoKpiRows: (plan: string) =>
		`計画「${plan}」の章に、まだ指標になっていない指標の表の行がありません — 指標の表は、見出しの行に「指標名」の列と「現況値（令和３年度）」「目標値（令和７年度）」のような列がある表です`,
	/** `unpublished`: the file or its plan says publish: false; 'draft-chapter', a chapter of a published plan written as a draft. */
	scaffoldWritten: (files: string[], marker: string, unpublished: boolean | 'draft-chapter') =>
		`${files.length === 1 ? `${files[0]} ` : `上の ${files.length} 件`}を作りました — 「${marker}」の箇所を文書のとおりに書き換え、npm run check で確かめてください。${
			unpublished === 'draft-chapter'
				? '公開中の計画に加える章なので、下書き（publish: false）として作りました。npm run dev では表示され、npm run build では公開されません。書き終えたら publish: false の行を削除すると公開されます'
				: unpublished
					? 'publish: false の間は公開されません（npm run dev では表示されます）。書き終えたら publish: true にします（計画の章・指標は plan.yaml の publish）'
					: '公開中の計画のファイルなので、書き換え終えるまで npm run build は止まります'
		}`,
	resultsTableUnreadable: (reason: string) => `表を CSV として読めません（${reason}）— Excel で「CSV UTF-8（コンマ区切り）」として保存し直してください`,
	/** Why csv-parse could not read a CSV, in staff's words. */
	csvQuoteNotClosed: () => '「"」で始まるセルが、ファイルの終わりまで「"」で閉じられていません',
	/** `line`: the file's line it stopped at (a cell's line breaks count); `separator`: the cells' (「,」, タブ). */
	csvStrayQuote: (line: number, separator: string) => `ファイルの${line}行目で、「"」の使い方が正しくありません（「"」で囲んだセルの後に、区切りの${separator}の前に文字が続いているか、セルの途中に「"」があります）`,
	resultPlaceReadable: (place: string, heading: string, concerns: string) =>
		`該当箇所「${place}」は、案の「${heading}」と読めます — その箇所なら concerns: ${concerns} を書き加えてください（結果の表の該当箇所がその節へのリンクになり、案の本文からも結果へリンクします）`,
	resultPlaceElsewhere: (place: string, heading: string, written: string, read: string) =>
		`該当箇所「${place}」は案の「${heading}」と読めますが、concerns の ${written} は別の箇所です — 住民は結果の表のリンクから違う節へ案内されます。表の該当箇所と見比べて、どちらかを直してください（読みどおりなら concerns: ${read}）`,
	resultsWorkbookUnreadable: (reason: string) => `表を Excel ブックとして読めません（${reason}）— Excel で開いて「Excel ブック（*.xlsx）」として保存し直すか、「CSV UTF-8（コンマ区切り）」で保存して、そのファイルを指定してください`,
	resultsOldOffice:
		'古い形式の Office ファイル（.xls、.doc: Office 97-2003）は読めません — Excel で開いて「Excel ブック（*.xlsx）」として、Word なら「Word 文書（*.docx）」として保存し直し、そのファイルを指定してください',
	resultsPdf:
		'PDF の表は読めません（PDF の文字には、どこがセルの区切りかが残りません）— 公表した PDF の元の Excel ブック（*.xlsx）か Word 文書（*.docx）を指定してください。PDF しかないときは、表を Excel に打ち込むか貼り付けて、セルを確かめてから保存したファイルを指定してください',
	resultsChoiceNotFor: (option: string, value: string, kind: string) => `${option}「${value}」を指定しましたが、表は ${kind}ではありません — ${option} を付けずに実行してください`,
	resultsNoSuchSheet: (sheet: string, names: readonly string[]) => `このブックにシート「${sheet}」はありません（シート: ${names.join('、')}）— --sheet にシートの名前をそのまま指定してください`,
	resultsSeveralSheets: (names: readonly string[]) =>
		`意見と県の考え方の表が、シート${names.map((name) => `「${name}」`).join('')}の${names.length}つにあります — 取り込むシートを --sheet「シートの名前」で指定してください（「${names[0]}」だけなら --sheet ${names[0]}、章ごとのシートなどを続けて取り込むなら ${names.map((name) => `--sheet ${name}`).join(' ')}）`,
	resultsNoSheetWithHeader: (rows: number, names: readonly string[]) =>
		`どのシート（${names.join('、')}）にも見出しの行が見つかりません — ${resultsHeaderNeeded(rows)}。取り込むシートを --sheet で指定すると、そのシートの最初の行を示します`,
	resultsDocumentUnreadable: (reason: string) => `表を Word 文書として読めません（${reason}）— Word で開いて「Word 文書（*.docx）」として保存し直すか、表を Excel に移して保存したファイルを指定してください`,
	resultsDocumentNoTable: 'この Word 文書には表がありません — 意見と県の考え方を表にした文書を指定してください',
	resultsSeveralTables: (numbers: readonly number[]) =>
		`意見と県の考え方の表が、文書の${numbers.map((n) => `${n}つ目`).join('と')}の表の${numbers.length}つにあります — 取り込む表を --table で指定してください（${numbers[0]}つ目だけなら --table ${numbers[0]}、章ごとの表などを続けて取り込むなら --table ${numbers.join(',')}）`,
	resultsTablesDiffer: (first: string, other: string) =>
		`${first}と${other}で列が違います（番号・該当箇所・意見・考え方・反映のどれかが片方にだけあります）— 続けて取り込めるのは、同じ列の表だけです。一つずつ指定して確かめてください`,
	resultsNoTableWithHeader: (rows: number, tables: number) =>
		`文書の表（${tables}つ）のどれにも見出しの行が見つかりません — ${resultsHeaderNeeded(rows)}。取り込む表を --table で指定すると、その表の最初の行を示します`,
	resultsNoSuchTable: (table: number, tables: number) => `--table に ${table} を指定しましたが、この文書の表は${tables}つです — 何番目の表かを 1 から ${tables} で指定してください`,
	resultsMergedCell: (field: string, from: number) => `${field}は、表で${from}行目から結合されたセルのため、同じ内容を書きました — 結果の表には項目ごとに表示されます`,
	resultsTableNoHeader: (rows: number, first: string | undefined) =>
		`見出しの行が見つかりません — ${resultsHeaderNeeded(rows)}${first ? `（最初の行: 「${first}」）` : '（表が空です）'}`,
	/** `read`: the row's headers read, each with its column; `missing`: which of the two a header must name is not there. */
	resultsTableHeaderIncomplete: (line: number, read: ReadonlyArray<[header: string, field: string]>, missing: ReadonlyArray<'summary' | 'response'>, unread: readonly string[]) =>
		`見出しの行が見つかりません — ${line}行目の${read.map(([header, field]) => `「${header}」は${field}`).join('、')}と読めましたが、${missing.map((column) => `「${resultsHeaderExamples[column][0]}」`).join('と')}に当たる見出しがありません${
			unread.length > 0 ? `（読めなかった見出し: ${unread.map((header) => `「${header}」`).join('')}）` : ''
		}。その列の見出しを${missing.map((column) => resultsHeaderExamples[column].map((example) => `「${example}」`).join('か')).join('、')}に直してください`,
	/** A column with text in its cells and none in the header row: `column` counts from 1 at the left. */
	resultsHeaderlessColumn: (column: number) => `見出しのない${column}列目`,
	resultsTableNoRows: (headerLine: number) => `見出しの行（${headerLine}行目）の下に、意見も考え方もある行がありません — 取り込む表を確かめてください`,
	resultsNoFrontmatter: 'ファイルの先頭に --- で囲んだ項目（フロントマター）がありません — npm run new -- consultation で作ったファイルに取り込んでください',
	resultsExist: (file: string) => `${file} にはすでに results があります。上書きはしません — 取り込み直すときは、今の results を消してから実行してください`,
	resultsNoConsultation: (id: string, known: string[]) =>
		`意見募集「${id}」のファイル（content/consultations/${id}.md）がありません — ${typoOf(id, known, nearestId)}先に npm run new -- consultation <計画の id> ${id} で作ってください`,
	resultsBadDate: (written: string) => `--published「${written}」は日付として読めません — 結果の公示日を 2027-02-01 か 令和9年2月1日 の形で指定してください`,
	resultsBadCount: (option: string, written: string) => `${option}「${written}」は件数として読めません — 0 以上の整数で指定してください（例: ${option} 12）`,
	resultsBadTableNumber: (written: string) => `--table「${written}」は表の番号として読めません — 文書の何番目の表かを 1 からの整数で指定してください（例: --table 2、続けて取り込むなら --table 2,3）`,
	resultsInvalid: (problem: string) => `取り込んだ結果を書き加えるとファイルが正しくなくなるため、書き込みませんでした（${problem}）— npm run check でファイルの問題を直してから、もう一度実行してください`,
	/** `option`: the command's option the wrong value came from (--published). */
	resultsOptionInvalid: (option: string, value: string, problem: string) => `${option} ${value} を結果に書くと、ファイルが正しくなくなるため、書き込みませんでした（${problem}）— コマンドの ${option} を確かめて、もう一度実行してください`,
	resultsWritten: (file: string, count: number, source: string, headerLine: number) =>
		`${file} に結果（意見 ${count}件）を書き加えました（表は ${source}、見出しは${headerLine}行目）。`,
	resultsColumns: (columns: Array<[field: string, header: string]>) => `列: ${columns.map(([field, header]) => `${field} ←「${header}」`).join('、')}`,
	resultsSkippedRow: (text: string) => `意見も考え方もない行（「${text}」）は取り込んでいません（見出しの行なら、このままで構いません）`,
	resultsQuestionMark: (marker: string) =>
		`「?」があるため「${marker}」の印を付けました。Excel の「CSV」（Shift_JIS）で保存すると、Shift_JIS にない文字（𠮷、絵文字など）は「?」に置き換わります — 元の表と見比べて直すか、表を Excel ブック（.xlsx）のまま、または「CSV UTF-8」で保存して取り込み直してください`,
	resultsTotalRow: (text: string) => `合計の行（「${text}」）は意見ではないため取り込んでいません`,
	resultsCountDiffers: (rows: number, opinions: number) =>
		rows > opinions
			? `表の意見は${rows}件で、--opinions の提出意見数 ${opinions}件より多くなっています — 提出意見数と、意見でない行（見出し、注記）が取り込まれていないかを確かめてください`
			: `表の意見は${rows}件で、--opinions の提出意見数 ${opinions}件より少なくなっています — 同じ趣旨の意見をまとめて掲載した表なら、このままで構いません`,
	resultsRepeatedHeader: (text: string) => `見出しと同じ行（「${text}」）は、見出しの繰り返しとして取り込んでいません`,
	resultsBlankCell: (field: string, marker: string) => `${field}が空欄のため「${marker}」にしました — 元の表でセルを結合していたなら、その内容を書いてください`,
	resultsReflectionUnknown: (written: string, marker: string) => `区分「${written}」はこのサイトの区分にないため、reflection を「${marker}」の印付きの「その他」にしました — 表の凡例を見て選んでください`,
	resultsReflectionMaybeTopic: (written: string, marker: string) => `区分「${written}」は意見の分類かもしれないため（下の注記）、reflection を「${marker}」の印付きの「その他」にしました — 県の考え方を読んで選んでください`,
	resultsColumnMaybeTopic: (header: string, marker: string) =>
		`「${header}」の列には、「その他」のほかに反映の区分（反映する、今後の参考とする など）がありません。意見の分類の列かもしれないため、「その他」も「${marker}」の印付きにしました — 意見の分類なら、見出しを「意見区分」に直して取り込み直してください`,
	/** `unread`: the table has columns not read, one of which may be the 区分 under a header not known. */
	resultsNoReflectionColumn: (marker: string, unread = false) =>
		`表に反映（対応区分）の列がないため、どの項目の reflection も「${marker}」の印付きの「その他」にしました — 県の考え方を読んで、項目ごとに選んでください${
			unread ? '。読まなかった列が反映の区分なら、その見出しを「対応区分」に直して取り込み直すこともできます' : ''
		}`,
	resultsColumnsCompeting: (field: string, headers: readonly string[], read: string) =>
		`${headers.map((header) => `「${header}」`).join('と')}が${headers.length > 2 ? 'いずれも' : 'どちらも'}${field}の列に当たります。「${read}」を読みました — 違うときは、読むべきでない列の見出しを直して${field === '反映' ? '（意見の区分なら「意見区分」に）' : ''}取り込み直してください`,
	resultsUnreadColumns: (headers: readonly string[]) =>
		`読まなかった列: ${headers.join('、')} — 取り込むのは番号・該当箇所・意見の概要・県の考え方・反映の列だけです。結果に載せる内容なら、見出しを直して取り込み直すか、取り込んだ後に書き加えてください`,
	resultsNumbersKept: '元の表の番号は 1, 2, 3 … の通し番号ではないため、各項目の number にそのまま書きました（結果の表と案の本文に、その番号で表示されます）',
	resultsChapterNotInDraft: (place: string, chapters: string[]) =>
		`該当箇所「${place}」の章は、案にありません（案の章: ${chapters.join('、')}）— 表の誤りか、別の版の案についての表でないかを確かめてください。concerns は書いていません`,
	resultsPlacePartNotInDraft: (place: string, beyond: string, heading: string) =>
		`該当箇所「${place}」の${beyond}は案の見出しにないため、「${heading}」と読みました — 表の誤りか、別の版の案についての表でないかを確かめてください`,
	resultsPlacesRead: (count: number, marker: string) =>
		`${count}件の該当箇所を、案の章・節の番号から concerns に読みました（「${marker}」の印付き）— 案の本文と見比べて、合っていれば印を消してください。結果の表と案の本文が互いにリンクします`,
	resultsPlaceToConcerns: '該当箇所は表のとおり place に書きました。章・節に読めなかったものも、このサイトにある案の節なら concerns: plan:<計画>/<章>#<節> を書き加えると、結果の表の該当箇所がその節へのリンクになり、案の本文からも結果へリンクします',
	resultsNext: (marker: string) => `次に npm run check で確かめてください（「${marker}」が残る間、公開中の意見募集なら npm run build は止まります）。`,
	scaffoldUsage: (usage: string) => `作るファイルの種類と id を指定してください:\n${usage}`,
	/** `meant`: the kind a Japanese word for it or a slip means, with its usage line. */
	scaffoldUnknownKind: (kind: string, meant: { by: 'word' | 'slip'; usage: string } | undefined, usage: string) =>
		!meant
			? `種類「${kind}」はありません — 作れるのは次の種類です:\n${usage}`
			: meant.by === 'slip'
				? `種類「${kind}」はありません — 次のことではありませんか:\n${meant.usage}`
				: `種類は英字の名前で書きます — 「${kind}」なら次のとおりです:\n${meant.usage}`,
	/** `args`: the ids the kind takes, an optional one in brackets ([plan-id]). */
	scaffoldIdCount: (kind: string, args: readonly string[], given: readonly string[], usage: string) =>
		`${kind} には ${args.join('、')} を${args.length > 1 ? '順に' : ''}指定します（${given.length === 0 ? 'id が指定されていません' : `指定されたのは${given.map((id) => `「${id}」`).join('')}`}）:\n${usage}`,
	scaffoldBadId: (name: string, value: string) =>
		`${name}「${value}」は使えません — 英小文字・数字・ハイフンだけで書き、英小文字で始めてください（例: fukushima-dx-2026、ch1、open-data）`,
	scaffoldIdWithExtension: (name: string, value: string, id: string) => `${name}「${value}」は使えません — id には .md や .yaml を付けません。「${id}」と書いてください`,
	scaffoldExists: (file: string) => `${file} はすでにあります — 上書きはしません。別の id にするか、そのファイルを直接編集してください`,
	/** `meant`: the plan folder the id is a slip away from, or the one it starts. */
	scaffoldNoPlan: (plan: string, meant?: string) =>
		meant
			? `計画「${plan}」がありません。「${meant}」のことではありませんか — 計画の id は content/plans/ の下のフォルダ名です`
			: `計画「${plan}」がありません — 先に npm run new -- plan ${plan} で計画を作ってください`,
	scaffoldNoChapter: (plan: string) => `計画「${plan}」に章がありません — 指標の表は章に載せます。先に npm run new -- chapter ${plan} ch1 で章を作ってください`,
	/** `meant`: the prefecture a slip in `name` most likely means. */
	scaffoldPrefectureUnknown: (id: string, name: string | undefined, meant?: string) =>
		name === undefined
			? `id「${id}」から都道府県が分かりません — id を都道府県のローマ字で始めるか（例: fukushima-dx-2026）、--prefecture 福島県 のように指定してください`
			: `都道府県「${name}」が分かりません — ${meant ? `「${meant}」のことではありませんか。` : ''}「福島県」「東京都」のように正式な名前で指定してください`,
	/** `--prefecture` names another prefecture than the plan a consultation is on. */
	scaffoldPrefectureNotPlans: (plan: string, ofPlan: Prefecture, named: string) =>
		`計画「${plan}」は${ofPlan.name}の計画ですが、--prefecture は「${named}」です — 意見募集の都道府県は対象の計画のものになります。${ofPlan.name}の意見募集なら --prefecture を外し、ほかの都道府県なら、その計画の id を指定してください`,
	/** `--prefecture` names another prefecture than the one the id starts with. */
	scaffoldIdOfOtherPrefecture: (id: string, ofId: Prefecture, named: Prefecture) =>
		`id「${id}」は${ofId.name}（${ofId.romaji}）で始まりますが、--prefecture は${named.name}です — ${named.name}の計画なら id を ${named.romaji}- で始め、${ofId.name}の計画なら --prefecture を外してください`,
	planIdOfOtherPrefecture: (id: string, ofId: Prefecture, named: string) =>
		`計画の id「${id}」（フォルダ名）は${ofId.name}（${ofId.romaji}）で始まりますが、prefecture は${named}です — どちらかの書き間違いではありませんか。id はページのアドレスになり、公開した後は変えられません`,
	linkToUnpublished: (href: string) =>
		`リンク先「${href}」は publish: false のため公開されず、公開するページからのリンクが切れます — リンク先を公開する（publish: true）か、公開するまでこのリンクを外してください`,
	/** `page` when the link is in the site's own pages rather than a content file. */
	/** `publicFile`: where the file would be (public/images/zu1.png). */
	/** `found`: where the file is, in the content folders, which the build does not publish. */
	fileInContent: (href: string, found: string, publicFile: string, kind: 'link' | 'image') => {
		// The site's usual folder for such a file, and the address to write for it there.
		const name = found.split(/[\\/]/).at(-1)!;
		const folder = kind === 'image' ? 'images' : 'files';
		return `${kind === 'image' ? '画像' : 'リンク先のファイル'}「${href}」は ${found} にありますが、コンテンツのフォルダにあるファイルはサイトに載りません — public/${folder}/${name} に移して、${kind === 'image' ? 'パス' : 'アドレス'}を「/${folder}/${name}」にしてください（${publicFile} に移せば、今の書き方のままでも表示されます）`;
	},
	unlinkedFileInContent: (name: string) =>
		`「${name}」はどのページからもリンクされておらず、サイトにも載りません（content/ から読むのは Markdown と YAML のファイルだけです）— 図や資料としてページに載せるなら public/images/ か public/files/ に移してページからリンクし、いらないファイルなら content/ の外に移すか削除してください`,
	missingFile: (href: string, publicFile: string, kind: 'link' | 'image', page?: string) =>
		`${kind === 'image' ? '画像' : 'リンク先のファイル'}「${href}」がありません — ${publicFile} にファイルを置くか、${kind === 'image' ? 'パス' : 'アドレス'}を確かめてください${page ? `（ページ ${page} の${kind === 'image' ? '画像' : 'リンク'}）` : ''}`,
	definitionNotInPlan: (plan: string, sourceFile: string, sentence: string) =>
		`この解説の「${sentence.length > 40 ? `${sentence.slice(0, 40)}…` : sentence}」は、出典とした計画 ${plan} の本文（${sourceFile}）にありません。計画の言葉として公開されます — 計画の用語解説や本文から写したなら文言を本文どおりに直し、編集部で書いた解説なら source を「editorial: true」にしてください`,
	fieldsOfOneFormOnly: (keys: string[]) => `${keys.join(' と ')} は一緒には書けません — どれか一つだけを残してください`,
	planYamlMissing: (file: string) => `計画フォルダに plan.yaml がありません — content/README.md の例にならって ${file} を作ってください`,
	readingNotHiragana: (reading: string) => {
		const asHiragana = hiraganaOf(reading.trim());
		const others = [...new Set(asHiragana.match(/[^\u3041-\u3096\u30fc・\s]/g) ?? [])];
		if (reading.trim() === '') return 'よみが空です — 用語の読みを ひらがなで書いてください（例: おーぷんでーた）';
		if (others.length > 0) return `よみ「${reading}」に ひらがな以外の文字（${others.join('、')}）があります — 読みを ひらがなで書いてください（例: おーぷんでーた）`;
		if (asHiragana !== reading.trim()) return `よみ「${reading}」は ひらがなで書いてください — 「${asHiragana}」と書けます`;
		return `よみ「${reading}」の最初の「${reading.trim().charAt(0)}」では五十音のどの行か決まりません — ひらがなで始めてください（「${reading.trim().charAt(0)}」の前に抜けた字がないか確かめてください）`;
	},
	siteUrlNotWebAddress: (value: string) => `SITE_URL「${value}」はウェブのアドレスではありません — https://plans.example.jp のように書いてください`,
	siteUrlWithSpaces: (value: string) => `SITE_URL「${value}」の前後に空白があります — 空白を消して「${value.trim()}」と書いてください（ホスティングの設定画面に貼り付けたときに入りがちです）`,
	siteUrlWithPath: (value: string, origin: string, path: string) =>
		`SITE_URL「${value}」にパスがあります — SITE_URL はオリジンだけ（${origin}）にし、パス（${path}）は BASE_PATH に書いてください`,
	basePathWithOrigin: (value: string, origin: string, path: string) =>
		`BASE_PATH「${value}」はアドレス全体です — BASE_PATH にはパスだけ（${path}）を書き、オリジン（${origin}）は SITE_URL に書いてください`,
	basePathNotPath: (value: string) =>
		`BASE_PATH「${value}」はサイトを置くパスとして使えません（空白、?、#、\\、. や .. の区切りを含む） — /plans/ のように、/ で区切った名前だけで書いてください`,
	draftsOnSharedOrigin: (origin: string, host: string, titles: string[]) =>
		`SITE_URL のオリジン ${origin} は、同じアカウントのほかの ${host} のサイトと共有されます。このサイトの意見募集（${titles.map((t) => `「${t}」`).join('、')}）で住民が書いた意見の下書きと、提出用に入力した氏名・住所はブラウザにオリジンごとに保存されるため、それらのサイトからも読めます — 意見を募集するサイトは独自のドメイン（例: plans.pref.example.lg.jp）で公開してください（docs/deployment.md「A site with consultations needs an origin of its own」）`,
	notPrefectureCodes: (codes: string[]) => `ONLY_PREFECTURES の「${codes.join('、')}」は都道府県コードではありません — 2桁の JIS コード（福島県は 07、千葉県は 12）で書いてください`,
	unknownPlansToBuild: (ids: string[], known: string[]) =>
		`ONLY_PLANS の「${ids.join('、')}」という計画はありません — ${ids.map((id) => typoOf(id, known)).join('')}content/plans/ のフォルダ名（${known.join(', ')}）で書いてください`,
	contentFolderMissing: () => 'コンテンツのフォルダがありません — CONTENT_DIR には plans/ や glossary/ のあるフォルダを指定してください（指定しなければ ./content を読みます）',
	noPlanFolders: () =>
		'計画がひとつもありません（plans/<計画ID>/plan.yaml）。このまま公開すると計画のないサイトになります — npm run new -- plan <計画ID> で計画を作るか、CONTENT_DIR が計画のあるフォルダを指しているか確かめてください',
	/** `selected`: ONLY_PREFECTURES or ONLY_PLANS chose the plans. */
	noPublishedPlans: (selected: boolean) =>
		`公開する計画がありません（${selected ? 'ONLY_PREFECTURES・ONLY_PLANS で選んだ' : ''}計画はすべて publish: false です）。このまま公開すると計画のないサイトになります — 公開する計画の plan.yaml を publish: true にしてください`,
	noPlansOfPrefectures: (codes: string[], withPlans: string[]) =>
		`ONLY_PREFECTURES（${codes.join(',')}）の都道府県の計画はありません — 計画のある都道府県のコード（${withPlans.join(', ')}）を書いてください`,
	outDirHoldsProject: (outDir: string) =>
		`出力先「${outDir}」はこのプロジェクトのフォルダそのものか、それを含むフォルダです。ビルドは出力先を丸ごと置き換えるため、コンテンツもプログラムもすべて消えてしまいます — 出力先には dist のような専用のフォルダを指定してください（例: npm run build -- --outDir dist）`,
	/** `what`: what the folder holds, in words (コンテンツ). */
	outDirHoldsProjectFolder: (outDir: string, folder: string, what: string) =>
		`出力先「${outDir}」は${what}のフォルダ「${folder}」そのものか、それを含むフォルダです。ビルドは出力先を丸ごと置き換えるため、「${folder}」の中身が消えてしまいます — 出力先には dist のような専用のフォルダを指定してください（例: npm run build -- --outDir dist）`,
	outDirNotFolder: (outDir: string) =>
		`出力先「${outDir}」はフォルダではなくファイルです。ビルドは出力先を置き換えるため、このファイルが消えてしまいます — まだない名前のフォルダを指定してください（例: npm run build -- --outDir dist）`,
	/** `marker`: the file every build writes into its output folder. */
	outDirNotBuilt: (outDir: string, marker: string) =>
		`出力先「${outDir}」には、このサイトのビルドが書き出したものではないファイルがあります（ビルドの出力なら ${marker} があります）。ビルドは出力先を丸ごと置き換えるため、それらが消えてしまいます — 空のフォルダかまだない名前のフォルダを指定してください。このフォルダを使うなら、中身が要らないことを確かめてから、中身を別の場所に移してください`,
	addressWithoutScheme: (href: string) =>
		`「${href}」は他のサイトのアドレスとして読まれず、このサイトの中のページを指してしまいます — 先頭に https:// を付けて「https://${href}」と書いてください`,
	/** `suggestion`: the chapter's address, where the link is on a chapter page. */
	markdownFileLink: (href: string, suggestion: string | undefined) =>
		`リンク先「${href}」はコンテンツのファイル（.md）ですが、.md のファイルはサイトに載りません — 章へのリンクは${suggestion ? `「${suggestion}」のように` : '「plan:計画のid/章のid」か「../ch2/」のように'}、.md を付けずに書いてください`,
	/** `resolved`: where the address leads; `suggestion`: the chapter meant, on a chapter page. */
	linkBelowPage: (href: string, resolved: string, suggestion: string | undefined) =>
		`リンク先「${href}」は、このページの下の「${resolved}」を指しますが、そこにページはありません — ${suggestion ? `同じ計画の章なら「${suggestion}」のように「../」から書いてください` : 'plan: で書くか、「../」から始まるアドレスで書いてください'}`,
	linkFromSiteRoot: (href: string, portable: string) =>
		`「${href}」のように「/」から始まるこのサイトのアドレスは、サイトを BASE_PATH のサブパスに公開すると行き先が変わります — 「${portable}」と書いてください`,
	scriptLinkRemoved: (href: string) =>
		`リンク先「${href.length > 60 ? `${href.slice(0, 60)}…` : href}」は安全のため取り除かれ、リンクにならず文字だけが載ります — リンクを削除してください`,
	/** `termAddress`: the glossary page meant, where the address names a term (`glossary:open-data`). */
	unusableLinkScheme: (href: string, termAddress: string | undefined) =>
		`リンク先「${href}」は、このサイトでは使えない書き方のため、リンクにならず文字だけが載ります — ${termAddress ? `用語集のその用語へは「${termAddress}」と書いてください` : '他のサイトへは「https://…」、メールは「mailto:…」、計画の章へは「plan:計画のid/章のid」、用語集の用語へは「../../../glossary/用語のid/」（章のページから）のように書いてください'}`,
	/** `page`: where the link is, in the build's report; `meant`: the address a slip away that the site has. */
	brokenLink: (href: string, missing: 'page' | 'fragment', page?: string, meant?: string) =>
		`リンク先「${href}」が見つかりません（${missing === 'fragment' ? 'ページはあるが、# の後の見出し・段落の id がない' : 'そのページがない'}）— ${meant ? `「${meant}」の書き間違いではありませんか。` : ''}アドレスと # の後の id を確かめてください${page ? `（ページ ${page} のリンク）` : ''}`,
} as const;
