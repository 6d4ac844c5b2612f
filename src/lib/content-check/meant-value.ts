/**
 * The value an author most likely meant when a field takes only a few
 * (増加 or 減少, a channel's kind, a results row's 反映): the word for it that
 * staff write in their own documents (上昇, メール, FAX), the value inside
 * what was written (基本計画 → 計画), or a slip of one character (現状値 →
 * 現況値). Only a guess among the field's own values is offered.
 */
import { nearestName } from '../nearest-name.ts';

/**
 * Other words for a value some field takes, by that value: what prefectures'
 * documents and staff call the same thing. A word is looked up only among
 * the values the field in question takes.
 */
const otherWords: Record<string, readonly string[]> = {
	増加: ['上昇', '増', '増える', '増やす', '向上', '拡大', 'プラス', '↑', 'up', 'increase'],
	減少: ['低下', '減', '減る', '減らす', '削減', '縮小', 'マイナス', '↓', 'down', 'decrease'],
	基準値: ['基準', '基準年', '策定時', '計画策定時', '当初値'],
	現況値: ['現状値', '現状', '現況', '現在値', '直近値'],
	実績値: ['実績'],
	目標値: ['目標'],
	電子メール: ['メール', 'Eメール', 'e-mail', 'email', 'mail'],
	ファクシミリ: ['FAX', 'ファックス', 'ファクス'],
	ウェブフォーム: ['フォーム', '入力フォーム', '電子申請', 'オンライン', 'インターネット', 'ホームページ', 'web', 'ウェブ'],
	郵送: ['郵便', '書面'],
	持参: ['窓口', '直接持参', '持込み', '持ち込み'],
	反映する: ['反映', '反映した', '反映済み', '修正する', '修正'],
	一部反映する: ['一部反映', '一部反映した', '一部修正'],
	既に盛り込み済み: ['盛り込み済み', '盛込済', '盛込み済', '盛り込み済', '記載済み', '記載済', '既に記載済み', '既に反映済み', '対応済み', '対応済'],
	今後の参考とする: ['参考', '参考とする', '今後の参考', '参考にする', '今後の参考にする'],
	反映しない: ['反映なし', '反映せず', '対応しない'],
	策定済: ['策定済み', '策定', '確定'],
	改訂: ['改定', '改訂版', '改定版'],
	消印有効: ['当日消印有効', '消印'],
};

/** Width and letter case folded, spaces gone: ＦＡＸ, fax and 「 FAX 」 are the same word. */
const folded = (text: string) => text.normalize('NFKC').replace(/\s+/g, '').toLowerCase();

/** The value of `values` that `written` is, or is another word for (現状値 → 現況値); no guessing. */
export function namedValue(written: string, values: readonly string[]): string | undefined {
	const typed = folded(written);
	const same = values.find((value) => folded(value) === typed);
	if (same !== undefined) return same;
	const named = values.filter((value) => otherWords[value]?.some((word) => folded(word) === typed));
	return named.length === 1 ? named[0] : undefined;
}

/** The one value of `values` that `written` most likely means; undefined when there is no guess, or more than one. */
export function meantValue(written: string, values: readonly string[]): string | undefined {
	const typed = folded(written);
	if (typed === '') return undefined;
	const named = namedValue(written, values);
	if (named !== undefined) return named;
	// The value with words around it (基本計画, 目標値（R7）): the longest held, so 一部反映する is not read as 反映する.
	const held = values.filter((value) => typed.includes(folded(value))).sort((a, b) => b.length - a.length);
	if (held.length > 0 && held[0]!.length !== held[1]?.length) return held[0];
	return nearestName(typed, values);
}
