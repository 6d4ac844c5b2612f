/** Shared shapes of the importer's stages (plain text → chapter Markdown). */

/** A spot the importer was unsure about, for a person to check. `line` is 1-based in the source text. */
export interface ReportEntry {
	line: number;
	message: string;
	/** Where the line's text ended up, when in a chapter: `ch2.md:45`, the file and line of the block it is in. */
	place?: string;
}

/** One line of the source text, as the later stages need to see it. */
export interface SourceLine {
	/** 1-based line number in the source text. */
	no: number;
	/** The line without its terminator, form feeds or trailing spaces (tabs kept: they separate table cells). */
	raw: string;
	/** The line without leading and trailing whitespace. */
	text: string;
	/** Leading whitespace (Markdown list nesting, or the extractor's page-start mark). */
	indent: string;
	/** Empty, or whitespace only. */
	blank: boolean;
	/** Blank but not empty: the extractor wrote spaces (a blank line in the PDF, or a footnote rule). */
	spaceOnly: boolean;
	/** Ended in two or more spaces: a Markdown line break in extracts that are already Markdown. */
	hardBreak: boolean;
	/** A form feed preceded the text: the first line of a page. */
	formFeed: boolean;
	/** The page (from 1) the line is on, counting the form feeds before it and on it. */
	page: number;
}

/** What the text as a whole looks like; decides how line breaks are read. */
export interface Layout {
	/** Every text line is followed by an empty line (seed 002): single empty lines carry no meaning. */
	doubleSpaced: boolean;
	/** Width (in half-width columns) at which the extractor wrapped prose, if it did. */
	wrapWidth: number | undefined;
	/**
	 * Without a fixed wrap width: the width of the widest usual lines (90th
	 * percentile). A line that wide which stops mid-sentence was wrapped.
	 */
	typicalWidth: number | undefined;
	/** The extract already uses Markdown (headings, `- ` lists): keep those as written. */
	markdownish: boolean;
}

/** A block of the output Markdown. */
export type Block =
	| { kind: 'heading'; line: number; level: number; text: string; style: string; id?: string }
	| { kind: 'paragraph'; line: number; text: string }
	| { kind: 'list'; line: number; items: ListItem[] }
	| { kind: 'table'; line: number; rows: string[][] };

export interface ListItem {
	/** Nesting depth, 0 for a top-level item. */
	depth: number;
	/** `-`, or `1.` for an ordered item as the extract wrote it. */
	marker: string;
	text: string;
}

/** One output file of a plan folder, relative to the folder. */
export interface OutputFile {
	path: string;
	content: string;
}

/** A chapter file, and the file line on which each of its blocks begins, by the block's first source line. */
export interface ChapterOutput extends OutputFile {
	blockLines: Array<{ source: number; line: number }>;
}

export interface ImportResult {
	/** The plan folder's files. */
	files: OutputFile[];
	/** Glossary entry drafts, relative to the glossary folder. */
	terms: OutputFile[];
	report: ReportEntry[];
	/** The page (from 1) each source line is on, by line number - 1, where the text marks its pages with form feeds (a PDF's text does). */
	pageOfLine?: number[];
}
