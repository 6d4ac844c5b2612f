/**
 * Footnotes as PDF extraction leaves them: the number glued to the text
 * (`活用されています1。`) and, at the bottom of the page, a rule (a line of
 * spaces) followed by `1 総務省.「…」`. They become Markdown footnotes
 * (`活用されています[^1]。`, `[^1]: 総務省.「…」`) only when that is
 * unambiguous: the definitions follow a rule, are numbered in sequence, and
 * each number occurs exactly once, glued, in the text of the page above (or
 * at the start of a line, glued to the last letter of the line it wrapped from).
 * Anything else stays as extracted and is reported.
 */
import { isFootnoteRule } from './furniture.ts';
import { joinLineTexts } from './join-wrapped-lines.ts';
import { lineRange } from './report.ts';
import type { Layout, ReportEntry, SourceLine } from './types.ts';

export interface FootnoteDefinition {
	/** The document's own number. */
	n: number;
	/** Text as extracted, lines joined (spaces are cleaned later, with the rest). */
	text: string;
	/** Source line of the definition's first line. */
	line: number;
}

export interface Footnotes {
	definitions: FootnoteDefinition[];
	/** Source lines that are part of a converted footnote area (rule and definitions). */
	consumed: Set<number>;
	/** Line texts with `[^n]` put in place of the glued number. */
	textWithReferences: Map<number, string>;
	/** First lines of definitions left unconverted: plain paragraphs, never headings. */
	leftDefinitions: Set<number>;
	/** Continuation lines of unconverted definitions. */
	leftContinuations: Set<number>;
	report: ReportEntry[];
}

/** A footnote definition's first line: its number, then its text (`1 総務省「…」`). */
export const definitionStart = /^([0-9]{1,2})[ \u3000]+(\S.*)$/;
const japanese = '\\p{Script=Han}\\p{Script=Hiragana}\\p{Script=Katakana}ー）」』';

/** Where footnote number `n` may be glued to the text: after a Japanese letter, before punctuation or a particle. */
function referencePattern(n: number): RegExp {
	return new RegExp(`(?<=[${japanese}])(?<!第)${n}(?=[。、，」』）をのがはにでともへや]|$)`, 'gu');
}

interface Area {
	rule: number;
	end: number;
	definitions: Array<FootnoteDefinition & { lines: number[] }>;
}

/** Footnote areas: a rule, then numbered definitions, up to the next page's first line. */
function findAreas(lines: SourceLine[], layout: Layout, skip: Set<number>): Area[] {
	const areas: Area[] = [];
	// The extractor marks a page's first line with a leading space in wrapped PDF text.
	const pageStart = (l: SourceLine) => !layout.markdownish && l.indent.length > 0 && !l.blank;
	for (let i = 0; i < lines.length; i++) {
		if (skip.has(lines[i]!.no) || !isFootnoteRule(lines[i]!)) continue;
		let j = i + 1;
		while (j < lines.length && lines[j]!.blank && !lines[j]!.spaceOnly) j++;
		if (j >= lines.length || !definitionStart.test(lines[j]!.text)) continue;
		const area: Area = { rule: lines[i]!.no, end: lines[i]!.no, definitions: [] };
		let emptyRun = 0;
		for (; j < lines.length; j++) {
			const line = lines[j]!;
			// The notes end with their page: at the next page's first line, past the page number below them.
			if (skip.has(line.no)) continue;
			if (line.spaceOnly || isFootnoteRule(line) || line.formFeed) break;
			if (line.blank) {
				emptyRun++;
				if (emptyRun > (layout.doubleSpaced ? 1 : 0)) break;
				continue;
			}
			emptyRun = 0;
			if (pageStart(line)) break;
			const start = definitionStart.exec(line.text);
			if (start) area.definitions.push({ n: Number(start[1]), text: start[2]!, line: line.no, lines: [line.no] });
			else {
				const current = area.definitions.at(-1)!;
				current.text = joinLineTexts(current.text, line.text);
				current.lines.push(line.no);
			}
			area.end = line.no;
		}
		areas.push(area);
		i = j - 1;
	}
	return areas;
}

export function findFootnotes(lines: SourceLine[], layout: Layout, skip: Set<number>): Footnotes {
	const definitions: FootnoteDefinition[] = [];
	const consumed = new Set<number>();
	const textWithReferences = new Map<number, string>();
	const leftDefinitions = new Set<number>();
	const leftContinuations = new Set<number>();
	const report: ReportEntry[] = [];
	const areas = findAreas(lines, layout, skip);
	let windowStart = 1;
	let previous: number | undefined;

	for (const area of areas) {
		const body = lines.filter((l) => l.no >= windowStart && l.no < area.rule && !skip.has(l.no) && !consumed.has(l.no) && !l.blank);
		const found: Array<{ def: Area['definitions'][number]; line: SourceLine; index: number }> = [];
		let ok = true;
		for (const def of area.definitions) {
			if (previous !== undefined && def.n !== previous + 1) {
				report.push({ line: def.line, message: `脚注の番号 ${def.n} が前の脚注（${previous}）から続いていないため、脚注に変換しませんでした` });
				ok = false;
				break;
			}
			const candidates = body.flatMap((line, k) => {
				// A number the line wrapped before is glued to the last letter of the line above (活用されています / 1。).
				const above = k > 0 ? [...(textWithReferences.get(body[k - 1]!.no) ?? body[k - 1]!.text)].at(-1)! : '';
				return [...(above + (textWithReferences.get(line.no) ?? line.text)).matchAll(referencePattern(def.n))]
					.filter((m) => m.index >= above.length)
					.map((m) => ({ line, index: m.index - above.length }));
			});
			if (candidates.length !== 1) {
				const lines = [...new Set(candidates.map((c) => `l.${c.line.no}`))].join(', ');
				const where = candidates.length === 0 ? '本文に見つからない' : `本文に ${candidates.length} か所（${lines}）ある`;
				report.push({ line: def.line, message: `脚注 ${def.n} の参照番号が${where}ため、この脚注欄（${lineRange(def.line, area.end)}）は抽出されたまま本文に残しました` });
				ok = false;
				break;
			}
			found.push({ def, line: candidates[0]!.line, index: candidates[0]!.index });
			previous = def.n;
		}
		windowStart = area.end + 1;
		if (!ok) {
			previous = area.definitions.at(-1)?.n ?? previous;
			for (const def of area.definitions) {
				leftDefinitions.add(def.line);
				for (const no of def.lines.slice(1)) leftContinuations.add(no);
			}
			continue;
		}
		consumed.add(area.rule);
		// Right to left within a line, so earlier offsets stay valid.
		for (const { def, line, index } of [...found].sort((a, b) => a.line.no - b.line.no || b.index - a.index)) {
			const text = textWithReferences.get(line.no) ?? line.text;
			textWithReferences.set(line.no, `${text.slice(0, index)}[^${def.n}]${text.slice(index + String(def.n).length)}`);
		}
		for (const { def } of found) {
			for (const no of def.lines) consumed.add(no);
			definitions.push({ n: def.n, text: def.text, line: def.line });
		}
	}
	return { definitions, consumed, textWithReferences, leftDefinitions, leftContinuations, report };
}
