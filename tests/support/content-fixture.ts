/** Builds a content folder in a temp dir: the valid fixture site, with a case's files laid over it. */
import { cp, mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';

export const validContent = path.resolve('tests/fixtures/site/content');

/** Returns the temp project root; its content is in `<root>/content`, and the project's public/ (which a case may add files to) in `<root>/public`. */
export async function contentWithOverlay(...overlayDirs: string[]): Promise<string> {
	const root = await mkdtemp(path.join(tmpdir(), 'prefplan-'));
	await cp(validContent, path.join(root, 'content'), { recursive: true });
	await cp(path.resolve('public'), path.join(root, 'public'), { recursive: true });
	for (const overlay of overlayDirs) await cp(overlay, root, { recursive: true, filter: (src) => path.basename(src) !== 'expected.txt' });
	return root;
}
