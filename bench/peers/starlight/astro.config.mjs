// @ts-check
// Starlight as it comes (sidebar generated from every page, Pagefind search), Japanese.
import starlight from '@astrojs/starlight';
import { defineConfig } from 'astro/config';

export default defineConfig({
	integrations: [
		starlight({
			title: '都道府県計画ライブラリ（Starlight）',
			defaultLocale: 'root',
			locales: { root: { label: '日本語', lang: 'ja' } },
		}),
	],
});
