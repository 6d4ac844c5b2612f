import { messages } from '../messages.ts';

/** One thing wrong with the content, pointing at the file and line an author must edit. */
export interface Problem {
	/** Path relative to the project root, e.g. content/plans/x/ch1.md. */
	file: string;
	/** 1-based line, when known. */
	line?: number | undefined;
	message: string;
	severity: 'error' | 'warning';
}

export const formatProblem = (p: Problem) =>
	`${p.file}${p.line ? `:${p.line}` : ''}: ${p.severity === 'warning' ? messages.warningMark() : ''}${p.message}`;


/** Each file's problems in line order, files as first met: the check finds them kind by kind (structure, ids, links …). */
export function inLineOrder(problems: Problem[]): Problem[] {
	const fileOrder = new Map<string, number>();
	for (const { file } of problems) if (!fileOrder.has(file)) fileOrder.set(file, fileOrder.size);
	return [...problems].sort((a, b) => fileOrder.get(a.file)! - fileOrder.get(b.file)! || (a.line ?? 0) - (b.line ?? 0));
}

/** Prints every problem to stderr, one `file:line: message` a line; returns the number of errors. */
export function printProblems(problems: Problem[]): number {
	for (const problem of problems) console.error(formatProblem(problem));
	return problems.filter((p) => p.severity === 'error').length;
}
