/**
 * A chapter made ready to sit beside the other chapters on the whole-plan
 * print page: ids and in-page links get the chapter's prefix (every chapter
 * has its own #s1), and headings move one level down under the chapter's own
 * heading. Run last, on the rendered document, so it sees every id the other
 * plugins added.
 */
import type { Element, Root } from 'hast';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { printScopedId } from '../lib/page-ids.ts';
import { chapterOfFile } from './chapter-file.ts';

const headingLevel = /^h([1-6])$/;

export function rehypePrintScope() {
	return (tree: Root, file: VFile) => {
		const chapter = chapterOfFile(file);
		if (!chapter) return;
		const prefix = (id: string) => printScopedId(chapter.chapterId, id);
		visit(tree, 'element', (node: Element) => {
			const { id, href } = node.properties;
			if (typeof id === 'string') node.properties.id = prefix(id);
			// A bare # (top of the page) has no id to prefix.
			if (typeof href === 'string' && href.length > 1 && href.startsWith('#')) node.properties.href = `#${prefix(href.slice(1))}`;
			for (const key of ['ariaDescribedBy', 'ariaLabelledBy'] as const) {
				const value = node.properties[key];
				if (Array.isArray(value)) node.properties[key] = value.map((v) => prefix(String(v)));
			}
			const level = headingLevel.exec(node.tagName);
			if (level) node.tagName = `h${Math.min(Number(level[1]) + 1, 6)}`;
		});
	};
}
