/**
 * The text of a plan's PDF, so staff can give the importer the PDF itself
 * instead of text copied out of it. PDF.js (through unpdf) reads each page's
 * text in the order it is drawn, a line break where a line ends; pages are
 * separated by a form feed, as pdftotext writes them, so the importer reads
 * page numbers, running headers and paragraphs across a page break as it does
 * in a saved text file. Pure: takes the file's bytes.
 */
import { extractText, getDocumentProxy } from 'unpdf';
import { isPageNumber } from './furniture.ts';
import { ImportError } from './import-plan.ts';

/** A PDF file starts with %PDF- (within its first 1024 bytes, the format allows). */
export function isPdf(bytes: Uint8Array): boolean {
	return Buffer.from(bytes.subarray(0, 1024)).includes('%PDF-');
}

export interface PdfText {
	/** The pages' text, a form feed before each page after the first. */
	text: string;
	pages: number;
	/** Pages (from 1) with no text but their page number and running header: a figure or a scanned image only. */
	pagesWithoutText: number[];
}

export async function pdfText(bytes: Uint8Array): Promise<PdfText> {
	let pages: string[];
	try {
		// PDF.js takes the buffer over, so it gets a copy.
		pages = (await extractText(await getDocumentProxy(new Uint8Array(bytes), { verbosity: 0 }))).text;
	} catch (error) {
		if ((error as Error).name === 'PasswordException') {
			throw new ImportError('PDF にパスワードが掛かっているため読めません — パスワードを外した PDF を指定するか、PDF の文字をすべてコピーしてテキストファイルに保存し、そのファイルを指定してください');
		}
		throw new ImportError(`PDF として読めません（${(error as Error).message}）— ファイルが壊れていないか、PDF ビューアで開いて確かめてください。開けるなら、文字をすべてコピーしてテキストファイルに保存し、そのファイルを指定してください`);
	}
	const linesOf = pages.map((page) => page.split('\n').map((line) => line.trim()).filter(Boolean));
	// A line on most pages is their running header or footer.
	const pagesWith = new Map<string, number>();
	for (const line of linesOf.flatMap((lines) => [...new Set(lines)])) pagesWith.set(line, (pagesWith.get(line) ?? 0) + 1);
	const isFurniture = (line: string) => isPageNumber(line) || (pages.length > 2 && pagesWith.get(line)! > pages.length / 2);
	const pagesWithoutText = linesOf.flatMap((lines, i) => (lines.every(isFurniture) ? [i + 1] : []));
	if (linesOf.every((lines) => lines.length === 0)) {
		throw new ImportError('この PDF には文字の情報がありません（紙をスキャンした画像の PDF など）— 文字を選択できる PDF を指定するか、文字認識（OCR）をしたテキストを指定してください');
	}
	return { text: `${pages.map((page) => page.replace(/\n+$/, '')).join('\n\f')}\n`, pages: pages.length, pagesWithoutText };
}
