/**
 * An indicator for `npm run new -- indicator <plan-id> <id>`, written
 * against src/schemas/indicator.ts (one figure series per file): when that
 * schema changes, only this module changes.
 */
import { directions, valueRoles } from '../../schemas/indicator.ts';
import { toFill } from './to-fill.ts';

export function indicatorTemplate(planId: string, chapterId: string): string {
	return `---
plan: ${planId}    # 計画の id（フォルダ名と同じ。変えないでください）
chapter: ${chapterId}    # ${toFill}指標が載っている章の id（章のファイル名から .md を除いたもの）
section: s1    # ${toFill}指標が属する節の見出しの id（章ページの目次のリンク先で確認できます）。その節の末尾に表示されます
name: ${toFill}指標名    # 指標の名前を、文書のとおりに
unit: "%"    # ${toFill}単位（%、件、市町村 など）。値には単位を付けません
# direction: ${directions[0]}    # 増えるのが良い指標は ${directions.join('、減るのが良い指標は ')}。文書に目標がなければ行ごと削除
values:    # 年度ごとの値を1行ずつ
  - { year: 2026, asOf: 令和８年度, role: ${valueRoles[3]}, value: 0 }    # ${toFill}year: 年度（西暦）、asOf: 文書の書き方のまま、role: ${valueRoles.join(' | ')}、value: 数字だけ（「約」や全角数字は不可、空欄は null）
# comparisons:    # 文書が並べている比較の値（全国、他県）があれば
#   - { area: 全国, year: 2022, value: 0 }
# source: 出典    # 数値の出典が書かれていれば、そのとおりに
# themes: [administrative-dx]    # テーマ（content/themes/ のファイル名）
# metric: online-procedure-rate    # 他県の同じ指標と比べるための共通の名前（同じ単位のものだけ）
---
`;
}
