/**
 * Checks across a plan's indicators and evaluation tables, beyond each
 * file's own schema: two files must not take the same element id on the
 * plan's indicator page.
 */
import { evaluationElementIds, indicatorElementIds } from '../indicator-page-ids.ts';
import { messages } from '../messages.ts';
import type { ContentSnapshot, Report } from './check-content.ts';

export function checkIndicatorFiles(content: ContentSnapshot, report: Report, rel: (file: string) => string): void {
	// Ids come from file names; the clash is reported at the heading that carries the id (name, title).
	const files = [
		...content.indicators.map((record) => ({ record, heading: 'name', ids: Object.values(indicatorElementIds(record.id)) })),
		...content.evaluations.map((record) => ({ record, heading: 'title', ids: Object.values(evaluationElementIds(record.id)) })),
	];
	const owners = new Map<string, string>();
	for (const { record, heading, ids } of files) {
		const clash = ids.find((id) => owners.has(`${record.planId}#${id}`));
		if (clash !== undefined) report(record, [heading], messages.indicatorPageIdClash(clash, owners.get(`${record.planId}#${clash}`)!, record.planId));
		else for (const id of ids) owners.set(`${record.planId}#${id}`, rel(record.file));
	}
}
