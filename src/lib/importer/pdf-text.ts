/**
 * The text of a plan's PDF, so staff can give the importer the PDF itself
 * instead of text copied out of it. PDF.js (through unpdf) gives each page's
 * text in the order it is drawn, a line break where a line ends; pages are
 * separated by a form feed, as pdftotext writes them, so the importer reads
 * page numbers, running headers and paragraphs across a page break as it does
 * in a saved text file. The rule a page draws above its footnotes is not text:
 * where the last lines of a page are in a smaller type than the line above them
 * and start with a note's number, a line of 「―」 is written above them, as the
 * importer reads a rule (footnotes.ts). Pure: takes the file's bytes.
 */
import { extractTextItems, getDocumentProxy } from 'unpdf';
import { definitionStart } from './footnotes.ts';
import { isPageNumber } from './furniture.ts';
import { ImportError } from './import-plan.ts';

export interface PdfText {
	/** The pages' text, a form feed before each page after the first. */
	text: string;
	pages: number;
	/** Pages (from 1) with no text but their page number and running header: a figure or a scanned image only. */
	pagesWithoutText: number[];
}

/** A line of a page: its text (an indent kept), the type size most of its characters are in, and its parts set apart by wide gaps. */
interface PageLine {
	text: string;
	size: number;
	cells: string[];
}

/** What the importer reads as the rule above a page's footnotes. */
export const footnoteRule = '―'.repeat(10);


type TextItem = Awaited<ReturnType<typeof extractTextItems>>['items'][number][number];

/** The type size with the most characters (0 for none). */
const commonest = (characters: ReadonlyMap<number, number>) => [...characters].sort((a, b) => b[1] - a[1])[0]?.[0] ?? 0;

/** Counts characters by type size. */
function count(characters: Map<number, number>, size: number, text: string) {
	if (text.trim()) characters.set(size, (characters.get(size) ?? 0) + text.length);
}

/**
 * A gap between text items this many times the type size or wider parts a line's cells: a table's columns
 * are set apart so; a gap of 1 em (a number set apart from its title, justified text) is not. A space
 * character, full-width or not, is text, not a gap.
 */
const cellGap = 1.5;

/** The items' lines: text up to each line end, sized by the size most of its characters are in. */
function linesOfItems(items: readonly TextItem[]): PageLine[] {
	const lines: PageLine[] = [];
	let text = '';
	let cells: string[] = [];
	let end = -Infinity;
	let characters = new Map<number, number>();
	const endLine = () => {
		if (text.trim()) lines.push({ text: text.trimEnd(), size: commonest(characters), cells: cells.map((cell) => cell.trim()) });
		text = '';
		cells = [];
		end = -Infinity;
		characters = new Map();
	};
	for (const item of items) {
		text += item.str;
		count(characters, Math.round(item.fontSize * 10) / 10, item.str);
		// Where the text is: PDF.js's spaces stand for gaps of any width.
		if (item.str.trim()) {
			if (cells.length === 0 || item.x - end >= cellGap * item.fontSize) cells.push(item.str);
			else cells[cells.length - 1] += item.str;
			end = item.x + item.width;
		} else if (cells.length > 0) cells[cells.length - 1] += item.str;
		if (item.hasEOL) endLine();
	}
	endLine();
	return withTableRows(lines);
}

/**
 * A table's rows, tab-separated as the importer reads a table (tables.ts): two lines or more in a row, each of
 * three parts or more set apart. A line alone, or of two parts (a number and its title set apart by a tab
 * stop, as Word sets numbered headings and lists), stays as it is.
 */
function withTableRows(lines: PageLine[]): PageLine[] {
	const isRow = (line: PageLine | undefined) => (line?.cells.length ?? 0) >= 3;
	return lines.map((line, i) => (isRow(line) && (isRow(lines[i - 1]) || isRow(lines[i + 1])) ? { ...line, text: line.cells.join('\t') } : line));
}

/**
 * Where a page's footnotes start: its last lines (page numbers and running headers passed over), when they are in
 * a smaller type than the line above them and the first begins with a note's number; undefined where it has none.
 */
function footnotesAt(lines: readonly PageLine[], isFurniture: (line: PageLine) => boolean): number | undefined {
	const text = lines.map((line) => (isFurniture(line) ? undefined : line));
	const last = text.findLastIndex(Boolean);
	if (last === -1) return undefined;
	const size = text[last]!.size;
	let start = last;
	for (let i = last - 1; i >= 0; i--) {
		const line = text[i];
		if (!line) continue;
		if (line.size >= size * 1.1) break;
		start = i;
	}
	// Smaller than the text above them too, not only than a heading: a page's last paragraph under its heading is no footnote.
	const characters = new Map<number, number>();
	for (const line of text.slice(0, start)) if (line) count(characters, line.size, line.text);
	return size < commonest(characters) * 0.9 && definitionStart.test(text[start]!.text.trim()) ? start : undefined;
}

export async function pdfText(bytes: Uint8Array): Promise<PdfText> {
	let pages: PageLine[][];
	try {
		// PDF.js takes the buffer over, so it gets a copy.
		pages = (await extractTextItems(await getDocumentProxy(new Uint8Array(bytes), { verbosity: 0 }))).items.map(linesOfItems);
	} catch (error) {
		if ((error as Error).name === 'PasswordException') {
			throw new ImportError('PDF にパスワードが掛かっているため読めません — パスワードを外した PDF を指定するか、PDF の文字をすべてコピーしてテキストファイルに保存し、そのファイルを指定してください');
		}
		throw new ImportError(`PDF として読めません（${(error as Error).message}）— ファイルが壊れていないか、PDF ビューアで開いて確かめてください。開けるなら、文字をすべてコピーしてテキストファイルに保存し、そのファイルを指定してください`);
	}
	if (pages.every((lines) => lines.length === 0)) {
		throw new ImportError('この PDF には文字の情報がありません（紙をスキャンした画像の PDF など）— 文字を選択できる PDF を指定するか、文字認識（OCR）をしたテキストを指定してください');
	}
	// A line on most pages is their running header or footer.
	const pagesWith = new Map<string, number>();
	for (const text of pages.flatMap((lines) => [...new Set(lines.map(({ text }) => text.trim()))])) pagesWith.set(text, (pagesWith.get(text) ?? 0) + 1);
	const isFurniture = ({ text }: PageLine) => isPageNumber(text.trim()) || (pages.length > 2 && pagesWith.get(text.trim())! > pages.length / 2);
	const pagesWithoutText = pages.flatMap((lines, i) => (lines.every(isFurniture) ? [i + 1] : []));
	const pageTexts = pages.map((lines) => {
		const notes = footnotesAt(lines, isFurniture);
		return lines.flatMap(({ text }, i) => (i === notes ? [footnoteRule, text] : [text])).join('\n');
	});
	return { text: `${pageTexts.join('\n\f')}\n`, pages: pages.length, pagesWithoutText };
}
