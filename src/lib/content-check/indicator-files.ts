/**
 * Checks across a plan's indicators and evaluation tables, beyond each
 * file's own schema: two files must not take the same element id on the
 * plan's indicator page (an error), every figure an indicator records
 * should be in the text of the section it names, and dated within the plan's
 * period, and its target on the side of its baseline its direction says
 * (warnings: a mistyped figure, year or direction, or the wrong section).
 */
import type { OutlineSection } from '../../markdown/chapter-outline.ts';
import { figureAsWritten } from '../indicator-format.ts';
import { parseFiscalYear, reiwaAsHeisei } from '../japanese-dates.ts';
import { evaluationElementIds, indicatorElementIds } from '../indicator-page-ids.ts';
import { targetAgainstDirection } from '../indicator-progress.ts';
import { messages } from '../messages.ts';
import { toFill } from '../scaffold/to-fill.ts';
import { figuresInText, figuresWithFewerPlaces, type StatedNumbers, unstatedFigures } from '../seed-figures.ts';
import type { ContentSnapshot, Report } from './check-content.ts';

export function checkIndicatorFiles(content: ContentSnapshot, report: Report, rel: (file: string) => string): void {
	checkPageIds(content, report, rel);
	checkFiguresInSections(content, report);
	checkYearsInPeriod(content, report);
	checkTargetsAgainstDirection(content, report);
}

/** A target on the wrong side of the baseline for the stated direction: a figure or the direction mistyped (a warning: the page says progress cannot be computed). */
function checkTargetsAgainstDirection(content: ContentSnapshot, report: Report): void {
	for (const indicator of content.indicators) {
		const { direction, values } = indicator.data;
		const against = direction && targetAgainstDirection(values, direction);
		if (against) report(indicator, ['direction'], messages.targetAgainstDirection(direction, figureAsWritten(against.target), figureAsWritten(against.baseline), against.baseline.role), 'warning');
	}
}

/**
 * A figure dated after the plan's period ends, or a target dated before it
 * starts, is most often a year mistyped or converted wrongly from 和暦 (a
 * warning: some plans do state such figures). Baselines before the start are
 * what plans measure from.
 */
function checkYearsInPeriod(content: ContentSnapshot, report: Report): void {
	const periods = new Map(content.plans.map((plan) => [plan.id, plan.data.period]));
	for (const indicator of content.indicators) {
		const period = periods.get(indicator.planId);
		// A template's example years are flagged as left to fill already.
		if (!period || indicator.parsed.yaml.includes(toFill)) continue;
		indicator.data.values.forEach(({ year, role }, i) => {
			if (year === undefined) return;
			if ((period.end !== undefined && year > period.end) || (role === '目標値' && year < period.start))
				report(indicator, ['values', i, 'year'], messages.yearOutsidePeriod(year, role, period.start, period.end), 'warning');
		});
	}
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

/**
 * The ways a plan may state the time an asOf names, width folded: as written, and a 令和 year as 平成 (令和2年度 as
 * 平成32年度), which a plan written before the era changed says and the check has the author write in 令和.
 */
function asOfForms(asOf: string): string[] {
	const written = asOf.normalize('NFKC');
	return [written, ...(reiwaAsHeisei(written) ?? [])];
}

/** Whether an asOf names a time that was (not 平成32年度, R3.13, which are errors of their own). */
function readable(asOf: string): boolean {
	try {
		parseFiscalYear(asOf);
		return true;
	} catch {
		return false;
	}
}

function checkFiguresInSections(content: ContentSnapshot, report: Report): void {
	const chapters = new Map(content.chapters.map((c) => [`${c.planId}/${c.id}`, c]));
	// Several indicators often share a section: read its numbers once.
	const statedIn = new Map<OutlineSection, StatedNumbers>();
	for (const indicator of content.indicators) {
		// A template still being filled in is already flagged line by line.
		if (indicator.parsed.yaml.includes(toFill)) continue;
		const { chapter: chapterId, section: sectionId } = indicator.data;
		const section = chapters.get(`${indicator.planId}/${chapterId}`)?.sections.find((s) => s.id === sectionId);
		// A chapter or section that does not exist is reported as an error already.
		if (!section) continue;
		if (!statedIn.has(section)) statedIn.set(section, figuresInText(`${section.text}\n${section.body}`));
		for (const { field, figure } of unstatedFigures(indicator.data, statedIn.get(section)!)) {
			report(indicator, [...field, 'value'], messages.figureNotInSection(figureAsWritten(figure), chapterId, sectionId), 'warning');
		}
		for (const { field, figure, statedPlaces } of figuresWithFewerPlaces(indicator.data, statedIn.get(section)!)) {
			report(indicator, [...field, 'value'], messages.figureWithFewerPlaces(figureAsWritten(figure), figureAsWritten({ value: figure.value, decimals: statedPlaces }), chapterId, sectionId), 'warning');
		}
		// asOf is the plan's own wording of the time (令和５年度, R6.2末): a slip in it changes the year shown, and year is checked against it.
		const sectionText = `${section.text}\n${section.body}`.normalize('NFKC');
		indicator.data.values.forEach(({ asOf }, i) => {
			if (asOf !== undefined && readable(asOf) && !asOfForms(asOf).some((form) => sectionText.includes(form))) report(indicator, ['values', i, 'asOf'], messages.asOfNotInSection(asOf, chapterId, sectionId), 'warning');
		});
	}
}
