import type { Root } from 'hast';
import { h } from 'hastscript';
import { toHtml } from 'hast-util-to-html';
import { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import { rehypeRawWhereNeeded } from '../../src/markdown/rehype-raw-where-needed.ts';

const run = (tree: Root) => rehypeRawWhereNeeded()(tree, new VFile()) ?? tree;

describe('rehypeRawWhereNeeded', () => {
	it('parses raw HTML into elements', () => {
		const tree: Root = { type: 'root', children: [h('p', ['前', { type: 'raw', value: '<span class="x">中</span>' }, '後'])] };
		const result = run(tree);
		expect(toHtml(result)).toBe('<p>前<span class="x">中</span>後</p>');
		expect(JSON.stringify(result)).not.toContain('"raw"');
	});
	it('leaves a document without raw HTML as it is, not re-parsed', () => {
		const tree: Root = { type: 'root', children: [h('p', ['本文']), h('table', [h('tbody', [h('tr', [h('td', '1')])])])] };
		const before = structuredClone(tree);
		expect(rehypeRawWhereNeeded()(tree, new VFile())).toBeUndefined();
		expect(tree).toEqual(before);
	});
});
