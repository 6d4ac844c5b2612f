/**
 * A consultation for `npm run new -- consultation [<plan-id>] <id>`: the
 * fields of src/schemas/consultation.ts, explained, for the draft plan
 * `planId` whose chapters residents will cite; without one, for a draft
 * published only as the organiser's documents (residents draft on the case
 * page, writing the place in them).
 */
import { draftStages, reflectionKinds } from '../../schemas/consultation.ts';
import { templateAddresses, toFill, toFillWith } from './to-fill.ts';

export function consultationTemplate(prefecture: { name: string; code: string }, planId?: string): string {
	const draft = planId
		? `plan: ${planId}    # 意見募集の対象となる案の計画 id。その各章に募集状況と「意見を書く」が表示されます
# documents:    # 案の本文のほかの資料（概要版、新旧対照表など）があれば
#   - title: 概要版（PDF）    # 公表された資料名のとおりに
#     url: https://www.pref.example.jp/…/gaiyo.pdf`
		: `# plan: 計画id    # 案の本文をこのサイトに載せたら、その計画 id を書きます（各章に募集状況と「意見を書く」が表示されます）
documents:    # 案の資料（PDF など）の掲載先。住民はこれを読み、案件のページで該当箇所を書いて意見の下書きを作ります
  - title: ${toFillWith('documentTitle')}    # 公表された資料名のとおりに
    url: ${templateAddresses[0]}    # ${toFill}資料の URL`;
	return `---
publish: false    # 書き終えて公開するときに true にします（false の間は npm run build で公開されず、npm run dev でだけ見られます）
title: ${toFillWith('caseTitle')}    # 公表された案件名のとおりに
# caseNumber: "2026-001"    # 案件番号があれば（引用符で囲む）
prefecture:
  name: ${prefecture.name}
  code: "${prefecture.code}"
${draft}
stage: ${draftStages[2]}    # ${toFill}案の段階: ${draftStages.join(' | ')}
organiser: ${toFillWith('organiser')}    # 実施機関（担当課）
# basis: ○○県パブリック・コメント制度実施要綱    # 根拠（条例・要綱）があれば
# announced: 2026-12-01    # 案の公示日
period:    # 意見募集期間（日本時間）
  start: 2026-12-01    # ${toFill}受付開始日（この日の0時から）
  end: 2026-12-31    # ${toFill}締切日（この日の24時まで）。時刻があれば引用符で: "2026-12-31 17:00"
# shortPeriodReason: ○○のため    # 意見募集期間が公示の日から30日未満のとき、資料にあるその理由（公表のとおりに）
# notices:    # 公示の後に公表したお知らせ（期間の延長、資料の訂正など）を公表のとおりに。締切が変わったら period の end も直します
#   - date: 2026-12-10
#     text: 意見募集期間を令和9年1月15日まで延長しました。
# officialPage: https://www.pref.example.jp/…    # 県の意見募集のページ（e-Gov を含む）があれば。住民が正式な案内を確かめられます
contact:    # 問合せ先（資料にないときは、contact: から url: までの行を消します）
  name: ${toFillWith('contactName')}    # 課の名前（担当者名があれば続けて）
  # phone: 000-000-0000    # 書かれていれば、書かれたとおりに
  # email: example@pref.example.jp
  # url: https://www.pref.example.jp/…    # 問合せ先のページ
channels:    # 提出方法。資料にある方法を、それぞれ「- kind:」から書きます
  - kind: 電子メール
    email: ${templateAddresses[1]}    # ${toFill}意見の提出先のメールアドレス
    required: [氏名, 住所]    # 記入が必要な事項（公表された要項のとおりに。半角の「,」で区切ります）
    optional: []    # 任意の事項
    # closes: "2026-12-25 17:00"    # この方法だけ締切が早いとき、資料にある日時（end より後にはできません）
    # note: 件名に「意見」と書いてください。    # この方法について資料にあるほかの注意（書かれたとおりに）
# ほかの方法は、次の例の行頭の「# 」を消して書きます。
#   - kind: ウェブフォーム
#     url: https://www.pref.example.jp/…    # 受付フォームの URL（https）
#   - kind: ファクシミリ
#     number: 000-000-0000    # FAX 番号を、書かれたとおりに
#     required: [氏名, 住所]
#   - kind: 郵送
#     address: 〒000-0000 ○○市○○町1-1 ○○課 宛
#     required: [氏名, 住所]
#     postalDeadline: 必着    # 資料にあれば: 必着（締切までに届く）| 消印有効（締切日の消印まで）
#   - kind: 持参
#     address: ○○県庁 本庁舎3階 ○○課（平日9時から17時まで）    # 持参先と受付時間
#     closes: "2026-12-28 17:00"    # 持参の受付が終わる日時（資料にあれば）
# results:    # 結果を公示したら書きます（Excel・Word の結果の表は npm run import:results で取り込めます）
#   published: 2027-02-01    # 結果の公示日
#   officialPage: https://www.pref.example.jp/…    # 県が結果を公示したページ（あれば）
#   opinionCount: 0    # 提出意見数
#   finalPlan: 策定した計画の id
#   items:    # 意見の概要と県の考え方（公表のとおりに）
#     - place: 第１章 第１節    # 表の該当箇所を、書かれたとおりに（任意）
${planId ? `#       concerns: plan:${planId}/ch1#s1    # 該当箇所にあたる案の節（任意: 結果の表と案の本文が互いにリンクします）
` : ''}#       number: 2-1    # 公表された表の番号が 1, 2, 3 … の通し番号でないときだけ、そのとおりに（任意）
#       summary: 意見の概要
#       response: 県の考え方
#       reflection: ${reflectionKinds[0]}    # ${reflectionKinds.join(' | ')}
---

<!-- 個人情報の取扱いなど、募集要項の注意事項を公表のとおりに書きます。 -->
`;
}
