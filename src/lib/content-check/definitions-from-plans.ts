/**
 * A glossary definition said to come from a plan's 用語解説 (`source: plan:`) is published as that
 * prefecture's words: each of its sentences must be in the plan's source text (whitespace, markup and list
 * marks aside, as text coverage compares them). An entry copied from another and rewritten, its `plan:`
 * left as it was, would otherwise put the editors' words in the prefecture's mouth.
 */
import { messages } from '../messages.ts';
import { normalizeForCoverage } from '../text-coverage.ts';
import type { ContentSnapshot, Report } from './check-content.ts';

/** A source text as definitions are looked up in it: normalised, without the page numbers a page break left between lines. */
export const sourceForDefinitions = (text: string) => normalizeForCoverage(text.replace(/^[\s\-－—]*\d{1,3}[\s\-－—]*$/gm, ''));

/** The first sentence of a definition the source text does not hold, as written; undefined when it holds them all. */
export function sentenceNotInSource(definition: string, source: string): string | undefined {
	return definition
		.split(/(?<=。)|\n/)
		.map((sentence) => sentence.trim())
		.find((sentence) => {
			const text = normalizeForCoverage(sentence);
			return text !== '' && !source.includes(text);
		});
}

export function checkDefinitionsFromPlans(content: ContentSnapshot, report: Report): void {
	const sources = new Map([...content.sourceTexts].map(([id, { file, text }]) => [id, { id, file, text: sourceForDefinitions(text) }]));
	for (const entry of content.glossary) {
		const definitions = [
			{ source: entry.data.source, text: entry.parsed.body?.text ?? '', field: ['source', 'plan'] },
			...entry.data.otherDefinitions.map((d, i) => ({ source: d.source, text: d.text, field: ['otherDefinitions', i, 'text'] })),
		];
		for (const { source, text, field } of definitions) {
			// The editors' own are theirs to word; a plan without its source text cannot be compared.
			const plan = 'plan' in source ? sources.get(source.plan) : undefined;
			const missing = plan && sentenceNotInSource(text, plan.text);
			if (missing) report(entry, field, messages.definitionNotInPlan(plan.id, plan.file, missing), entry.data.publish ? 'error' : 'warning');
		}
	}
}
