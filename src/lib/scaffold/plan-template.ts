/**
 * plan.yaml for `npm run new -- plan <plan-id>` and `npm run import`: every
 * field of src/schemas/plan.ts, explained, starting as publish: false.
 * `prefecture` when the plan id names it; otherwise left to fill.
 */
import { planKinds, planStatuses } from '../../schemas/plan.ts';
import type { Prefecture } from '../prefectures.ts';
import { toFill, toFillWith } from './to-fill.ts';

export function planTemplate(prefecture: Prefecture | undefined): string {
	return `# 計画の基本情報です。「#」から行末までは説明（コメント）で、サイトには表示されません。
# 文書に書かれていることだけを書き、分からない項目は行ごと削除してください（推測で書かない）。
# 「要記入」の印がある箇所をすべて書き換えたら、npm run check で確認します。
prefecture:
  name: ${prefecture?.name ?? toFillWith('prefectureName')}    # 都道府県名（例: 福島県）
  code: "${prefecture?.code ?? toFill}"    # JIS X 0401 の都道府県コード（2桁。必ず引用符で囲む。例: "07"）
title: ${toFillWith('planTitle')}    # 表紙などに書かれた正式な題名を、そのとおりに
titleIsDescriptive: false    # 文書に題名がなく、上の title を編集部が付けたときだけ true
publish: false    # 書き終えて公開するときに true にします（false の間は npm run build で公開されず、npm run dev でだけ見られます。章・指標も計画と一緒です）
kind: ${planKinds[0]}    # ${toFill}文書の種類: ${planKinds.join(' | ')}
# status: ${planStatuses[4]}    # 文書に書かれているときだけ: ${planStatuses.join(' | ')}
# version: 1.0版    # 文書に書かれた版（書かれているとおりに。題名に書かれていれば不要）
# previousVersion: <前の版の計画 id>    # この計画が前の版（中間案・旧計画）の新しい版のとき。変更点のページができます
# period:    # 計画期間。年度を西暦で（令和8年度なら 2026）
#   start: 2026
#   end: 2030    # 終期がなければ end の行を削除
# periodInWords: 終期の設定は行わず、随時更新    # 期間を年度で書いていない文書だけ: 期間について書かれた言葉を、そのとおりに
dates: []    # 文書に書かれた日付（策定・改訂など）。書くときは [] を消して次のように:
#   - label: 策定    # 何の日付か（文書の言葉で）
#     date: 2026-03-31    # 西暦で YYYY-MM-DD（月までなら YYYY-MM）
# publisher: 〇〇部〇〇課    # 発行した部局（文書に書かれているとおりに）
summary: ${toFillWith('planSummary')}    # 計画の短く中立的な要約（編集部が書く）
source:    # 元になった文書
  title: ${toFillWith('sourceTitle')}    # 例: ${prefecture?.name ?? '〇〇県'}〇〇計画（PDF）
  file: source.txt    # 文書から抽出したテキスト（このファイルと同じフォルダ）
  # url: https://…    # 文書の公開先。http:// か https:// で始まるアドレスだけ
`;
}
