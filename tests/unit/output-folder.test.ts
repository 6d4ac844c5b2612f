/** The build refuses an output folder it would delete something by replacing. */
import { mkdir, mkdtemp, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { outputFolderProblem, scratchFolder } from '../../src/lib/output-folder.ts';

let root: string;
const problem = (outDir: string, contentDir = './content') => outputFolderProblem(outDir, root, contentDir);

beforeAll(async () => {
	root = await mkdtemp(path.join(tmpdir(), 'prefplan-outdir-'));
	for (const folder of ['content/plans', 'src', 'public', 'fixtures/content', 'dist', 'empty', 'notes']) await mkdir(path.join(root, folder), { recursive: true });
	await writeFile(path.join(root, 'dist/heading-ids.json'), '{}\n');
	await writeFile(path.join(root, 'dist/index.html'), '');
	await writeFile(path.join(root, 'notes/memo.txt'), '大事なメモ');
	await writeFile(path.join(root, 'file.txt'), '');
	await symlink(path.join(root, 'content'), path.join(root, 'content-link'));
});

describe('outputFolderProblem', () => {
	it('accepts a folder not there yet, an empty one, and one a previous build wrote', async () => {
		expect(await problem('dist')).toBeUndefined();
		expect(await problem('new-site')).toBeUndefined();
		expect(await problem('empty')).toBeUndefined();
		expect(await problem(path.join(root, 'dist'))).toBeUndefined();
	});

	it('refuses the project itself and any folder holding it', async () => {
		expect(await problem('.')).toBe(
			'出力先「.」はこのプロジェクトのフォルダそのものか、それを含むフォルダです。ビルドは出力先を丸ごと置き換えるため、コンテンツもプログラムもすべて消えてしまいます — 出力先には dist のような専用のフォルダを指定してください（例: npm run build -- --outDir dist）',
		);
		expect(await problem('..')).toContain('このプロジェクトのフォルダそのものか、それを含むフォルダです');
		expect(await problem('src/..')).toContain('このプロジェクトのフォルダそのものか');
	});

	it('refuses content (the CONTENT_DIR in use), src and public, and folders holding them, also through a link', async () => {
		expect(await problem('content')).toBe(
			'出力先「content」はコンテンツのフォルダ「content」そのものか、それを含むフォルダです。ビルドは出力先を丸ごと置き換えるため、「content」の中身が消えてしまいます — 出力先には dist のような専用のフォルダを指定してください（例: npm run build -- --outDir dist）',
		);
		expect(await problem('content-link')).toContain('コンテンツのフォルダ「content」');
		expect(await problem('fixtures', 'fixtures/content')).toContain('コンテンツのフォルダ「fixtures/content」');
		expect(await problem('src')).toContain('サイトのプログラムのフォルダ「src」');
		expect(await problem('public/')).toContain('サイトにそのまま載せるファイルのフォルダ「public」');
	});

	it('refuses a folder with files no build wrote, and a file', async () => {
		expect(await problem('notes')).toBe(
			'出力先「notes」には、このサイトのビルドが書き出したものではないファイルがあります（ビルドの出力なら heading-ids.json があります）。ビルドは出力先を丸ごと置き換えるため、それらが消えてしまいます — 空のフォルダかまだない名前のフォルダを指定してください。このフォルダを使うなら、中身が要らないことを確かめてから、中身を別の場所に移してください',
		);
		expect(await problem('file.txt')).toContain('フォルダではなくファイルです');
	});
});

describe('scratchFolder', () => {
	it('builds beside the output folder, or inside the project when that folder only begins like the project’s path', () => {
		expect(scratchFolder('/home/u/site/dist', '/home/u/site')).toBe('/home/u/site/dist.building');
		expect(scratchFolder('/tmp/out', '/home/u/site')).toBe('/tmp/out.building');
		// ../site-dist for ./site: Astro would take it for a folder inside the project and put the pages' code there.
		expect(scratchFolder('/home/u/site-dist', '/home/u/site', 42)).toBe('/home/u/site/node_modules/.cache/prefplan-build/42');
	});
});
