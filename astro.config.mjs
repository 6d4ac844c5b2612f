// @ts-check
import { unified } from '@astrojs/markdown-remark';
import { defineConfig } from 'astro/config';
import { markdownOptions } from './src/markdown/pipeline.ts';

export default defineConfig({
	site: process.env.SITE_URL,
	base: process.env.BASE_PATH ?? '/',
	trailingSlash: 'always',
	build: { format: 'directory' },
	markdown: {
		processor: unified(markdownOptions),
	},
});
