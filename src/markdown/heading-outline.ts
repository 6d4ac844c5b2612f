/**
 * The heading outline of a chapter as the site will publish it (ids from
 * remarkHeadingIds), without rendering HTML: what the content check needs to
 * resolve references to sections and to report heading problems.
 */
import type { Heading, Root } from 'mdast';
import type {} from 'mdast-util-to-hast';
import { toString } from 'mdast-util-to-string';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import { VFile } from 'vfile';
import { VFileMessage } from 'vfile-message';
import { markdownOptions } from './pipeline.ts';

export interface OutlineHeading {
	depth: number;
	id: string;
	text: string;
	line: number | undefined;
}

export type OutlineResult = { ok: true; headings: OutlineHeading[] } | { ok: false; line: number | undefined; message: string };

const processor = unified().use(remarkParse).use(remarkGfm).use(markdownOptions.remarkPlugins);

export async function headingOutline(markdown: string, path?: string): Promise<OutlineResult> {
	const file = new VFile({ value: markdown, path });
	try {
		const tree = (await processor.run(processor.parse(file), file)) as Root;
		const headings: OutlineHeading[] = [];
		visit(tree, 'heading', (heading: Heading) => {
			headings.push({ depth: heading.depth, id: String(heading.data?.hProperties?.id), text: toString(heading), line: heading.position?.start.line });
		});
		return { ok: true, headings };
	} catch (error) {
		if (error instanceof VFileMessage) return { ok: false, line: error.line ?? undefined, message: error.reason };
		throw error;
	}
}
