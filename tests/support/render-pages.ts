/**
 * `CONTENT_DIR=… node tests/support/render-pages.ts <outDir>`: renders the
 * pages with Astro as `npm run build` does, but without the build's content
 * check (which would stop at content it rejects), search index or link check.
 * Tests run the build's link check on the pages themselves.
 */
import { build } from 'astro';
import { contentDir } from '../../src/content-paths.ts';
import { contentCacheDir } from '../../src/lib/content-cache.ts';

process.env.ASTRO_TELEMETRY_DISABLED ??= '1';
await build({ outDir: process.argv[2]!, cacheDir: await contentCacheDir(contentDir), logLevel: 'warn' });
