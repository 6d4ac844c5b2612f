import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { forgetContentReadOtherwise } from '../../src/lib/content-check/dev-preview.ts';

describe('the preview’s store of the content (.astro/data-store.json)', () => {
	it('is dropped when it was read from another content folder or under other schemas, and kept while they stay the same', async () => {
		const dotAstro = path.join(await mkdtemp(path.join(tmpdir(), 'prefplan-')), '.astro');
		const store = path.join(dotAstro, 'data-store.json');
		// A first preview: nothing says how the store was read.
		await forgetContentReadOtherwise(dotAstro, '-work-content-0123456789ab');
		await writeFile(store, '["stored"]');
		await forgetContentReadOtherwise(dotAstro, '-work-content-0123456789ab');
		await expect(readFile(store, 'utf8')).resolves.toBe('["stored"]');
		// The schemas changed (another hash): the entries kept would lack their new fields.
		await forgetContentReadOtherwise(dotAstro, '-work-content-ba9876543210');
		expect(existsSync(store)).toBe(false);
		await writeFile(store, '["read again"]');
		await forgetContentReadOtherwise(dotAstro, '-work-content-ba9876543210');
		await expect(readFile(store, 'utf8')).resolves.toBe('["read again"]');
		// Another content folder (CONTENT_DIR).
		await forgetContentReadOtherwise(dotAstro, '-tmp-fixture-content-ba9876543210');
		expect(existsSync(store)).toBe(false);
	});
});
