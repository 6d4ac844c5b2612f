/**
 * Mistakes in a chapter's structure that Markdown itself accepts silently:
 * heading levels (the chapter title is the page's h1, so the body starts at
 * ##, and no level is skipped) and raw HTML tags left open or closed twice,
 * which would swallow or break the text after them; and, as warnings,
 * images from other sites, which the page shows without their picture
 * (rehype-local-resources).
 */
import type { Html, Root } from 'mdast';
import { visit } from 'unist-util-visit';
import { messages } from '../lib/messages.ts';
import { isSameSiteAddress } from './rehype-local-resources.ts';

export interface StructureProblem {
	/** Line within the Markdown body. */
	line: number | undefined;
	message: string;
	/** A warning is published anyway; anything else stops the build. */
	severity?: 'warning';
}

/** Elements that never have a closing tag. */
const voidElements = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'param', 'source', 'track', 'wbr']);

/** The file line of `offset` within a raw HTML node (which may span lines). */
const lineInHtml = (node: Html, offset: number) => (node.position ? node.position.start.line + (node.value.slice(0, offset).match(/\n/g)?.length ?? 0) : undefined);

export function chapterStructureProblems(tree: Root): StructureProblem[] {
	return [...headingLevelProblems(tree), ...htmlTagProblems(tree), ...otherSiteImages(tree)];
}

function otherSiteImages(tree: Root): StructureProblem[] {
	const problems: StructureProblem[] = [];
	const check = (url: string, line: number | undefined) => {
		if (!isSameSiteAddress(url)) problems.push({ line, message: messages.otherSiteImage(url), severity: 'warning' });
	};
	visit(tree, (node) => {
		if (node.type === 'image') check(node.url, node.position?.start.line);
		if (node.type !== 'html') return;
		for (const tag of node.value.matchAll(/<img\b[^>]*?\bsrc\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))/gi)) check(tag[1] ?? tag[2] ?? tag[3] ?? '', lineInHtml(node, tag.index));
	});
	return problems;
}

function headingLevelProblems(tree: Root): StructureProblem[] {
	const problems: StructureProblem[] = [];
	let previous = 1;
	visit(tree, 'heading', (heading) => {
		const line = heading.position?.start.line;
		if (heading.depth === 1) problems.push({ line, message: messages.headingLevelOne() });
		else if (heading.depth > previous + 1) problems.push({ line, message: messages.headingLevelSkipped(heading.depth, previous) });
		previous = heading.depth;
	});
	return problems;
}

function htmlTagProblems(tree: Root): StructureProblem[] {
	const problems: StructureProblem[] = [];
	const open: Array<{ name: string; line: number | undefined }> = [];
	visit(tree, 'html', (node: Html) => {
		const value = node.value.replace(/<!--[\s\S]*?-->/g, (comment) => comment.replace(/[^\n]/g, ' '));
		for (const tag of value.matchAll(/<(\/?)([A-Za-z][A-Za-z0-9-]*)\b[^>]*?(\/?)>/g)) {
			const name = tag[2]!.toLowerCase();
			if (voidElements.has(name) || tag[3]) continue;
			const line = lineInHtml(node, tag.index);
			if (!tag[1]) {
				open.push({ name, line });
				continue;
			}
			const match = open.findLastIndex((o) => o.name === name);
			if (match === -1) problems.push({ line, message: messages.strayHtmlClosingTag(name) });
			else open.splice(match).slice(1).forEach((o) => problems.push({ line: o.line, message: messages.unclosedHtmlTag(o.name) }));
		}
	});
	for (const o of open) problems.push({ line: o.line, message: messages.unclosedHtmlTag(o.name) });
	return problems.sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
}
