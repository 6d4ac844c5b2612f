/**
 * The site's accessibility test result (試験結果), criterion by criterion (JIS
 * X 8341-3:2016's, and those WCAG 2.1 and 2.2 added), as
 * /accessibility/ publishes it in the form Japanese public bodies use
 * (達成基準チェックリスト: 適用, 適合, 注記). The automated checks run on every
 * change; what no test can judge is reviewed by eye, on `reviewedOn`.
 * A unit test keeps the claims honest: every criterion axe-core has rules for
 * says axe, and every criterion said to be checked by a test of ours is named
 * in that test's title (`(WCAG 2.4.7)`: JIS X 8341-3:2016 numbers its criteria as
 * WCAG 2.0 does), and the other way round.
 */
import { type CriterionNumber, jisCriteria } from './success-criteria.ts';

/** How a criterion was checked. */
export type TestMethod =
	/** axe-core's rules for the criterion, on every page (and one of each kind in the dark colour scheme). */
	| 'axe'
	/** The site's browser tests: pages operated in Chromium (tests/e2e). */
	| 'browser'
	/** The site's tests of the built pages' HTML (tests/integration). */
	| 'pages'
	/** Looked at by eye, on one page of each kind. */
	| 'review';

/** Each method's name in the checklist's 「確認の方法」 column, and what it is (the policy's 試験の方法). */
export const testMethods: Record<TestMethod, { label: string; description: string }> = {
	axe: {
		label: 'axe-core',
		description:
			'公開する内容や仕組みを変更するたびに、すべてのページをブラウザ（Chromium）で開き、axe-core の規則（WCAG 2.0／2.1／2.2 のレベルA・AAの達成基準に対応するもの）で調べています。暗い配色（ダークモード）でも、ページの種類ごとに1ページを調べています。違反が一つでもあると公開できない仕組みにしています。',
	},
	pages: {
		label: 'HTML の検査',
		description:
			'同じく変更のたびに、すべてのページの HTML を html-validate で HTML の仕様に照らして検証し（開始タグ・終了タグ、要素の入れ子、属性の使い方、id の重複。達成基準 4.1.1 構文解析）、ページタイトル、見出しの順序、言語の指定なども確かめています。誤りが一つでもあると公開できない仕組みにしています。',
	},
	browser: {
		label: 'ブラウザでの操作',
		description:
			'同じく変更のたびに、ページをブラウザで開いて操作し、画面幅 320 ピクセルで横スクロールが生じないこと（表は表の中でスクロール）、キーボードだけで主な操作（本文への移動、用語の解説の表示と閉じる操作、段落の引用と意見の下書き、検索）ができること、Tab キーでページの最初から最後まで読む順序のとおりに移動でき、フォーカスのある場所が枠線で示されることなどを、自動で確かめています。',
	},
	review: {
		label: '目視',
		description: '自動試験で確かめられない項目（色だけに頼らない表現、操作の説明が形や位置だけに頼っていないこと、200% 拡大時の読みやすさなど）は、編集部がページの種類ごとに1ページを開いて確認しています。',
	},
};

export interface CriterionResult {
	/** False where the site has nothing the criterion is about (no audio, no video…); the note says what. */
	applies: boolean;
	/** Whether the site meets it; one that does not apply is met. */
	met: boolean;
	/** How it was checked, automated checks first. */
	methods: TestMethod[];
	/** 注記: what meets it, or why it does not apply, in the reader's words. */
	note: string;
}

/** The day the criteria marked 'review' were last looked at (YYYY-MM-DD). */
export const reviewedOn = '2026-12-05';

/** Whether the review by eye is over a year old at `now` (ms): 総務省's guideline asks for a test every year. */
export const reviewIsDue = (now: number, reviewed: string = reviewedOn) => now - Date.parse(`${reviewed}T00:00:00+09:00`) > 365 * 24 * 60 * 60 * 1000;

/** The pages reviewed by eye on `reviewedOn`, one of each kind (試験を行ったウェブページ; a real-site test checks each exists). */
export const reviewedPages = [
	'/',
	'/plans/',
	'/prefectures/',
	'/prefectures/07/',
	'/plans/fukushima-dx-2022/',
	'/plans/fukushima-dx-2022/ch3/',
	'/plans/fukushima-dx-2022/print/',
	'/plans/fukushima-dx-2022/indicators/',
	'/glossary/',
	'/glossary/sdgs/',
	'/themes/',
	'/themes/digital-divide/',
	'/themes/compare/',
	'/indicators/',
	'/indicators/compare/',
	'/data/',
	'/search/?q=オープンデータ',
	'/consultations/aomori-dx-plan-2023/',
	'/accessibility/',
	'/404.html',
];

/** The web content technologies the pages rely on (依存したウェブコンテンツ技術). */
export const reliedUponTechnologies = ['HTML', 'CSS', 'SVG', 'JavaScript', 'WebAssembly（検索ページのみ）'];

export const criterionResults: Record<CriterionNumber, CriterionResult> = {
	'1.1.1': {
		applies: true,
		met: true,
		methods: ['axe', 'browser', 'review'],
		note: '画像は指標の棒グラフ（SVG）だけで、グラフの名前と、同じ数値を載せた表の表題を代替テキストにしています。「¶」「#」「？」などの記号には、読み上げる名前（「第１節 第１段落へのリンク」など）を付けています。',
	},
	'1.2.1': { applies: false, met: true, methods: ['pages'], note: '音声・映像のコンテンツはありません。' },
	'1.2.2': { applies: false, met: true, methods: ['axe', 'pages'], note: '音声・映像のコンテンツはありません。' },
	'1.2.3': { applies: false, met: true, methods: ['pages'], note: '音声・映像のコンテンツはありません。' },
	'1.2.4': { applies: false, met: true, methods: ['pages'], note: 'ライブの音声・映像はありません。' },
	'1.2.5': { applies: false, met: true, methods: ['pages'], note: '音声・映像のコンテンツはありません。' },
	'1.3.1': {
		applies: true,
		met: true,
		methods: ['axe', 'pages', 'review'],
		note: '見出し・リスト・表・引用を HTML の要素で記述しています。表には列の見出しを、計画本文の表で太字の列や結合されたセルが示す行の名前には行の見出しを付けています。',
	},
	'1.3.2': {
		applies: true,
		met: true,
		methods: ['pages', 'review'],
		note: 'HTML の順序が見た目の順序と同じです（章のページは題名、目次、本文の順）。CSS で表示の順序を入れ替えていません。',
	},
	'1.3.3': {
		applies: true,
		met: true,
		methods: ['review'],
		note: '操作の説明では、記号や位置だけでなく名前でも示しています（段落の末尾の「¶」には「段落へのリンク」と添えるなど）。',
	},
	'1.4.1': {
		applies: true,
		met: true,
		methods: ['axe', 'review'],
		note: '本文中のリンクには下線があります。グラフの棒は模様と文字で、意見募集の状況は文字で示し、色だけで区別していません。',
	},
	'1.4.2': { applies: false, met: true, methods: ['axe', 'pages'], note: '自動で再生される音声はありません。' },
	'1.4.3': {
		applies: true,
		met: true,
		methods: ['axe'],
		note: '文字と背景のコントラスト比は 4.5:1 以上です。明るい配色と暗い配色（端末の設定）の両方で確かめています。',
	},
	'1.4.4': {
		applies: true,
		met: true,
		methods: ['axe', 'browser', 'review'],
		note: 'ブラウザの拡大機能で 200% にしても、内容と機能が失われません。画面幅 320 ピクセル（1280 ピクセルの画面を 400% に拡大した幅）で横スクロールが生じないこと、その幅で文字だけを 200% にしても文字が切れず横にはみ出さないことを自動で確かめています。',
	},
	'1.4.5': { applies: false, met: true, methods: ['pages'], note: '文字画像はありません。グラフの中の文字も画像ではなくテキストです。' },
	'2.1.1': {
		applies: true,
		met: true,
		methods: ['axe', 'browser'],
		note: '用語の解説、段落の引用のメニュー、意見の下書き、検索を、キーボードだけで操作できることを自動で確かめています。横にスクロールする表には、キーボードで移動できます。',
	},
	'2.1.2': {
		applies: true,
		met: true,
		methods: ['browser'],
		note: 'Tab キーでページの最後まで移動できます。開いたメニューや下書きの欄は、Escape キーでも閉じられます。',
	},
	'2.2.1': {
		applies: false,
		met: true,
		methods: ['axe', 'pages'],
		note: '制限時間のある操作はありません（意見募集の締切は、このサイトの操作の制限時間ではありません。下書きは締切の後も端末に残ります）。',
	},
	'2.2.2': {
		applies: false,
		met: true,
		methods: ['axe', 'pages'],
		note: '動く、点滅する、自動で更新され続けるコンテンツはありません（意見募集の状況の表示は、締切などの時刻に一度だけ書き換わります）。',
	},
	'2.3.1': { applies: false, met: true, methods: ['pages'], note: '点滅するコンテンツはありません。' },
	'2.4.1': {
		applies: true,
		met: true,
		methods: ['axe', 'browser'],
		note: '各ページの先頭に「本文へ移動」のリンクがあり、ヘッダー・ナビゲーション・本文・フッターをランドマークで区別しています。',
	},
	'2.4.2': {
		applies: true,
		met: true,
		methods: ['axe', 'pages'],
		note: 'すべてのページに、内容を表す、ほかのページと重ならないタイトルがあります。',
	},
	'2.4.3': {
		applies: true,
		met: true,
		methods: ['browser', 'review'],
		note: 'Tab キーでの移動は、ページの上から下へ、読む順序のとおりに進みます。',
	},
	'2.4.4': {
		applies: true,
		met: true,
		methods: ['axe', 'browser', 'pages', 'review'],
		note: 'リンクの文字列で行き先がわかります（「こちら」のようなリンクはコンテンツの検査で警告します。テーマのページで見出しが同じ節は、含まれる節の見出しを添えて区別します）。ほかのサイトへのリンクには「（外部サイト）」と書いています。',
	},
	'2.4.5': {
		applies: true,
		met: true,
		methods: ['review'],
		note: 'ヘッダーの各区分（計画一覧、テーマで比べる、指標、用語集、意見募集、検索）、パンくずリスト、都道府県・テーマ・用語の一覧のいずれからも、目的のページにたどり着けます。',
	},
	'2.4.6': {
		applies: true,
		met: true,
		methods: ['review'],
		note: '計画の本文の見出しは文書の文言どおりで、内容を表しています。入力欄には何を入力するかを示すラベルがあります。',
	},
	'2.4.7': {
		applies: true,
		met: true,
		methods: ['browser'],
		note: 'キーボードで移動したとき、フォーカスのある場所に 3 ピクセルの枠線を表示します（Windows のハイコントラストでも表示されます）。',
	},
	'3.1.1': { applies: true, met: true, methods: ['axe', 'pages'], note: 'すべてのページで日本語（lang="ja"）を指定しています。' },
	'3.1.2': {
		applies: true,
		met: true,
		methods: ['axe', 'pages'],
		note: '日本語の中の英語の語句（英語の名称など）に lang="en" を指定しています。',
	},
	'3.2.1': {
		applies: true,
		met: true,
		methods: ['review'],
		note: 'フォーカスを移しただけで、ページが切り替わったり、メニューが開いたりすることはありません。',
	},
	'3.2.2': {
		applies: true,
		met: true,
		methods: ['review'],
		note: '検索の絞り込みなどの選択を変えただけでは、ページは切り替わりません（「検索」ボタンで検索します）。',
	},
	'3.2.3': {
		applies: true,
		met: true,
		methods: ['pages'],
		note: 'すべてのページで、ヘッダーのサイト名とナビゲーションは同じ順序で並んでいます。',
	},
	'3.2.4': {
		applies: true,
		met: true,
		methods: ['review'],
		note: '同じ働きのものには同じ名前を付けています（段落の「¶」、見出しの「#」、用語の「？」、「検索」など）。',
	},
	'3.3.1': {
		applies: true,
		met: true,
		methods: ['browser'],
		note: '意見の下書きを提出用にまとめるとき、記入が必要な項目が空いていれば「「氏名」が未記入です。」のように文字で示し、コピーのボタンにも関連付けています。文章をコピー・保存した後は、空いている項目そのものにも未記入であることを関連付け、コピーしたことを伝える文にも未記入の項目を書きます。',
	},
	'3.3.2': {
		applies: true,
		met: true,
		methods: ['axe', 'review'],
		note: '入力欄にはラベルがあり、記入が必要な項目には「（必須）」、そうでない項目には「（任意）」と書いています。',
	},
	'3.3.3': {
		applies: true,
		met: true,
		methods: ['browser'],
		note: '記入が必要な項目が空いているとき、どの項目に記入すればよいかを項目の名前で示します。',
	},
	'3.3.4': {
		applies: true,
		met: true,
		methods: ['browser'],
		note: 'このサイトは意見を送信しません。端末に保存した下書きを削除・消去するときは、確認してから行います。',
	},
	'4.1.1': {
		applies: true,
		met: true,
		methods: ['pages', 'browser'],
		note: 'すべてのページと、ページのスクリプトが書き加える部分を、html-validate で HTML の仕様に照らして検証しています。',
	},
	'4.1.2': {
		applies: true,
		met: true,
		methods: ['axe', 'browser'],
		note: '標準の HTML 要素（ボタン、リンク、details、ポップオーバー）を使い、ボタンの開閉状態や用語の解説との関係を支援技術に伝えています。',
	},
	// Added by WCAG 2.1 and 2.2.
	'1.3.4': { applies: true, met: true, methods: ['review'], note: '画面の向き（縦・横）を固定していません。どちらの向きでも読めます。' },
	'1.3.5': {
		applies: true,
		met: true,
		methods: ['axe', 'review'],
		note: '意見の下書きの氏名・住所・電話番号・メールアドレスなどの入力欄に、入力の目的（autocomplete）を指定しています。',
	},
	'1.4.10': {
		applies: true,
		met: true,
		methods: ['browser'],
		note: '画面幅 320 ピクセルで横スクロールが生じません。表は表の中でスクロールするか、行ごとに縦に並べて表示します。',
	},
	'1.4.11': {
		applies: true,
		met: true,
		methods: ['review'],
		note: '入力欄の枠線、フォーカスの枠線、グラフの棒とその模様は、背景とのコントラスト比が 3:1 以上です。',
	},
	'1.4.12': {
		applies: true,
		met: true,
		methods: ['axe', 'browser'],
		note: '行間・段落の間隔・文字の間隔・単語の間隔を広げても、文字が切れたり、ページが横にはみ出したりしません。',
	},
	'1.4.13': {
		applies: false,
		met: true,
		methods: ['review'],
		note: 'ホバーやフォーカスだけで現れるコンテンツはありません（用語の解説は「？」を押したときに開き、Escape キーで閉じられます）。',
	},
	'2.1.4': { applies: false, met: true, methods: ['review'], note: '文字キーだけで働くショートカットはありません。' },
	'2.4.11': {
		applies: true,
		met: true,
		methods: ['browser', 'review'],
		note: 'フォーカスのある場所が、画面に固定した意見の下書きのボタンや開いた用語の解説に隠れないようにしています（下書きの欄は Escape キーでいつでも閉じられます）。',
	},
	'2.5.1': { applies: false, met: true, methods: ['review'], note: '複数の指やなぞる操作が必要な機能はありません。' },
	'2.5.2': { applies: true, met: true, methods: ['review'], note: 'ボタンとリンクは、押した指やボタンを離したときに働きます。' },
	'2.5.3': {
		applies: true,
		met: true,
		methods: ['axe', 'browser', 'review'],
		note: '文字が見えるボタンやリンクの名前は、見えている文字を含みます（「¶」「#」の記号だけのリンクには、その意味を名前にしています）。',
	},
	'2.5.4': { applies: false, met: true, methods: ['review'], note: '端末を動かして操作する機能はありません。' },
	'2.5.7': { applies: false, met: true, methods: ['review'], note: 'ドラッグ操作が必要な機能はありません。' },
	'2.5.8': {
		applies: true,
		met: true,
		methods: ['axe', 'browser'],
		note: '「¶」や用語の「？」などの小さな操作対象も、24 ピクセル四方以上の大きさか、まわりに十分な間隔があります。',
	},
	'3.2.6': { applies: false, met: true, methods: ['review'], note: '各ページに繰り返し置くヘルプ（問い合わせ先など）はありません。' },
	'3.3.7': {
		applies: true,
		met: true,
		methods: ['browser'],
		note: '意見の下書きで一度入力した氏名・住所などは端末に保存され、ページを読み込み直しても、ほかの章から書いても、入力し直す必要はありません。',
	},
	'3.3.8': { applies: false, met: true, methods: ['review'], note: 'ログインなどの認証はありません。' },
	'4.1.3': {
		applies: true,
		met: true,
		methods: ['browser'],
		note: '検索結果の件数、コピーの結果、下書きの削除などの知らせは、フォーカスを移さずに読み上げられるよう、ステータス（role="status"）として伝えています。',
	},
};

/** 対応度 (the WAIC convention) to JIS X 8341-3:2016: 準拠 when every one of its criteria is met. */
export const conformance = (results: Record<CriterionNumber, CriterionResult>) => (jisCriteria.every((c) => results[c.number].met) ? '準拠' : '一部準拠');
