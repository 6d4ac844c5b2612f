import { h } from 'hastscript';
import { describe, expect, it } from 'vitest';
import { scopeElementIds } from '../../src/markdown/scoped-ids.ts';

const scoped = (id: string) => `note-ai-${id}`;

describe('scopeElementIds', () => {
	it('puts an id and every reference to one under the prefix: in-page links, aria references, popover targets', () => {
		const nodes = [
			h('h2', { id: 'origin' }, '由来'),
			h('a', { href: '#user-content-fn-1', id: 'user-content-fnref-1', ariaDescribedBy: ['footnote-label'] }, '1'),
			h('button', { type: 'button', popoverTarget: 'term-x' }, '？'),
			h('section', { ariaLabelledBy: ['origin', 'sub'] }),
		];
		for (const node of nodes) scopeElementIds(node, scoped);
		expect(nodes.map((n) => n.properties)).toEqual([
			{ id: 'note-ai-origin' },
			{ href: '#note-ai-user-content-fn-1', id: 'note-ai-user-content-fnref-1', ariaDescribedBy: ['note-ai-footnote-label'] },
			{ type: 'button', popoverTarget: 'note-ai-term-x' },
			{ ariaLabelledBy: ['note-ai-origin', 'note-ai-sub'] },
		]);
	});

	it('leaves links to other pages, and a bare # (the top of the page), as they are', () => {
		const nodes = [h('a', { href: '#' }), h('a', { href: '/glossary/ai/#origin' }), h('a', { href: 'https://example.jp/#x' })];
		for (const node of nodes) scopeElementIds(node, scoped);
		expect(nodes.map((n) => n.properties.href)).toEqual(['#', '/glossary/ai/#origin', 'https://example.jp/#x']);
	});
});
