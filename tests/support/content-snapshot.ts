/** A content snapshot of a few parsed files, for checks that read only some collections, and a report that collects what they say. */
import type { ContentFile, ContentSnapshot, Report } from '../../src/lib/content-check/check-content.ts';
import type { ParsedFile } from '../../src/lib/content-check/read-content.ts';

/** A file `<id>.md` holding `data` (parsed by its schema), as the check's record of it; lines are not looked up. */
export const contentFile = <T>(id: string, data: T): ContentFile<T> => ({ file: `${id}.md`, id, parsed: {} as ParsedFile, data });

/** Only the collections given: the checks tested read no others. */
export const snapshotOf = (collections: Partial<ContentSnapshot>) => ({ consultations: [], plans: [], ...collections }) as unknown as ContentSnapshot;

/** A report that keeps each problem as [file, field path, severity, message]. */
export function collectedReports() {
	const found: Array<[file: string, field: string, severity: string | undefined, message: string]> = [];
	const report: Report = (record, field, message, severity) => found.push([record.file, field.join('.'), severity, message]);
	return { found, report };
}
