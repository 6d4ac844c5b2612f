/**
 * What a line still holds of a template once its 【要記入】 is deleted and nothing written: the word that said
 * what goes there (「章の題名」, 「本文」), an example address, or a glossary term that is still its file's name.
 * Published, each would read as the document's own words.
 */
import { messages } from '../messages.ts';
import { templateAddresses, templateSamples, toFill } from '../scaffold/to-fill.ts';

const samples = new Set<string>(Object.values(templateSamples));
const addresses = new Set<string>(templateAddresses);

/** A YAML line's key and value, its comment and quotes left out. */
const yamlField = (line: string) => {
	const match = /^\s*(?:-\s+)?([A-Za-z][\w-]*):\s*(.*)$/.exec(line);
	return match && { key: match[1]!, value: match[2]!.replace(/(?:^|\s+)#.*$/, '').trim().replace(/^(["'])(.*)\1$/, '$2') };
};

/** The message for a line of a file (`fileId`: its name without .md), if it holds a template's leftover; `unpublished`: the file is not published (yet). */
export function templateLeftover(line: string, { yaml, fileId, unpublished }: { yaml: boolean; fileId: string; unpublished: boolean }): string | undefined {
	if (line.includes(toFill)) return undefined;
	if (yaml) {
		const field = yamlField(line);
		if (!field) return undefined;
		if (samples.has(field.value)) return messages.templateSampleLeft(field.value, unpublished);
		if (addresses.has(field.value)) return messages.templateAddressLeft(field.value, unpublished);
		return field.key === 'term' && field.value === fileId ? messages.termIsFileName(fileId, unpublished) : undefined;
	}
	const heading = /^#{1,6}\s+(.*)$/.exec(line.trim());
	const text = (heading?.[1] ?? line).trim();
	// A heading keeps its number before the sample (## 第１節 節の題名).
	const sample = samples.has(text) ? text : heading ? [...samples].find((s) => text.endsWith(` ${s}`) || text.endsWith(`　${s}`)) : undefined;
	return sample === undefined ? undefined : messages.templateSampleLeft(sample, unpublished);
}
