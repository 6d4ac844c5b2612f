/**
 * The content check keeps its chapter and entry outlines between reads
 * (src/lib/content-check/outline-cache.ts): an unchanged file is not parsed
 * again, an edited one is, and what a read from the cache gives is what a
 * fresh read gives.
 */
import { appendFile, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readContent } from '../../src/lib/content-check/check-content.ts';
import { outlineCacheFile } from '../../src/lib/content-check/outline-cache.ts';
import { contentWithOverlay } from '../support/content-fixture.ts';

/** The fixture site in a folder of its own, its outlines stored by a first read. */
async function readOnce() {
	const root = await contentWithOverlay();
	const content = path.join(root, 'content');
	const first = await readContent(content, root);
	return { root, content, first, stored: await outlineCacheFile(content) };
}

/** Marks every stored section heading: a read that shows the mark took the outline from the store. */
async function markStoredSections(stored: string) {
	const cache = JSON.parse(await readFile(stored, 'utf8'));
	let marked = 0;
	for (const outline of Object.values<{ sections?: Array<{ text: string }> }>(cache.outlines)) {
		for (const section of outline.sections ?? []) {
			section.text = `（保存された見出し）${section.text}`;
			marked++;
		}
	}
	expect(marked).toBeGreaterThan(0);
	await writeFile(stored, JSON.stringify(cache));
}

const sectionTexts = (read: Awaited<ReturnType<typeof readContent>>, chapter: string) => read.content.chapters.find((c) => `${c.planId}/${c.id}` === chapter)!.sections.map((s) => s.text);

describe('outline cache', () => {
	it('gives a second read of unchanged content what the first read parsed', async () => {
		const { root, content, first } = await readOnce();
		const second = await readContent(content, root);
		expect(second.problems).toEqual(first.problems);
		expect(JSON.parse(JSON.stringify(second.content.chapters))).toEqual(JSON.parse(JSON.stringify(first.content.chapters)));
	});

	it('reads an unchanged file’s outline from the cache, and parses an edited file again', async () => {
		const { root, content, first, stored } = await readOnce();
		const [chapter] = first.content.chapters;
		const id = `${chapter!.planId}/${chapter!.id}`;
		await markStoredSections(stored);

		const fromCache = await readContent(content, root);
		expect(sectionTexts(fromCache, id).every((text) => text.startsWith('（保存された見出し）'))).toBe(true);

		await appendFile(path.join(content, 'plans', chapter!.planId, `${chapter!.id}.md`), '\n## 追加した節 {#added}\n\n本文。\n');
		const edited = await readContent(content, root);
		expect(sectionTexts(edited, id)).toEqual([...sectionTexts(first, id), '追加した節']);
	});

	it('ignores outlines stored by another version of the code, or a file cut short', async () => {
		const { root, content, first, stored } = await readOnce();
		await markStoredSections(stored);
		const cache = JSON.parse(await readFile(stored, 'utf8'));
		await writeFile(stored, JSON.stringify({ ...cache, version: 'older' }));
		const id = `${first.content.chapters[0]!.planId}/${first.content.chapters[0]!.id}`;
		expect(sectionTexts(await readContent(content, root), id)).toEqual(sectionTexts(first, id));

		await writeFile(stored, '{"version":');
		const afterCut = await readContent(content, root);
		expect(afterCut.problems).toEqual(first.problems);
		expect(sectionTexts(afterCut, id)).toEqual(sectionTexts(first, id));
		expect(JSON.parse(await readFile(stored, 'utf8')).outlines).not.toEqual({});
	});

	it('keeps only the outlines of the files the last read found', async () => {
		const { root, content, first, stored } = await readOnce();
		const count = async () => Object.keys(JSON.parse(await readFile(stored, 'utf8')).outlines).length;
		const before = await count();
		const chapter = first.content.chapters.at(-1)!;
		await rm(path.join(content, 'plans', chapter.planId, `${chapter.id}.md`));
		await readContent(content, root);
		expect(await count()).toBe(before - 1);
	});
});
