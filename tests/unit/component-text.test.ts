/**
 * Japanese text in components is written without line breaks inside it:
 * browsers show a line break between two Japanese characters as a space
 * (「書いて 提出用」), which the Japanese text never has.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, it } from 'vitest';

const japaneseEnd = /[\u3040-\u30ff\u4e00-\u9fff、。」）]$/;
const japaneseStart = /^[\u3040-\u30ff\u4e00-\u9fff「（]/;

/** Lines of `source` where Japanese text runs on to the next line. */
function brokenJapanese(source: string): number[] {
	const lines = source.split('\n');
	return lines.slice(0, -1).flatMap((line, i) => (japaneseEnd.test(line.trimEnd()) && japaneseStart.test(lines[i + 1]!.trim()) ? [i + 1] : []));
}

it('finds Japanese text broken over two lines', () => {
	expect(brokenJapanese('<p>\n\t下書きを書いて\n\t提出用の文章に</p>\n<p>一文。</p>\n<p>次。</p>')).toEqual([2]);
});

it('no component breaks Japanese text over two lines', () => {
	const components = readdirSync('src', { recursive: true }).map(String).filter((file) => file.endsWith('.astro'));
	expect(components.length).toBeGreaterThan(20);
	const broken = components.flatMap((file) => brokenJapanese(readFileSync(path.join('src', file), 'utf8')).map((line) => `src/${file}:${line}`));
	expect(broken).toEqual([]);
});
