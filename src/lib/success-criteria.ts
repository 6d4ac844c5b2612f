/**
 * The success criteria of JIS X 8341-3:2016 (identical to WCAG 2.0) at levels
 * A and AA, the ones a site that claims level AA must meet, in the standard's
 * order and with its titles (each 「…の達成基準」 in the standard).
 */
export const jisCriteria = [
	{ number: '1.1.1', title: '非テキストコンテンツ', level: 'A' },
	{ number: '1.2.1', title: '音声だけ及び映像だけ（収録済み）', level: 'A' },
	{ number: '1.2.2', title: 'キャプション（収録済み）', level: 'A' },
	{ number: '1.2.3', title: '音声解説又はメディアに対する代替コンテンツ（収録済み）', level: 'A' },
	{ number: '1.2.4', title: 'キャプション（ライブ）', level: 'AA' },
	{ number: '1.2.5', title: '音声解説（収録済み）', level: 'AA' },
	{ number: '1.3.1', title: '情報及び関係性', level: 'A' },
	{ number: '1.3.2', title: '意味のある順序', level: 'A' },
	{ number: '1.3.3', title: '感覚的な特徴', level: 'A' },
	{ number: '1.4.1', title: '色の使用', level: 'A' },
	{ number: '1.4.2', title: '音声の制御', level: 'A' },
	{ number: '1.4.3', title: 'コントラスト（最低限レベル）', level: 'AA' },
	{ number: '1.4.4', title: 'テキストのサイズ変更', level: 'AA' },
	{ number: '1.4.5', title: '文字画像', level: 'AA' },
	{ number: '2.1.1', title: 'キーボード', level: 'A' },
	{ number: '2.1.2', title: 'キーボードトラップなし', level: 'A' },
	{ number: '2.2.1', title: 'タイミング調整可能', level: 'A' },
	{ number: '2.2.2', title: '一時停止，停止及び非表示', level: 'A' },
	{ number: '2.3.1', title: '3回のせん（閃）光，又はしきい（閾）値以下', level: 'A' },
	{ number: '2.4.1', title: 'ブロックスキップ', level: 'A' },
	{ number: '2.4.2', title: 'ページタイトル', level: 'A' },
	{ number: '2.4.3', title: 'フォーカス順序', level: 'A' },
	{ number: '2.4.4', title: 'リンクの目的（コンテキスト内）', level: 'A' },
	{ number: '2.4.5', title: '複数の手段', level: 'AA' },
	{ number: '2.4.6', title: '見出し及びラベル', level: 'AA' },
	{ number: '2.4.7', title: 'フォーカスの可視化', level: 'AA' },
	{ number: '3.1.1', title: 'ページの言語', level: 'A' },
	{ number: '3.1.2', title: '一部分の言語', level: 'AA' },
	{ number: '3.2.1', title: 'フォーカス時', level: 'A' },
	{ number: '3.2.2', title: '入力時', level: 'A' },
	{ number: '3.2.3', title: '一貫したナビゲーション', level: 'AA' },
	{ number: '3.2.4', title: '一貫した識別性', level: 'AA' },
	{ number: '3.3.1', title: 'エラーの特定', level: 'A' },
	{ number: '3.3.2', title: 'ラベル又は説明', level: 'A' },
	{ number: '3.3.3', title: 'エラー修正の提案', level: 'AA' },
	{ number: '3.3.4', title: 'エラー回避（法的，金融及びデータ）', level: 'AA' },
	{ number: '4.1.1', title: '構文解析', level: 'A' },
	{ number: '4.1.2', title: '名前（name），役割（role）及び値（value）', level: 'A' },
] as const;

/**
 * The criteria of levels A and AA that WCAG 2.1 and 2.2 added, which the site aims at
 * too (JIS X 8341-3 is expected to follow), titled as WAIC's translation titles them.
 */
export const laterCriteria = [
	{ number: '1.3.4', title: '表示の向き', level: 'AA', wcag: '2.1' },
	{ number: '1.3.5', title: '入力目的の特定', level: 'AA', wcag: '2.1' },
	{ number: '1.4.10', title: 'リフロー', level: 'AA', wcag: '2.1' },
	{ number: '1.4.11', title: '非テキストのコントラスト', level: 'AA', wcag: '2.1' },
	{ number: '1.4.12', title: 'テキストの間隔', level: 'AA', wcag: '2.1' },
	{ number: '1.4.13', title: 'ホバー又はフォーカスで表示されるコンテンツ', level: 'AA', wcag: '2.1' },
	{ number: '2.1.4', title: '文字キーのショートカット', level: 'A', wcag: '2.1' },
	{ number: '2.4.11', title: 'フォーカスの非隠蔽（最低限）', level: 'AA', wcag: '2.2' },
	{ number: '2.5.1', title: 'ポインタのジェスチャ', level: 'A', wcag: '2.1' },
	{ number: '2.5.2', title: 'ポインタのキャンセル', level: 'A', wcag: '2.1' },
	{ number: '2.5.3', title: 'ラベルを含む名前（name）', level: 'A', wcag: '2.1' },
	{ number: '2.5.4', title: '動きによる起動', level: 'A', wcag: '2.1' },
	{ number: '2.5.7', title: 'ドラッグ操作', level: 'AA', wcag: '2.2' },
	{ number: '2.5.8', title: 'ターゲットのサイズ（最低限）', level: 'AA', wcag: '2.2' },
	{ number: '3.2.6', title: '一貫したヘルプ', level: 'A', wcag: '2.2' },
	{ number: '3.3.7', title: '冗長な入力', level: 'A', wcag: '2.2' },
	{ number: '3.3.8', title: 'アクセシブルな認証（最低限）', level: 'AA', wcag: '2.2' },
	{ number: '4.1.3', title: 'ステータスメッセージ', level: 'AA', wcag: '2.1' },
] as const;

export type SuccessCriterion = (typeof jisCriteria)[number] | (typeof laterCriteria)[number];
export type CriterionNumber = SuccessCriterion['number'];
