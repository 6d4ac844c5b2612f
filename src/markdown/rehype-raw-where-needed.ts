/**
 * rehype-raw only for documents that contain raw HTML. It re-parses the whole
 * document through parse5 whether or not there is any; most chapters have
 * none, and without raw nodes the result is the tree as it was.
 */
import type { Root } from 'hast';
import rehypeRaw, { type Options } from 'rehype-raw';
import type { VFile } from 'vfile';
import { EXIT, visit } from 'unist-util-visit';

export function rehypeRawWhereNeeded(options?: Options) {
	const parseRaw = rehypeRaw(options);
	return (tree: Root, file: VFile): Root | undefined => {
		let hasRaw = false;
		visit(tree, 'raw', () => {
			hasRaw = true;
			return EXIT;
		});
		return hasRaw ? parseRaw(tree, file) : undefined;
	};
}
