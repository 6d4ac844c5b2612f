/**
 * Indicator files, written against src/schemas/indicator.ts (one figure
 * series per file), every field explained: the empty one of `npm run new --
 * indicator <plan-id> <id>`, and the drafts `npm run new -- indicators
 * <plan-id>` makes of a plan's KPI tables. When that schema changes, only
 * this module changes.
 */
import type { IndicatorDraft } from '../indicator-drafts.ts';
import { directions, valueRoles } from '../../schemas/indicator.ts';
import { toFill, toFillWith } from './to-fill.ts';

/** What each field is, said once for both kinds of file. */
const notes = {
	plan: '計画の id（フォルダ名と同じ。変えないでください）',
	chapter: '指標が載っている章の id（章のファイル名から .md を除いたもの）',
	section: '指標が属する節の見出しの id（章ページの目次のリンク先で確認できます）。その節の末尾に表示されます',
	name: '指標の名前を、文書のとおりに',
	unit: '単位（%、件、市町村 など）。値には単位を付けません',
	direction: `増えるのが良い指標は ${directions.join('、減るのが良い指標は ')}`,
	values: '年度ごとの値を1行ずつ',
	value: `year: 年度（西暦）、asOf: 文書の書き方のまま、role: ${valueRoles.join(' | ')}、value: 数字だけ（「約」や全角数字は不可、空欄は null）`,
};

/** The optional fields, left as comments to fill in where the document gives them. */
const optionalFields = `# nameIsDescriptive: true    # 文書に指標の名前がなく（または語を補って）、上の name を編集部が付けたときだけ。どの語かは本文の編集部注に
# comparisons:    # 文書が並べている比較の値（全国、他県）があれば
#   - { area: 全国, year: 2022, value: 0 }
# source: 出典    # 数値の出典が書かれていれば、そのとおりに
# themes: [administrative-dx]    # テーマ（content/themes/ のファイル名）
# metric: online-procedure-rate    # 他県の同じ指標と比べるための共通の名前（同じ単位のものだけ）`;

export function indicatorTemplate(planId: string, chapterId: string): string {
	return `---
plan: ${planId}    # ${notes.plan}
chapter: ${chapterId}    # ${toFill}${notes.chapter}
section: s1    # ${toFill}${notes.section}
name: ${toFillWith('indicatorName')}    # ${notes.name}
unit: "%"    # ${toFill}${notes.unit}
# direction: ${directions[0]}    # ${notes.direction}。文書に目標がなければ行ごと削除
values:    # ${notes.values}
  - { year: 2026, asOf: 令和８年度, role: ${valueRoles[3]}, value: 0 }    # ${toFill}${notes.value}
${optionalFields}
---
`;
}

/** A draft read off a row of a KPI table (see indicator-drafts.ts): everything the row says, and one mark to clear once it has been checked. */
export function indicatorDraftFile(planId: string, draft: IndicatorDraft): string {
	const direction = draft.direction
		? `direction: ${draft.direction}    # ${notes.direction}（目標値と最初の値の大小から入れました。文書の目標と合うか確かめてください）`
		: `# direction: ${directions[0]}    # ${notes.direction}。文書に目標がなければ行ごと削除`;
	const value = (v: IndicatorDraft['values'][number]) =>
		`  - { ${v.year === undefined ? '' : `year: ${v.year}, `}${v.asOf === undefined ? '' : `asOf: ${JSON.stringify(v.asOf)}, `}role: ${v.role}, value: ${v.written} }`;
	return `---
plan: ${planId}    # ${notes.plan}
chapter: ${draft.chapter}    # ${notes.chapter}
section: ${draft.section}    # ${notes.section}
name: ${JSON.stringify(draft.name)}    # ${toFill}${draft.chapter}.md${draft.line === undefined ? '' : ` ${draft.line}行目`}の表の行から作りました。表と文書を見比べ、確かめたらこの「${toFill}」を消してください
unit: ${JSON.stringify(draft.unit)}    # ${notes.unit}
${direction}
values:    # ${notes.values}（${notes.value}）
${draft.values.map(value).join('\n')}
${optionalFields}
---
`;
}
