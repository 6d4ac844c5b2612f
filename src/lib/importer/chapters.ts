/**
 * Where each output file begins. A 第N章 line starts chapter N (`chN.md`);
 * text before the first chapter is a summary/前文 (`summary.md`, order 0);
 * a document without chapters is one file (`main.md`); a back-matter title
 * on its own line (用語解説, 参考資料 …) starts a file of its own after the
 * chapters; the same title again inside its part is the header of a later
 * page, dropped. When the body lost its chapter headings but the 目次 has them,
 * a chapter begins at the first body line that is one of its 目次 entries.
 */
import { lineRange, quote } from './report.ts';
import { chapterNumber, tocEntries, tocKey, type Toc, type TocChapter } from './toc.ts';
import type { ReportEntry, SourceLine } from './types.ts';

export interface FileStart {
	/** Source line where the file's content begins. */
	line: number;
	/** File name without `.md`: `ch2`, `summary`, `glossary`. */
	id: string;
	order: number;
	/** The document's chapter label, verbatim (`第２章`). */
	number: string | undefined;
	/** Title from the document; undefined when the document gives none. */
	title: string | undefined;
	/** Source lines that are the chapter heading itself (written to the frontmatter instead). */
	consumed: number[];
}

export interface ChapterPlan {
	files: FileStart[];
	/** Lines to leave out (chapter tabs printed again on later pages), with the reason. */
	dropped: Map<number, string>;
	/** Body lines that are 目次 entries: page titles, written as `##` headings. */
	tocHeadings: Set<number>;
	report: ReportEntry[];
}

const chapterPattern = /^(第[0-9０-９一二三四五六七八九十]+章)(?:[\s\u3000]+(\S.*))?$/;
const backMatter = /^(用語解説|用語集|参考資料|資料編|付録|附録)$/;

interface ChapterLine {
	line: SourceLine;
	number: string;
	n: number;
	title: string | undefined;
}

function chapterLineOf(line: SourceLine): ChapterLine | undefined {
	const match = chapterPattern.exec(line.text);
	if (!match || [...line.text].length > 40 || /[。、]$/.test(line.text)) return undefined;
	return { line, number: match[1]!, n: chapterNumber(match[1]!), title: match[2]?.trim() };
}

const isShortTitle = (line: SourceLine | undefined) =>
	line !== undefined && !line.blank && [...line.text].length <= 30 && !/[。、]$/.test(line.text) && !line.raw.includes('\t') && !/^[-*#|<]/.test(line.text);

export function planChapters(lines: SourceLine[], toc: Toc | undefined, skip: Set<number>): ChapterPlan {
	const report: ReportEntry[] = [];
	const dropped = new Map<number, string>();
	const body = lines.filter((l) => !skip.has(l.no) && !(toc && l.no >= toc.start && l.no <= toc.end));
	const nextText = (line: SourceLine) => body.find((l) => l.no > line.no && !l.blank);

	// Body lines that are 目次 entries.
	const tocHeadings = new Set<number>();
	const entryKeys = new Set(toc ? tocEntries(toc).flatMap((entry) => entry.keys) : []);
	for (const line of body) {
		if (line.blank || !isShortTitle(line) || chapterLineOf(line)) continue;
		if (entryKeys.has(tocKey(line.text))) tocHeadings.add(line.no);
	}

	const explicit = body.map(chapterLineOf).filter((c): c is ChapterLine => c !== undefined);
	const starts: FileStart[] = [];
	const start = (c: { line: number; number: string; n: number; title: string | undefined; consumed: number[] }) =>
		starts.push({ line: c.line, id: `ch${c.n}`, order: c.n, number: c.number, title: c.title, consumed: c.consumed });
	/** The heading line, and the title on the next line when the heading line has none. */
	const headingLines = (c: ChapterLine) => {
		if (c.title !== undefined) return { title: c.title, consumed: [c.line.no] };
		const next = nextText(c.line);
		if (isShortTitle(next) && !chapterLineOf(next!)) return { title: next!.text, consumed: [c.line.no, next!.no] };
		return { title: undefined, consumed: [c.line.no] };
	};
	const dropTab = (c: ChapterLine, why: string) => {
		const { consumed, title } = headingLines(c);
		for (const no of consumed) dropped.set(no, 'chapter tab');
		report.push({ line: c.line.no, message: `${quote(c.number + (title ? ` ${title}` : ''))}（${lineRange(consumed[0]!, consumed.at(-1))}）は${why}ため、ページの見出し（つめ）とみなして除きました` });
	};

	if (toc && toc.chapters.length > 0) {
		let after = toc.end;
		for (const [index, chapter] of toc.chapters.entries()) {
			const entryStart = firstEntryLine(chapter, body, tocHeadings, after);
			// A 第N章 line followed by a page title of an earlier chapter is a tab, not the chapter's start.
			const earlierKeys = new Set(toc.chapters.slice(0, index).flatMap((c) => c.entries.flatMap((e) => e.keys)));
			const heading = explicit.find(
				(c) =>
					c.n === chapter.n &&
					c.line.no > after &&
					!body.some((l) => l.no > c.line.no && l.no < (entryStart?.line ?? Infinity) && tocHeadings.has(l.no) && earlierKeys.has(tocKey(l.text))),
			);
			const startLine = Math.min(heading?.line.no ?? Infinity, entryStart?.line ?? Infinity);
			if (startLine === Infinity) {
				report.push({ line: chapter.line, message: `目次の ${quote(`${chapter.number} ${chapter.title}`)} の始まりが本文に見つからないため、この章のファイルは作りませんでした。前の章に含まれています` });
				continue;
			}
			if (heading && heading.line.no === startLine) {
				const { title, consumed } = headingLines(heading);
				start({ line: startLine, number: heading.number, n: chapter.n, title: title ?? (chapter.title || undefined), consumed });
			} else {
				start({ line: startLine, number: chapter.number, n: chapter.n, title: chapter.title || undefined, consumed: [] });
				const which = entryStart!.first ? '最初の項目' : `最初の項目 ${quote(chapter.entries[0]!.title)} が本文に見つからず、項目 ${quote(entryStart!.title)}`;
				report.push({
					line: startLine,
					message: `本文に ${chapter.number} の見出しがないため、目次の${which}に当たる行から ${chapter.number}（ch${chapter.n}.md）としました。章番号と題名は目次（l.${chapter.line}）から取りました。章の境目を確認してください`,
				});
			}
			after = startLine;
		}
		// Other 第N章 lines after the 目次 repeat a chapter already started: page tabs.
		for (const c of explicit) {
			if (c.line.no <= toc.end || starts.some((s) => s.consumed.includes(c.line.no)) || dropped.has(c.line.no)) continue;
			const inside = starts.findLast((s) => s.line <= c.line.no);
			dropTab(c, inside ? `${inside.number ?? inside.id} の途中にある` : '目次の章の始まりより前にある');
		}
	} else {
		let last = 0;
		for (const c of explicit) {
			if (c.n <= last) {
				dropTab(c, `${c.number} がすでに始まっている`);
				continue;
			}
			if (c.n !== last + 1) report.push({ line: c.line.no, message: `${c.number} の前の章（第${last + 1}章）が見つかりません。章の見出しが抜けていないか確認してください` });
			const { title, consumed } = headingLines(c);
			if (title === undefined) report.push({ line: c.line.no, message: `${c.number} の題名が見つからないため、frontmatter の title を空にしました。記入してください` });
			start({ line: c.line.no, number: c.number, n: c.n, title, consumed });
			last = c.n;
		}
	}

	// Back matter after the chapters: 用語解説, 参考資料 ….
	const firstChapter = starts[0]?.line;
	let order = Math.max(0, ...starts.map((s) => s.order));
	const backMatterParts = new Set<FileStart>();
	for (const line of body) {
		if (firstChapter === undefined || line.no <= firstChapter || !backMatter.test(line.text)) continue;
		// Its own title again inside a back-matter part (the extract repeats 用語解説 atop a later page) is the
		// page's header: the part goes on. A second part would split it, and a glossary's term drafts with it.
		const open = starts.filter((s) => s.line < line.no).toSorted((a, b) => a.line - b.line).at(-1);
		if (open && backMatterParts.has(open) && open.title === line.text) {
			dropped.set(line.no, 'running header');
			report.push({ line: line.no, message: `${quote(line.text)} は l.${open.line} から続く${open.title}の途中にあるため、ページの見出し（柱）とみなして除きました。分けずに一続きとして読んでいます` });
			continue;
		}
		const id = /用語/.test(line.text) ? 'glossary' : 'appendix';
		const taken = starts.filter((s) => s.id === id || s.id.startsWith(`${id}-`)).length;
		const part: FileStart = { line: line.no, id: taken > 0 ? `${id}-${taken + 1}` : id, order: ++order, number: undefined, title: line.text, consumed: [line.no] };
		starts.push(part);
		backMatterParts.add(part);
		// import-plan.ts reports what became of a 用語解説: term drafts, or this file.
		if (id !== 'glossary') report.push({ line: line.no, message: `${quote(line.text)} 以降を別のファイル（${id}.md）にしました` });
	}

	starts.sort((a, b) => a.line - b.line);
	const firstContent = body.find((l) => !l.blank && !dropped.has(l.no));
	if (starts.length === 0) {
		starts.push({ line: 1, id: 'main', order: 1, number: undefined, title: undefined, consumed: [] });
	} else if (firstContent && firstContent.no < starts[0]!.line) {
		starts.unshift({ line: 1, id: 'summary', order: 0, number: undefined, title: undefined, consumed: [] });
		report.push({ line: firstContent.no, message: `最初の章より前の文章（${lineRange(firstContent.no, starts[1]!.line - 1)}）を summary.md（order: 0）にしました。表紙・概要など、何の部分か確認して title を記入してください` });
	}
	return { files: starts, dropped, tocHeadings, report };
}

/** The first body line after `after` that is one of the chapter's 目次 entries. */
function firstEntryLine(chapter: TocChapter, body: SourceLine[], tocHeadings: Set<number>, after: number) {
	let best: { line: number; title: string; first: boolean } | undefined;
	chapter.entries.forEach((entry, index) => {
		const keys = new Set(entry.keys);
		const line = body.find((l) => l.no > after && tocHeadings.has(l.no) && keys.has(tocKey(l.text)));
		if (line && (!best || line.no < best.line)) best = { line: line.no, title: entry.title, first: index === 0 };
	});
	return best;
}
