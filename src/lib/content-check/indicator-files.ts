/**
 * Checks across a plan's indicators and evaluation tables, beyond each
 * file's own schema: two files must not take the same element id on the
 * plan's indicator page (an error), and every figure an indicator records
 * should be in the text of the section it names (a warning: a mistyped
 * figure, or the wrong section).
 */
import type { OutlineSection } from '../../markdown/chapter-outline.ts';
import { evaluationElementIds, indicatorElementIds } from '../indicator-page-ids.ts';
import { messages } from '../messages.ts';
import { toFill } from '../scaffold/to-fill.ts';
import { figuresInText, unstatedFigures } from '../seed-figures.ts';
import type { ContentSnapshot, Report } from './check-content.ts';

export function checkIndicatorFiles(content: ContentSnapshot, report: Report, rel: (file: string) => string): void {
	checkPageIds(content, report, rel);
	checkFiguresInSections(content, report);
}

function checkPageIds(content: ContentSnapshot, report: Report, rel: (file: string) => string): void {
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

function checkFiguresInSections(content: ContentSnapshot, report: Report): void {
	const chapters = new Map(content.chapters.map((c) => [`${c.planId}/${c.id}`, c]));
	// Several indicators often share a section: read its numbers once.
	const statedIn = new Map<OutlineSection, Set<number>>();
	for (const indicator of content.indicators) {
		// A template still being filled in is already flagged line by line.
		if (indicator.parsed.yaml.includes(toFill)) continue;
		const { chapter: chapterId, section: sectionId } = indicator.data;
		const section = chapters.get(`${indicator.planId}/${chapterId}`)?.sections.find((s) => s.id === sectionId);
		// A chapter or section that does not exist is reported as an error already.
		if (!section) continue;
		if (!statedIn.has(section)) statedIn.set(section, figuresInText(`${section.text}\n${section.body}`));
		for (const { field, value } of unstatedFigures(indicator.data, statedIn.get(section)!)) {
			report(indicator, [...field, 'value'], messages.figureNotInSection(value, chapterId, sectionId), 'warning');
		}
	}
}
