/**
 * Every message a content author can see, in one place. Authors are not
 * programmers: each says what is wrong and how to fix it, in Japanese.
 */

export const messages = {
	yamlSyntax: (reason: string) =>
		`YAML の書き方に誤りがあります（${reason}）— 字下げ（半角スペース）、「キー: 値」のコロンと空白、引用符の閉じ忘れを確認してください`,
	yamlTab: () => 'YAML の字下げにタブ文字が使われています — タブを半角スペース2つに置き換えてください',
	yamlFullWidthColon: (key: string) =>
		`「${key}：」の区切りが全角コロンになっています — 半角コロンと空白（「${key}: 」）にしてください`,
	notUtf8: () => 'ファイルが UTF-8 ではありません（Shift_JIS などの可能性）— エディタで文字コードを UTF-8 にして保存し直してください',
	bom: () => 'ファイルの先頭に BOM があります — エディタで「UTF-8（BOM なし）」として保存し直してください',
	noFrontmatter: () =>
		'先頭に「---」で囲んだ frontmatter がありません — ファイルの1行目を「---」にし、項目を書いて「---」で閉じてください',
	unclosedFrontmatter: () => 'frontmatter の終わりの「---」が見つかりません — 項目のあとに「---」だけの行を入れてください',
	missingField: (field: string) => `必須の項目「${field}」がありません — 「${field}: …」を追加してください`,
	unknownField: (field: string) => `「${field}」という項目は使えません — 綴りを確認するか、その行を削除してください`,
	invalidField: (field: string, detail: string) => `「${field}」の値が正しくありません: ${detail}`,
	unknownPlan: (field: string, plan: string, known: string[]) =>
		`${field} に指定された計画「${plan}」がありません — content/plans/ のフォルダ名（${known.join(', ') || 'なし'}）のどれかを書いてください`,
	planFolderMismatch: (plan: string, folder: string) =>
		`plan が「${plan}」ですが、このファイルは計画フォルダ「${folder}」にあります — plan: ${folder} にするか、ファイルを正しいフォルダに移してください`,
	unknownChapter: (chapter: string, plan: string) =>
		`chapter に指定された章「${chapter}」が計画「${plan}」にありません — content/plans/${plan}/ にある章のファイル名（拡張子なし）を書いてください`,
	unknownSection: (section: string, chapter: string, known: string[]) =>
		`section に指定された見出し「${section}」が章「${chapter}」にありません — その章の見出しの id（${known.slice(0, 12).join(', ')}${known.length > 12 ? ' …' : ''}）のどれかを書いてください`,
	duplicateOrder: (order: number, other: string) =>
		`order ${order} は ${other} と重複しています — 章ごとに異なる番号にしてください`,
	duplicateHeadingId: (id: string, firstLine: number | undefined) =>
		`見出しの id「${id}」が同じ章の${firstLine ? `${firstLine}行目` : '別の見出し'}と重複しています — どちらかの見出しの行末に {#別のid} を付けてください`,
	badHeadingId: (id: string) =>
		`見出しの id「${id}」は使えません — 英小文字・数字・ハイフンだけで、英小文字で始めてください（例: {#concept}）`,
	duplicateTerm: (term: string, other: string) =>
		`用語「${term}」は ${other} でも定義されています — 1つの概念は1つのファイルにまとめてください`,
	unknownTheme: (theme: string, known: string[]) =>
		`テーマ「${theme}」がありません — content/themes/ のファイル名（${known.slice(0, 20).join(', ')}${known.length > 20 ? ' …' : ''}）のどれかを書くか、テーマを追加してください`,
	unknownThemedSection: (section: string, known: string[]) =>
		`themes に書かれた見出し「${section}」がこの章にありません — この章の見出しの id（${known.slice(0, 12).join(', ')}${known.length > 12 ? ' …' : ''}）のどれかを書いてください`,
	ownPreviousVersion: () => 'previousVersion にこの計画自身の id が書かれています — ひとつ前の版（中間案など）の計画 id を書くか、この行を削除してください',
	resultOutsideDraft: (target: string, plan: string | undefined) =>
		plan === undefined
			? `concerns「${target}」を使うには、意見募集の対象の計画（plan）を書いてください — plan: に案の計画 id を追加してください`
			: `concerns「${target}」は意見募集の対象「${plan}」の箇所ではありません — 「plan:${plan}/章id#節id」の形で書いてください`,
	unresolvedPlanLink: (target: string) =>
		`参照先「${target}」が見つかりません — 「plan:計画id/章id#見出しid」の計画・章・見出しが存在するか確認してください（見出しの id は章ページの目次のリンク先で確認できます）`,
	reservedChapterId: (id: string) =>
		`章のファイル名「${id}.md」は使えません（「${id}」は計画のページの名前に使われています）— ch1.md のような別の名前にしてください`,
	emptyChapter: () => '章の本文が空です — 本文を書くか、このファイルを削除してください',
	unreadableAsOf: (asOf: string) =>
		`asOf「${asOf}」の年は存在しません — 計画の表記を確かめてください（例: 平成31年度＝令和元年度、平成32年はありません）`,
	asOfYearMismatch: (asOf: string, stated: number, year: number | undefined) =>
		year === undefined
			? `asOf「${asOf}」は${stated}年度を表していますが year がありません — 「year: ${stated}」を書いてください`
			: `year ${year} が asOf「${asOf}」（${stated}年度）と合いません — year を西暦の年度（${stated}）にしてください。1〜3月は前の年度です`,
	duplicateIndicatorValue: (year: number, role: string) =>
		`${year}年度の${role}が2つあります — 同じ年度・区分の値は1つにしてください`,
	metricUnitMismatch: (metric: string, unit: string, otherUnit: string, otherFile: string) =>
		`metric「${metric}」の単位「${unit}」が ${otherFile} の単位「${otherUnit}」と違います — 同じ metric の指標は同じ単位で書くか、別の metric にしてください`,
	gradeCount: (count: number, scales: number) =>
		`grades が${count}つですが、scales は${scales}つです — scales の順に、評価を1つずつ書いてください`,
	brokenLink: (href: string) => `リンク先「${href}」が見つかりません`,
} as const;
