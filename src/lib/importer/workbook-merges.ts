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

/** A rectangle of merged cells, by the sheet's row numbers and column numbers (A = 1). */
export interface MergedRange {
	top: number;
	left: number;
	bottom: number;
	right: number;
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

/** Each sheet's merged ranges, by the sheet's name; a sheet without merges is absent. */
export function workbookMerges(bytes: Uint8Array): Map<string, MergedRange[]> {
	const parts = unzipSync(bytes, { filter: ({ name }) => name === 'xl/workbook.xml' || name === 'xl/_rels/workbook.xml.rels' || name.startsWith('xl/worksheets/') });
	const text = (path: string) => (parts[path] ? strFromU8(parts[path]) : '');
	const targets = new Map(elementsNamed(text('xl/_rels/workbook.xml.rels'), 'Relationship').map(({ Id, Target }) => [Id, Target]));
	const merges = new Map<string, MergedRange[]>();
	for (const sheet of elementsNamed(text('xl/workbook.xml'), 'sheet')) {
		// The relationship's id, whatever prefix the writer gave its namespace (Excel writes r:id).
		const id = Object.entries(sheet).find(([attribute]) => attribute.endsWith(':id'))?.[1];
		const { name } = sheet;
		const target = id === undefined ? undefined : targets.get(id);
		if (name === undefined || target === undefined) continue;
		const ranges = elementsNamed(text(partPath(target)), 'mergeCell').flatMap(({ ref = '' }) => {
			const [from, to = from] = ref.split(':').map(cellAt);
			return from && to ? [{ top: from.row, left: from.column, bottom: to.row, right: to.column }] : [];
		});
		if (ranges.length > 0) merges.set(name, ranges);
	}
	return merges;
}
