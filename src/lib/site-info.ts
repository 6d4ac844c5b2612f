/** Names shown in every page's header, title and footer. */
export const siteInfo = {
	name: '都道府県計画ライブラリ',
	description: '都道府県が公表したDX・デジタル推進計画を、章・節ごとに読み、用語を調べ、横断して検索できるサイトです。',
} as const;

/** Terms of the open data (indicators CSV/JSON), stated on the open-data page and in the JSON. */
export const dataLicence = {
	name: 'クリエイティブ・コモンズ 表示 4.0 国際（CC BY 4.0）',
	url: 'https://creativecommons.org/licenses/by/4.0/deed.ja',
	line: 'ライセンス: クリエイティブ・コモンズ 表示 4.0 国際（CC BY 4.0）。利用の際は「都道府県計画ライブラリ」と、数値の原典である各都道府県の計画名を出典として示してください。',
} as const;
