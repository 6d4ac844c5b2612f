/**
 * Reading YAML the way authors write it, with line numbers for every mistake:
 * encoding, tabs, full-width colons, syntax, and the line of a given field.
 */
import { EVENT_ID, type Event, FAILSAFE_SCHEMA, getScalarValue, load, parseEvents, YAMLException } from 'js-yaml';
import { messages } from '../messages.ts';

export interface SourceIssue {
	line?: number | undefined;
	message: string;
}

/**
 * Decodes a file as UTF-8, rejecting other encodings and a BOM. Line endings
 * become LF, so a file saved with Windows' CRLF is read line by line like any
 * other (the hints below match whole lines).
 */
export function decodeUtf8(bytes: Uint8Array): { text?: string; issue?: SourceIssue } {
	if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { issue: { line: 1, message: messages.bom() } };
	try {
		return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes).replace(/\r\n?/g, '\n') };
	} catch {
		return { issue: { line: 1, message: messages.notUtf8() } };
	}
}

/** A line that starts a field, `key:` or `- key:`; the key is the group. */
const fieldStart = String.raw`^\s*(?:-\s+)?([A-Za-z][\w-]*)`;
const fullWidthColonField = new RegExp(`${fieldStart}\\s*：`);
const unquotedValueField = new RegExp(`${fieldStart}:\\s+([^"'\\s|>].*)$`);
const quotedValueField = new RegExp(`${fieldStart}:\\s+(["'])(.*)$`);
const flowValueField = new RegExp(`${fieldStart}:\\s+([[{])(.*)$`);
/** A key whose value is a `|` or `>` block on the lines below. */
const blockScalarField = new RegExp(`${fieldStart}:\\s+[|>][-+0-9]*\\s*(?:#.*)?$`);
/** `key:value` with no space after the colon (not an address, `- https://…`): YAML reads the line as text. */
const noSpaceField = new RegExp(`${fieldStart}:(?!\\s|//)(\\S.*)$`);
/** A value, of a key or a list item, starting with a character YAML reserves (% directive, @ and ` reserved, * alias, & anchor, ! tag): it must be quoted. */
const reservedStartValue = /^\s*(-\s+)?(?:([A-Za-z][\w-]*):\s+)?([%@`*&!])/;

function reservedStart(line: string): { key: string | undefined; character: string } | undefined {
	const match = reservedStartValue.exec(line);
	return match && (match[1] || match[2]) ? { key: match[2], character: match[3]! } : undefined;
}

/** The key on line `at` and the line it was first written on, at the same indentation within the same mapping. */
function firstOfKey(lines: string[], at: number): { key: string; index: number } | undefined {
	const match = /^(\s*)(?:-\s+)?([A-Za-z][\w-]*)\s*:/.exec(lines[at] ?? '');
	if (!match) return undefined;
	const [, indent, key] = match;
	for (let i = at - 1; i >= 0; i--) {
		const line = lines[i]!;
		if (!line.trim() || line.trim().startsWith('#')) continue;
		const lineIndent = /^\s*/.exec(line)![0].length;
		// Back past the mapping's start: another group.
		if (lineIndent < indent!.length) return undefined;
		if (lineIndent === indent!.length && new RegExp(`^\\s*(?:-\\s+)?${key}\\s*:`).test(line)) return { key: key!, index: i };
	}
	return undefined;
}

/** The mistakes js-yaml reports obscurely: a tab in the indentation, a key followed by a full-width colon. */
function obscureMistake(lines: string[], firstLine: number): SourceIssue | undefined {
	for (const [i, line] of lines.entries()) {
		if (/^\s*\t/.test(line)) {
			// Under a key with no value of its own (source:), or among indented lines, the line is indented; else it is a key of its own, at the margin.
			const above = lines.slice(0, i).findLast((l) => l.trim() && !l.trim().startsWith('#'));
			const nested = above !== undefined && (/:\s*(?:#.*)?$/.test(above) || /^\s/.test(above));
			return { line: firstLine + i, message: messages.yamlTab(nested) };
		}
		const fullWidthKey = fullWidthColonField.exec(line);
		if (fullWidthKey) return { line: firstLine + i, message: messages.yamlFullWidthColon(fullWidthKey[1]!) };
	}
	return undefined;
}

/**
 * Parses YAML that starts at `firstLine` of its file. Empty YAML is an empty
 * mapping (the schema then names the missing fields). When the YAML fails, or
 * is not a mapping, the mistakes js-yaml reports obscurely are looked for
 * first; text that parses (「DX：…」 inside a `|` block) is left alone.
 */
export function parseYaml(source: string, firstLine = 1): { data?: unknown; issue?: SourceIssue } {
	const lines = source.split('\n');
	// js-yaml 5 throws on empty input ("expected a document"); empty frontmatter is a mapping with no fields.
	if (source.trim() === '') return { data: {} };
	// A key indented with a full-width space parses, as a key named 「　code」: caught before the schema calls it unknown.
	const fullWidthIndent = lines.findIndex((line) => /^ *\u3000+[A-Za-z][\w-]*\s*:/.test(line));
	if (fullWidthIndent !== -1) return { issue: { line: firstLine + fullWidthIndent, message: messages.yamlFullWidthIndent() } };
	try {
		const data = load(source) ?? {};
		const mistake = typeof data === 'object' ? (reservedStartThatParsed(source, lines, firstLine) ?? fullWidthSpaceInKey(data, lines, firstLine)) : obscureMistake(lines, firstLine) ?? noSpaceAfterColon(lines, 0, firstLine);
		return mistake ? { issue: mistake } : { data };
	} catch (error) {
		const mistake = obscureMistake(lines, firstLine);
		if (mistake) return { issue: mistake };
		if (error instanceof YAMLException) {
			const line = error.mark?.line ?? 0;
			const unclosed = unclosedQuote(lines.slice(0, line + 1));
			if (unclosed) return { issue: { line: firstLine + unclosed.index, message: messages.yamlUnclosedQuote(unclosed.key, unclosed.quote) } };
			const bracket = unclosedBracket(lines.slice(0, line + 1));
			if (bracket) return { issue: { line: firstLine + bracket.index, message: messages.yamlUnclosedBracket(bracket.key, bracket.open) } };
			const noSpace = noSpaceAfterColon(lines, line, firstLine);
			if (noSpace) return { issue: noSpace };
			const colon = colonInValue(lines[line] ?? '');
			if (colon) return { issue: { line: firstLine + line, message: messages.yamlColonInValue(colon) } };
			const reserved = reservedStart(lines[line] ?? '');
			if (reserved) return { issue: { line: firstLine + line, message: messages.yamlReservedStart(reserved.key, reserved.character) } };
			// 「title: [参考] 計画」, 「title: - 計画」: read as a list, then text YAML cannot place.
			const listLike = /^\s*(?:-\s+)?([A-Za-z][\w-]*):\s+((?:\[[^\]]*\]\s*[^\s#,]|-\s).*?)\s*(?:#.*)?$/.exec(lines[line] ?? '');
			if (listLike) return { issue: { line: firstLine + line, message: messages.yamlListLikeValue(listLike[1]!, listLike[2]!) } };
			const duplicate = /duplicated mapping key/.test(error.reason) ? firstOfKey(lines, line) : undefined;
			if (duplicate) return { issue: { line: firstLine + line, message: messages.yamlDuplicateKey(duplicate.key, firstLine + duplicate.index) } };
			return { issue: { line: firstLine + line, message: messages.yamlSyntax(messages.yamlReason(error.reason)) } };
		}
		throw error;
	}
}

/** Every key of a parsed document, nested ones too. */
function keysOf(data: unknown): string[] {
	if (Array.isArray(data)) return data.flatMap(keysOf);
	return data && typeof data === 'object' ? Object.entries(data).flatMap(([key, value]) => [key, ...keysOf(value)]) : [];
}

/**
 * A key with a full-width space in it (「kind　: 計画」), which YAML keeps as
 * part of the name: the schema would report an unknown key, invisibly
 * spelt, and the real one missing. Looked for in the keys YAML read, so text
 * in a `|` block is left alone.
 */
function fullWidthSpaceInKey(data: unknown, lines: string[], firstLine: number): SourceIssue | undefined {
	const key = keysOf(data).find((k) => k.includes('\u3000'));
	if (key === undefined) return undefined;
	const index = lines.findIndex((line) => line.includes(`${key}:`));
	return { line: index === -1 ? undefined : firstLine + index, message: messages.yamlFullWidthSpaceInKey(key.replace(/\u3000/g, ''), /\u3000$/.test(key)) };
}

/**
 * A value starting with & or ! (or * after an anchor) that YAML reads without
 * complaint as an anchor, a tag or an alias, losing the text: 「name: &株式会社」
 * is an empty name. Our files never mean them, so they are reported.
 */
function reservedStartThatParsed(source: string, lines: string[], firstLine: number): SourceIssue | undefined {
	if (!/(?:^|[:\-,[{]\s*)[&!*]/m.test(source)) return undefined;
	for (const event of parseEvents(source, {})) {
		if (!('anchorStart' in event)) continue;
		const tag = 'tagStart' in event ? event.tagStart : -1;
		// An anchor's or alias's offset is its name's, after the & or * (-1 when it has none).
		const at = tag >= 0 ? tag : event.anchorStart - 1;
		if (at < 0) continue;
		const line = source.slice(0, at).split('\n').length - 1;
		const key = reservedStart(lines[line] ?? '')?.key;
		return { line: firstLine + line, message: messages.yamlReservedStart(key, source[at]!) };
	}
	return undefined;
}

/**
 * A `key:value` line (no space after the colon), which YAML reads as text:
 * js-yaml stumbles on it or on the next line (`at`), so the last written line
 * before `at` is looked at first. Alone in the frontmatter it parses, as a string.
 */
function noSpaceAfterColon(lines: string[], at: number, firstLine: number): SourceIssue | undefined {
	const before = lines.slice(0, at).findLastIndex((line) => !/^\s*(#|$)/.test(line));
	for (const index of [before, at]) {
		const match = noSpaceField.exec(lines[index] ?? '');
		if (match) return { line: firstLine + index, message: messages.yamlNoSpaceAfterColon(lines[index]!.trim(), match[1]!, match[2]!) };
	}
	return undefined;
}

/** The key of a `key: value` line whose unquoted value holds 「: 」 (目標: 100%), which YAML reads as a second key. */
function colonInValue(line: string): string | undefined {
	const match = unquotedValueField.exec(line);
	return match && /:\s/.test(match[2]!) ? match[1] : undefined;
}

/** The last `key: [a, b` or `key: {…` line whose bracket is not closed on the same line (legal YAML across lines, but not how our files write lists). */
function unclosedBracket(lines: string[]) {
	for (let index = lines.length - 1; index >= 0; index--) {
		const match = flowValueField.exec(lines[index]!);
		if (!match) continue;
		const open = match[2]!;
		const close = open === '[' ? ']' : '}';
		const text = match[3]!.replace(/"(?:\\.|[^"])*"|'(?:''|[^'])*'/g, '');
		// The bracket that starts the value, and any inside it, against the closing ones.
		if (text.split(open).length >= text.split(close).length) return { index, key: match[1]!, open };
	}
	return undefined;
}

/** The last `key: "value` line whose quote is not closed on the same line (legal YAML, but never meant in our files). */
function unclosedQuote(lines: string[]) {
	for (let index = lines.length - 1; index >= 0; index--) {
		const match = quotedValueField.exec(lines[index]!);
		if (match && !match[3]!.replace(/\\.|''/g, '').includes(match[2]!)) return { index, key: match[1]!, quote: match[2]! };
	}
	return undefined;
}

type Frame = { path: string[]; index: number; key: string | undefined; isMap: boolean };

/**
 * Maps each key and list item of a YAML document to its line (1-based,
 * relative to the YAML's first line), from js-yaml's event stream, so an error
 * about `rows.0.values.1.value` can point at the line to edit.
 */
function yamlLineIndex(source: string): Map<string, number> {
	const index = new Map<string, number>();
	const lineAt = (offset: number) => source.slice(0, offset).split('\n').length;
	const stack: Frame[] = [];
	const place = (event: Event, offset: number): string[] | undefined => {
		const parent = stack.at(-1);
		if (!parent) return [];
		if (parent.isMap && parent.key === undefined) {
			parent.key = event.type === EVENT_ID.SCALAR ? getScalarValue(source, event) : String(parent.index);
			const path = [...parent.path, parent.key];
			index.set(path.join('.'), lineAt(offset));
			return undefined;
		}
		const path = [...parent.path, parent.isMap ? parent.key! : String(parent.index)];
		if (!parent.isMap) index.set(path.join('.'), lineAt(offset));
		parent.index++;
		parent.key = undefined;
		return path;
	};
	for (const event of parseEvents(source, {})) {
		if (event.type === EVENT_ID.MAPPING || event.type === EVENT_ID.SEQUENCE) {
			const path = place(event, event.start) ?? [];
			stack.push({ path, index: 0, key: undefined, isMap: event.type === EVENT_ID.MAPPING });
		} else if (event.type === EVENT_ID.SCALAR) place(event, event.valueStart);
		else if (event.type === EVENT_ID.ALIAS) place(event, event.anchorStart);
		else if (event.type === EVENT_ID.POP) stack.pop();
	}
	return index;
}

/** Line of the value at `path`, or of its nearest ancestor that is written out. */
export function lineOfPath(source: string, path: ReadonlyArray<PropertyKey>): number | undefined {
	const index = yamlLineIndex(source);
	for (let n = path.length; n > 0; n--) {
		const line = index.get(path.slice(0, n).map(String).join('.'));
		if (line !== undefined) return line;
	}
	return undefined;
}

/**
 * The YAML with every value as the text it is written with (`80.0`, `00120`: read as numbers, they lose the
 * zeros the document prints), in flow style too; nothing when it cannot be read so (a tag such as `!!float`).
 */
export function asWritten(source: string): unknown {
	try {
		return load(source, { schema: FAILSAFE_SCHEMA }) ?? {};
	} catch {
		return {};
	}
}

/**
 * `key: value #2` lines, whose ` #2` YAML reads as a comment, cutting the value short (新潟県DX計画 #2 → 新潟県DX計画)
 * without a word. A comment whose # is against its text is rarely meant as one: the templates' comments are `# …`.
 * Quoted and flow values, and the text of a `|` or `>` block, are left alone.
 */
export function valuesCutByComment(source: string): Array<{ index: number; key: string; kept: string; cut: string }> {
	const found: Array<{ index: number; key: string; kept: string; cut: string }> = [];
	let blockIndent: number | undefined;
	source.split('\n').forEach((line, index) => {
		const indent = /^ */.exec(line)![0].length;
		if (blockIndent !== undefined && (line.trim() === '' || indent > blockIndent)) return;
		blockIndent = undefined;
		if (blockScalarField.test(line)) {
			blockIndent = indent;
			return;
		}
		const match = unquotedValueField.exec(line);
		if (!match || /^[[{]/.test(match[2]!)) return;
		const comment = /\s#(?=\S)/.exec(match[2]!);
		if (comment) found.push({ index, key: match[1]!, kept: match[2]!.slice(0, comment.index).trim(), cut: match[2]!.slice(comment.index).trim() });
	});
	return found;
}
