/**
 * A finished document's nodes in document order, each with its parent,
 * gathered in one walk and kept per tree: the content check reads a dozen
 * kinds of node from every chapter (chapter-structure.ts, markdown-links.ts),
 * and a walk per check took more time than the checks themselves. Only for
 * trees no plugin changes any more (the content check's outlines).
 */
import type { Nodes, Parents, Root } from 'mdast';
import { visit } from 'unist-util-visit';

export interface PlacedNode<T extends Nodes = Nodes> {
	node: T;
	index: number | undefined;
	parent: Parents | undefined;
}

const gathered = new WeakMap<Root, PlacedNode[]>();

/** Every node of `tree` in document order. */
export function nodesOf(tree: Root): PlacedNode[] {
	let nodes = gathered.get(tree);
	if (!nodes) {
		const list: PlacedNode[] = [];
		visit(tree, (node, index, parent) => void list.push({ node, index, parent }));
		gathered.set(tree, (nodes = list));
	}
	return nodes;
}

/** The nodes of one type, in document order. */
export function nodesOfType<T extends Nodes['type']>(tree: Root, type: T): Array<PlacedNode<Extract<Nodes, { type: T }>>> {
	return nodesOf(tree).filter((placed): placed is PlacedNode<Extract<Nodes, { type: T }>> => placed.node.type === type);
}
