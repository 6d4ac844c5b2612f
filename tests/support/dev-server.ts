/**
 * `CONTENT_DIR=… node tests/support/dev-server.ts`: `npm run dev` on a content
 * folder, with its own content cache (as tests' builds have), on a free
 * loopback port; prints `ready <origin>` once it serves.
 */
import { dev } from 'astro';
import { contentDir } from '../../src/content-paths.ts';
import { contentCacheDir } from '../../src/lib/content-cache.ts';

process.env.ASTRO_TELEMETRY_DISABLED ??= '1';
const server = await dev({ cacheDir: await contentCacheDir(contentDir), server: { host: '127.0.0.1', port: 0 }, logLevel: 'error' });
console.log(`ready http://127.0.0.1:${server.address.port}`);
