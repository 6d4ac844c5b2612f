/** Headless Debian Chromium driven by playwright-core, and the built site served by `astro preview`. */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { preview } from 'astro';
import { chromium, type Browser } from 'playwright-core';

const chromiumPath = ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find((p) => existsSync(p));

export async function launchBrowser(): Promise<Browser> {
	if (!chromiumPath) throw new Error('Chromium is not installed: run `apt-get install -y chromium` (see README).');
	return chromium.launch({
		executablePath: chromiumPath,
		args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
	});
}

export interface PreviewServer {
	url: (pathname: string) => string;
	stop: () => Promise<void>;
}

/** Serves a built site folder on a free loopback port. */
export async function servePreview(outDir: string, port = 4400 + Math.floor(Math.random() * 500)): Promise<PreviewServer> {
	const server = await preview({ root: process.cwd(), outDir: path.resolve(outDir), server: { host: '127.0.0.1', port }, logLevel: 'error' });
	const origin = `http://127.0.0.1:${server.port}`;
	return { url: (pathname) => new URL(pathname, origin).href, stop: () => server.stop() };
}
