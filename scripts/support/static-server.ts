/**
 * A static file server like the hosts the site is deployed to: serves a
 * folder at the origin's root (sites built with BASE_PATH sit in sub-folders),
 * `index.html` for directories, and for a missing file the nearest `404.html`
 * above it with status 404.
 */
import { readFile, stat } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import type { PreviewServer } from './browser.ts';

const types: Record<string, string> = {
	'.html': 'text/html; charset=utf-8',
	'.css': 'text/css',
	'.js': 'text/javascript',
	'.json': 'application/json',
	'.xml': 'application/xml',
	'.svg': 'image/svg+xml',
	'.txt': 'text/plain; charset=utf-8',
};

async function fileAt(file: string): Promise<string | undefined> {
	const info = await stat(file).catch(() => undefined);
	if (info?.isFile()) return file;
	if (info?.isDirectory()) return fileAt(path.join(file, 'index.html'));
	return undefined;
}

export async function serveStatic(root: string): Promise<PreviewServer> {
	const server = createServer(async (request, response) => {
		const pathname = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
		const requested = path.join(root, path.normalize(pathname));
		let file = requested.startsWith(root) ? await fileAt(requested) : undefined;
		let status = 200;
		for (let dir = path.dirname(requested); !file && dir.startsWith(root); dir = path.dirname(dir)) {
			file = await fileAt(path.join(dir, '404.html'));
			status = 404;
		}
		if (!file) {
			response.writeHead(404).end();
			return;
		}
		response.writeHead(status, { 'Content-Type': types[path.extname(file)] ?? 'application/octet-stream' }).end(await readFile(file));
	});
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
	const stop = () =>
		new Promise<void>((resolve) => {
			server.close(() => resolve());
			// The shared browser keeps idle keep-alive connections open; close() alone would wait for them to time out.
			server.closeAllConnections();
		});
	return { url: (pathname) => new URL(pathname, origin).href, stop };
}
