import type { Root } from 'mdast';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { messages } from '../lib/messages.ts';
import { type PlanLinkIndex, planLinkPrefix, resolvePlanLink } from '../lib/plan-links.ts';

export interface PlanLinksOptions {
	index: PlanLinkIndex;
}

/** Turns `plan:<plan>/<chapter>#<section>` links into site URLs; an unknown target fails the file. */
export function remarkPlanLinks(options: PlanLinksOptions) {
	return (tree: Root, file: VFile) => {
		visit(tree, 'link', (link) => {
			if (!link.url.startsWith(planLinkPrefix)) return;
			const url = resolvePlanLink(link.url, options.index);
			if (!url) file.fail(messages.unresolvedPlanLink(link.url), link);
			link.url = url;
		});
	};
}
