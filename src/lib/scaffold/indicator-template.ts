/**
 * An indicator table for `npm run new -- indicator <plan-id> <id>`, written
 * against src/schemas/indicator.ts: when that schema changes, only this
 * module changes.
 */
import { valueRoles } from '../../schemas/indicator.ts';
import { toFill } from './to-fill.ts';

export function indicatorTemplate(planId: string, chapterId: string): string {
	return `---
plan: ${planId}    # 計画の id（フォルダ名と同じ。変えないでください）
title: ${toFill}表の題名    # 表の題名（キャプション）を、文書のとおりに
chapter: ${chapterId}    # ${toFill}表が載っている章の id（章のファイル名から .md を除いたもの）
# section: s1-1    # 表が属する節の見出しの id（章ページの目次のリンク先で確認できます）
rows:    # 指標ごとに「- name:」から始まるまとまりを1つ
  - name: ${toFill}指標名    # 指標の名前を、文書のとおりに
    unit: "%"    # ${toFill}単位（%、件、市町村 など）。値には単位を付けません
    values:    # 年度ごとの値を1行ずつ
      - { year: 2026, role: ${valueRoles[3]}, value: 0 }    # ${toFill}year: 年度（西暦）、role: ${valueRoles.join(' | ')}、value: 数字だけ（「約」や全角数字は不可）
    # source: 出典    # 数値の出典が書かれていれば、そのとおりに
---
`;
}
