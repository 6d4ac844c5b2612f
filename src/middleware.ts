/**
 * While the site is built, each page goes to the search index as soon as it
 * is rendered (src/lib/search/write-index.ts). In `astro dev` there is no index.
 */
import { defineMiddleware } from 'astro:middleware';
import { searchIndexOfBuild } from './lib/search/index-of-build.ts';

export const onRequest = defineMiddleware(async (context, next) => {
	const response = await next();
	const index = searchIndexOfBuild();
	if (index && response.headers.get('content-type')?.startsWith('text/html')) index.add(context.url.pathname, await response.clone().text());
	return response;
});
