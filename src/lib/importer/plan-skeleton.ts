/**
 * plan.yaml for a newly imported plan: every field of src/schemas/plan.ts,
 * with no values except the one the importer knows (the source file), and a
 * comment saying what to write. The content check fails until the required
 * fields are filled in, which is the point: facts come from the document,
 * never from the importer.
 */
import { planKinds, planStatuses } from '../../schemas/plan.ts';

export function planSkeleton(): string {
	return `# 計画のメタデータ。書き方は content/README.md の「plan.yaml」を参照してください。
# 出典（source.txt）に書かれていることだけを書き、分からない項目は行ごと削除してください。
prefecture:
  name: # 都道府県名（例: 福島県）
  code: # JIS X 0401 の都道府県コードを2桁の文字列で（例: "07"）
title: # 表紙などに書かれた正式な題名
# titleIsDescriptive: true  # 文書に題名がなく、上の title を編集者が付けたときだけ
kind: # ${planKinds.join(' | ')}
# status: # 文書に書かれているときだけ: ${planStatuses.join(' | ')}
# version: # 文書に書かれた版（例: 1.1版）
# period: # 計画期間（年度を西暦で）。文書に書かれているときだけ
#   start: # 例: 2022
#   end: # 例: 2025（終期がなければ行ごと削除）
# dates: # 文書に書かれた日付（策定、改訂など）
#   - label: # 例: 策定
#     date: # YYYY-MM-DD か YYYY-MM
# publisher: # 発行した部局（文書に書かれているとおり）
summary: # 計画の短く中立的な要約（編集者が書く）
source:
  title: # 元の文書の説明（例: 〇〇県〇〇計画 PDF から抽出したテキスト）
  file: source.txt
  # url: # 元の文書の公開先（分かる場合だけ）
`;
}
