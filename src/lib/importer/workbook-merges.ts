/**
 * The merged cells of each sheet of an Excel workbook (.xlsx), which
 * read-excel-file does not give: it reads a merged cell's text into its first
 * cell only. A results table often merges one answer down beside the opinions
 * it answers; knowing the merges, the importer gives each of them the answer,
 * as a Word table's rowspan does. Read from the workbook's own parts
 * (ECMA-376: xl/workbook.xml names the sheets, its relationships give each
 * sheet's part, a sheet's <mergeCell ref="D4:D5"/> its merges).
 */
import { strFromU8, unzipSync } from 'fflate';
import { Parser } from 'htmlparser2';

/** Cells merged down: the column (A = 1) and the first and last rows, by the sheet's row numbers. */
export interface MergedDown {
	column: number;
	top: number;
	bottom: number;
}

/** The attributes of every element named `name` in an XML part. */
function elementsNamed(xml: string, name: string): Array<Record<string, string>> {
	const found: Array<Record<string, string>> = [];
	const parser = new Parser({ onopentag: (tag, attributes) => tag === name && found.push(attributes) }, { xmlMode: true });
	parser.end(xml);
	return found;
}

/** A cell address's row and column: D5 → row 5, column 4. */
function cellAt(address: string): { row: number; column: number } | undefined {
	const match = /^\$?([A-Z]+)\$?(\d+)$/.exec(address.trim().toUpperCase());
	if (!match) return undefined;
	const column = [...match[1]!].reduce((sum, letter) => sum * 26 + letter.charCodeAt(0) - 64, 0);
	return { row: Number(match[2]), column };
}

/** A relationship's target as a path in the package: relative to xl/, or absolute from its root. */
const partPath = (target: string) => (target.startsWith('/') ? target.slice(1) : `xl/${target}`);

/**
 * Each sheet's cells merged down several rows, by the sheet's name; a sheet without any is absent. A merge across
 * columns is given by its first column: the others stay blank, as a heading row merged across the table reads.
 */
export function workbookMergesDown(bytes: Uint8Array): Map<string, MergedDown[]> {
	const parts = unzipSync(bytes, { filter: ({ name }) => name === 'xl/workbook.xml' || name === 'xl/_rels/workbook.xml.rels' || name.startsWith('xl/worksheets/') });
	const text = (path: string) => (parts[path] ? strFromU8(parts[path]) : '');
	const targets = new Map(elementsNamed(text('xl/_rels/workbook.xml.rels'), 'Relationship').map(({ Id, Target }) => [Id, Target]));
	const merges = new Map<string, MergedDown[]>();
	for (const sheet of elementsNamed(text('xl/workbook.xml'), 'sheet')) {
		// The relationship's id, whatever prefix the writer gave its namespace (Excel writes r:id).
		const id = Object.entries(sheet).find(([attribute]) => attribute.endsWith(':id'))?.[1];
		const target = id === undefined ? undefined : targets.get(id);
		if (sheet.name === undefined || target === undefined) continue;
		const down = elementsNamed(text(partPath(target)), 'mergeCell').flatMap(({ ref = '' }) => {
			const [from, to] = ref.split(':').map(cellAt);
			return from && to && to.row > from.row ? [{ column: from.column, top: from.row, bottom: to.row }] : [];
		});
		if (down.length > 0) merges.set(sheet.name, down);
	}
	return merges;
}
