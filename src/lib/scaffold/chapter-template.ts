/** A chapter for `npm run new -- chapter <plan-id> <chapter-id>`: frontmatter of src/schemas/chapter.ts, explained, and a first section; a draft (publish: false) in a published plan. */
import { toFullWidthDigits } from '../heading-numbering.ts';
import { toFill, toFillWith } from './to-fill.ts';

/** `draft`: the plan is published, so the chapter starts as publish: false (a draft, shown by npm run dev only) until it is written. */
export function chapterTemplate(planId: string, order: number, { draft = false } = {}): string {
	return `---
plan: ${planId}    # 計画の id（フォルダ名と同じ。変えないでください）
${draft ? 'publish: false    # 下書きの印。公開中の計画に加える章なので、書き終えるまで公開しません（npm run build では公開されず、npm run dev でだけ見られます）。書き終えたら、この行を削除します\n' : ''}order: ${order}    # 計画の中での順番（前文・概要は 0、第1章は 1 …）。章ごとに違う番号に
number: 第${toFullWidthDigits(order)}章    # ${toFill}文書の章番号を、そのとおりに。なければ行ごと削除
title: ${toFillWith('chapterTitle')}    # 章番号を除いた章の題名
titleIsDescriptive: false    # 文書にこの部分の題名がなく、上の title を編集部が付けたときだけ true
# summary: 目次に表示する一行の説明（任意）
themes: {}    # 節ごとのテーマ。例: { s1: [administrative-dx] }（見出しの id: content/themes/ のファイル名）
---

<!-- 本文は公表された文書のとおりに書きます。見出しは「## 」から始め、先頭に文書の番号（第１節、１、（１）、①）をそのまま書きます。 -->
<!-- 番号のない見出しは行末に {#英小文字の-id} を付けます。 -->

## 第１節 ${toFillWith('sectionTitle')}

${toFillWith('body')}
`;
}
