/** Reads content files: UTF-8 text, frontmatter split from Markdown, YAML parsed with line numbers. */
import { messages } from '../messages.ts';
import { decodeUtf8, parseYaml, type SourceIssue } from './yaml-source.ts';

export interface ParsedFile {
	/** The YAML text (the whole file, or the frontmatter). */
	yaml: string;
	/** File line on which the YAML starts. */
	yamlLine: number;
	data: unknown;
	/** Markdown after the frontmatter, with the file line it starts on. */
	body?: { text: string; line: number };
}

/** The file line of a line of the body (its first line is 1). */
export const bodyLineInFile = (body: { line: number }, line: number | undefined) => (line ? body.line + line - 1 : undefined);

export type ReadResult = { ok: true; file: ParsedFile } | { ok: false; issue: SourceIssue };

/** The file's text; an issue if it is not UTF-8 or holds nothing (a file created and never saved, or emptied by accident). */
function readText(bytes: Uint8Array): { text: string; issue?: undefined } | { text?: undefined; issue: SourceIssue } {
	const { text, issue } = decodeUtf8(bytes);
	if (issue) return { issue };
	if (text!.trim() === '') return { issue: { line: 1, message: messages.emptyFile() } };
	return { text: text! };
}

export function readYamlFile(bytes: Uint8Array): ReadResult {
	const { text, issue } = readText(bytes);
	if (issue) return { ok: false, issue };
	const parsed = parseYaml(text, 1);
	return parsed.issue ? { ok: false, issue: parsed.issue } : { ok: true, file: { yaml: text, yamlLine: 1, data: parsed.data } };
}

export function readMarkdownFile(bytes: Uint8Array): ReadResult {
	const { text, issue } = readText(bytes);
	if (issue) return { ok: false, issue };
	const lines = text.split('\n');
	if (lines[0]?.trim() !== '---') return { ok: false, issue: { line: 1, message: messages.noFrontmatter() } };
	const end = lines.findIndex((line, i) => i > 0 && line.trim() === '---');
	if (end === -1) return { ok: false, issue: { line: 1, message: messages.unclosedFrontmatter() } };
	const yaml = lines.slice(1, end).join('\n');
	const parsed = parseYaml(yaml, 2);
	if (parsed.issue) return { ok: false, issue: parsed.issue };
	return {
		ok: true,
		file: { yaml, yamlLine: 2, data: parsed.data, body: { text: lines.slice(end + 1).join('\n'), line: end + 2 } },
	};
}

/**
 * The name a content file was meant to have when the build will not read it:
 * an extension in capitals (ch4.MD), YAML's other one (plan.yml), or a text file, often saved by Notepad
 * with the extension hidden (ch4.md.txt, ch4.txt, plan.yaml.txt).
 */
export function meantContentName(name: string): string | undefined {
	const text = name.replace(/\.txt$/i, '');
	const [, stem, extension] = /^(.+)\.(md|markdown|ya?ml)$/i.exec(text) ?? [];
	if (stem === undefined) return text === name || text === '' ? undefined : `${text}.md`;
	const meant = `${stem}.${/^ya?ml$/i.test(extension!) ? 'yaml' : 'md'}`;
	return meant === name ? undefined : meant;
}
