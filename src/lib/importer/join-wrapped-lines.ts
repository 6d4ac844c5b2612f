/**
 * Decides what a line break inside a block of text means: a wrap inside a
 * sentence (join, with no space: Japanese has none between words), a
 * paragraph break, or something the text alone does not tell (keep the
 * break as a Markdown line break and report it).
 */
import { startsLikeHeading } from './detect-headings.ts';
import { displayWidth } from './layout.ts';
import { lineRange, quote } from './report.ts';
import type { Layout, ReportEntry } from './types.ts';

/** One line as the joiner sees it. */
export interface JoinLine {
	text: string;
	/** A form feed or the extractor's leading space marked it as the first line of a page. */
	pageStart: boolean;
	/** Ended in a Markdown line break (two spaces) in an extract that is already Markdown. */
	hardBreak: boolean;
}

export interface JoinContext {
	/** The document's wrap width (half-width columns), if it was hard-wrapped. */
	wrapWidth: number | undefined;
	/** The widest line of this block, when the block is hard-wrapped narrower than the page (a column). */
	blockWidth: number | undefined;
	/** Without a wrap width: the width of the document's widest usual lines. */
	typicalWidth: number | undefined;
	/** The text of the block so far, ending with `prev`: an open bracket in it means the sentence goes on. */
	soFar: string;
}

export type JoinDecision =
	| { action: 'join' }
	| { action: 'paragraph'; unsure: boolean }
	| { action: 'hard-break'; unsure: boolean };

export const sentenceEnd = /[。！？!?]$/;
/** A line ending in a comma or a particle stops mid-sentence. */
export const endsMidSentence = /(?:[、，,・：:（「『(［[〔｛]|[をにがはでとへやものて]|及び|並びに|又は|若しくは|より|から|まで)$/;
/** A line starting with closing punctuation, an aside in brackets or を continues the line before. */
export const startsMidSentence = /^(?:[）」』)\]〕｝、。，,：～〜を]|[（(](?![0-9０-９]{1,3}[）)]))/;
const openers = '（「『([〔｛【';
const closers = '）」』)]〕｝】';

/** More opening than closing brackets: the sentence is not over. */
export function hasOpenBracket(text: string): boolean {
	let depth = 0;
	for (const ch of text) {
		if (openers.includes(ch)) depth++;
		else if (closers.includes(ch) && depth > 0) depth--;
	}
	return depth > 0;
}

/** Whether a line is (nearly) as wide as the lines the extractor wrapped. */
export function isFullLine(text: string, width: number | undefined, slack: number): boolean {
	return width !== undefined && displayWidth(text) >= width - slack;
}

export function decideJoin(prev: JoinLine, next: JoinLine, context: JoinContext): JoinDecision {
	if (prev.hardBreak) return { action: 'hard-break', unsure: false };
	if (hasOpenBracket(context.soFar)) return { action: 'join' };
	if (sentenceEnd.test(prev.text)) {
		// A sentence ending exactly at the margin may or may not end its paragraph.
		return { action: 'paragraph', unsure: isFullLine(prev.text, context.wrapWidth, 3) };
	}
	if (endsMidSentence.test(prev.text) || startsMidSentence.test(next.text)) return { action: 'join' };
	if (splitsUrl(prev.text, next.text)) return { action: 'join' };
	// Kinsoku shifts a character or two, and half-width runs make lines a little narrower.
	if (isFullLine(prev.text, context.wrapWidth, 9)) return { action: 'join' };
	if (context.wrapWidth !== undefined && next.pageStart) return { action: 'join' };
	if (isFullLine(prev.text, context.blockWidth, 6) || isFullLine(prev.text, context.typicalWidth, 6)) return { action: 'join' };
	return { action: 'hard-break', unsure: true };
}

const urlTail = /(?:https?:\/\/|www\.)\S*$/;

/** A URL that the wrap cut in two (`…/main_content/000727` + `132.pdf`). */
export function splitsUrl(prev: string, next: string): boolean {
	return /(?:https?:\/\/|www\.)[\w\-./~%?=&#:]*$/.test(prev) && /^[\w\-./~%?=&#]/.test(next);
}

/**
 * Joins two wrapped lines: no space between Japanese text; one space between
 * two words of Latin text, except inside a URL the wrap split.
 */
export function joinLineTexts(prev: string, next: string): string {
	const latinWords = /[A-Za-z,.;:]$/.test(prev) && /^[A-Za-z]/.test(next) && !urlTail.test(prev);
	return latinWords ? `${prev} ${next}` : prev + next;
}

/** The width of a block's wrapped lines, when it has several lines of about that width (a narrow column). */
export function blockWrapWidth(lines: string[]): number | undefined {
	if (lines.length < 3) return undefined;
	const widths = lines.slice(0, -1).map(displayWidth);
	const widest = Math.max(...widths);
	const near = widths.filter((w) => w >= widest - 6).length;
	return widest >= 30 && near >= 2 && near >= widths.length * 0.6 ? widest : undefined;
}

/** A line of a block, with the text to write (stray spaces already removed). */
export interface TextLine extends JoinLine {
	/** Source line number. */
	no: number;
	out: string;
}

/**
 * Joins the lines of one block (no blank line between them) into paragraphs,
 * and reports the breaks it could not read: a sentence ending at the margin,
 * a break kept as a Markdown line break, a run of such breaks (a figure's
 * labels or a table flattened one cell per line); and a line that begins
 * like a numbered heading but was joined onto the line before, since a lost
 * heading shows nowhere else.
 */
export function joinBlock(block: TextLine[], layout: Layout): { paragraphs: Array<{ line: number; text: string }>; report: ReportEntry[] } {
	const paragraphs: Array<{ line: number; text: string }> = [];
	const report: ReportEntry[] = [];
	const blockWidth = blockWrapWidth(block.map((l) => l.text));
	let text = block[0]!.out;
	let raw = block[0]!.text;
	let first = block[0]!.no;
	const unsure: number[] = [];
	const close = () => {
		if (unsure.length >= 3) {
			report.push({
				line: unsure[0]!,
				message: `短い行が続いています（${lineRange(first, unsure.at(-1)!)}）。図の中の文字か崩れた表と思われるため、行ごとに改行（行末の \\）を残しました。表や箇条書きにするか確認してください`,
			});
		} else {
			for (const no of unsure) report.push({ line: no, message: '前の行とつながる文か、別の段落か判断できないため、改行（行末の \\）を残しました' });
		}
		unsure.length = 0;
		paragraphs.push({ line: first, text });
	};
	for (let i = 1; i < block.length; i++) {
		const prev = block[i - 1]!;
		const next = block[i]!;
		const decision = decideJoin(prev, next, { wrapWidth: layout.wrapWidth, blockWidth, typicalWidth: layout.typicalWidth, soFar: raw });
		if (decision.action === 'join') {
			if (startsLikeHeading(next.text)) {
				report.push({ line: next.no, message: `見出しの形の行 ${quote(next.text)} を、前の行から続く文とみなして前の行につなげました。見出しなら、行を分けて見出しにしてください` });
			}
			text = joinLineTexts(text, next.out);
			raw = joinLineTexts(raw, next.text);
		} else if (decision.action === 'hard-break') {
			if (decision.unsure) unsure.push(next.no);
			text = `${text}\\\n${next.out}`;
			raw = `${raw}\n${next.text}`;
		} else {
			if (decision.unsure) report.push({ line: prev.no, message: '行末まで詰まった行が「。」で終わっています。段落の区切りとしましたが、次の行と同じ段落かもしれません' });
			close();
			text = next.out;
			raw = next.text;
			first = next.no;
		}
	}
	close();
	return { paragraphs, report };
}
