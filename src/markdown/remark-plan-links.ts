import type { Root } from 'mdast';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { messages } from '../lib/messages.ts';
import { parsePlanLink, type PlanLinkIndex, planLinkPrefix, resolvePlanLink } from '../lib/plan-links.ts';

export interface PlanLinksOptions {
	index: PlanLinkIndex;
	/** Plans left out of this build: a link to one keeps its text and loses the link. */
	omitted?: Set<string> | undefined;
}

/** Turns `plan:<plan>/<chapter>#<section>` links into site URLs; an unknown target fails the file. */
export function remarkPlanLinks(options: PlanLinksOptions) {
	return (tree: Root, file: VFile) => {
		visit(tree, 'link', (link, index, parent) => {
			if (!link.url.startsWith(planLinkPrefix)) return;
			const url = resolvePlanLink(link.url, options.index);
			if (url) {
				link.url = url;
				return;
			}
			const target = parsePlanLink(link.url);
			if (!target || !options.omitted?.has(target.planId) || !parent || index === undefined) file.fail(messages.unresolvedPlanLink(link.url), link);
			parent.children.splice(index, 1, ...link.children);
			return index;
		});
	};
}
