/** Names shown in every page's header, title and footer. */
export const siteInfo = {
	name: '都道府県計画ライブラリ',
	description: '都道府県が公表したDX・デジタル推進計画を、章・節ごとに読み、用語を調べ、横断して検索できるサイトです。',
} as const;
