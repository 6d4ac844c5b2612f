/** Zod issues rewritten for content authors: field names as written in the file, Japanese, with a fix. */
import { z } from 'astro/zod';
import { type EraYear, eraSpan, isoMonthOrDay, parseEraYear, reiwaToWestern } from '../japanese-dates.ts';
import { messages } from '../messages.ts';
import { meantValue } from './meant-value.ts';
import { nearestName } from '../nearest-name.ts';
import { asWritten, lineOfPath } from './yaml-source.ts';
import { type FieldHelp, fieldHelp } from '../../schemas/field-help.ts';

export interface AuthorIssue {
	/** Path of the field in the file, for finding its line. */
	path: PropertyKey[];
	message: string;
}

/** A field's place as authors read it: 「otherDefinitions › 1番目 › source」, not otherDefinitions.0.source. */
export const fieldName = (path: readonly PropertyKey[]) => path.map((p) => (typeof p === 'number' ? messages.nthItem(p + 1) : String(p))).join(' › ');

/** Which values the field takes, with the one a written text most likely means. */
/** `optionalKey`: the field's key when it may be left out, said as a way to mend it where no value is meant (stage: 案). */
const notOneOf = (written: unknown, values: readonly unknown[], optionalKey?: string) => {
	const meant = typeof written === 'string' ? meantValue(written, values.map(String)) : undefined;
	return messages.notOneOf(written, values, meant) + (meant === undefined && optionalKey !== undefined ? messages.fieldMayBeLeftOut(optionalKey) : '');
};

function valueAt(data: unknown, path: PropertyKey[]): unknown {
	return path.reduce<unknown>((value, key) => (value && typeof value === 'object' ? (value as Record<PropertyKey, unknown>)[key] : undefined), data);
}

/** What a schema wraps (optional, default, nullable, a pipe's input), or undefined. */
function inner(schema: z.ZodType): z.ZodType | undefined {
	if (schema instanceof z.ZodOptional || schema instanceof z.ZodNullable || schema instanceof z.ZodDefault) return schema.unwrap() as z.ZodType;
	if (schema instanceof z.ZodPipe) return schema.in as z.ZodType;
	return undefined;
}

/** A schema without the wrappers that do not change its shape (optional, default, nullable, pipe). */
function unwrapped(schema: z.ZodType): z.ZodType {
	let shape = schema;
	for (let next = inner(shape); next; next = inner(shape)) shape = next;
	return shape;
}

/** The schema of the field at `path` (as declared, optional or not); undefined where the path leaves the schema. */
function fieldSchema(schema: z.ZodType, path: PropertyKey[]): z.ZodType | undefined {
	let field: z.ZodType | undefined = schema;
	for (const key of path) {
		if (field) field = unwrapped(field);
		if (field instanceof z.ZodObject) field = field.shape[String(key)] as z.ZodType | undefined;
		else if (field instanceof z.ZodArray) field = field.element as z.ZodType;
		else if (field instanceof z.ZodRecord) field = field.valueType as z.ZodType;
		else if (field instanceof z.ZodUnion) field = (field.options as z.ZodType[]).map((option) => fieldSchema(option, [key])).find(Boolean);
		else return undefined;
	}
	return field;
}

/** The help registered on the field at `path`, or on a schema it wraps. */
function helpAt(schema: z.ZodType, path: PropertyKey[]): FieldHelp | undefined {
	for (let field = fieldSchema(schema, path); field; field = inner(field)) {
		const help = fieldHelp.get(field);
		if (help) return help;
	}
	return undefined;
}

/** What an unknown key most likely is: publish in an indicator or evaluation table, a flow mapping split at a thousands comma ({ value: 3,477 }), or a typo of a field the place takes and the file lacks. */
function unknownFieldMessage(schema: z.ZodType, data: unknown, path: PropertyKey[], key: string): string {
	if (path.length === 0 && key === 'publish') return messages.publishOnlyOnEntries();
	if (/^\d+$/.test(key) && path.length > 0) return messages.thousandsComma(fieldName(path));
	const field = fieldSchema(schema, path);
	const place = field && unwrapped(field);
	const group = place instanceof z.ZodObject ? groupTaking(place, key) : undefined;
	if (group) return messages.fieldOfGroupNotIndented(key, group);
	const written = valueAt(data, path);
	const missing = place instanceof z.ZodObject ? Object.keys(place.shape).filter((field) => !(written && typeof written === 'object' && field in written)) : [];
	return messages.unknownField(fieldName([...path, key]), key, missing);
}

/** The group field of `place` (source:) whose fields include `key`: written at the group's level, it lost its indent (editorial: true under source:). */
function groupTaking(place: z.ZodObject, key: string): string | undefined {
	return Object.entries(place.shape).find(([, field]) => {
		const group = unwrapped(field as z.ZodType);
		return (group instanceof z.ZodObject || group instanceof z.ZodUnion) && fieldSchema(group, [key]) !== undefined;
	})?.[0];
}

/** Whether the field at `path` is written with its value after a 「#」 (title: #1の計画), which YAML reads as a comment, leaving it empty. */
function valueIsComment(yaml: string | undefined, path: PropertyKey[]): boolean {
	const key = path.at(-1);
	if (yaml === undefined || typeof key !== 'string') return false;
	const line = lineOfPath(yaml, path);
	return line !== undefined && new RegExp(`^\\s*(?:-\\s+)?${key}:\\s+#\\S`).test(yaml.split('\n')[line - 1] ?? '');
}

/** A number as the file writes it: YAML reads 00120 as 120 and 1.10 as 1.1, so the value read would lose the zeros the document prints. */
function numberAsTyped(yaml: string | undefined, path: PropertyKey[]): string | undefined {
	const typed = yaml === undefined ? undefined : valueAt(asWritten(yaml), path);
	return typeof typed === 'string' && /^[-+]?[0-9][0-9_.]*$/.test(typed) ? typed : undefined;
}

/**
 * What makes a value wrong that the author cannot see in it: a space around it (a full-width one, after
 * a copy from Word), a full-width letter, digit or sign (ｆｕｋｕｓｈｉｍａ, dx＠pref…), each with the value to
 * write where the field would take it (`fits`); else only what is there (dx@pref…（担当：山田） is wrong in half-width too).
 */
function unseenSlip(value: string, fits: (candidate: string) => boolean): string | undefined {
	const trimmed = value.replace(/^[\s\u3000]+|[\s\u3000]+$/g, '');
	if (trimmed !== value && trimmed !== '') return messages.valueWithSpaces(value.includes('\u3000'), fits(trimmed) ? trimmed : undefined);
	const wide = value.match(/[\uff01-\uff5e]/g);
	if (!wide) return undefined;
	const halfWidth = value.replace(/[\uff01-\uff5e]/g, (c) => c.normalize('NFKC'));
	return messages.valueWithFullWidth([...new Set(wide)], fits(halfWidth) ? halfWidth : undefined);
}

/** `schema`: the one `data` failed, for what it says about each field; `yaml`: the text `data` was read from. */
export function toAuthorIssues(error: z.ZodError, data: unknown, schema: z.ZodType, yaml?: string): AuthorIssue[] {
	const isFieldOf = (path: readonly PropertyKey[], place: readonly PropertyKey[]) => path.length === place.length + 1 && place.every((key, i) => key === path[i]);
	const missingIn = (place: readonly PropertyKey[]) =>
		error.issues.filter((issue) => issue.code === 'invalid_type' && valueAt(data, issue.path as PropertyKey[]) === undefined && isFieldOf(issue.path, place));
	// The field a place lacks where the one unknown field written there stands alone and holds a value that field takes:
	// most likely that value under another name (fax: for a ファクシミリ's number:), told at that name, which the author sees.
	const meantFor = (place: readonly PropertyKey[], keys: readonly string[]) => {
		const missing = missingIn(place);
		if (keys.length !== 1 || missing.length !== 1) return undefined;
		const meant = missing[0]!.path as PropertyKey[];
		return fieldSchema(schema, meant)?.safeParse(valueAt(data, [...place, keys[0]!])).success ? String(meant.at(-1)) : undefined;
	};
	// A field missing because it is written misspelt beside it (lable: for label:), or under another name, is told once, there.
	const writtenMisspelt = (path: PropertyKey[]) =>
		error.issues.some(
			(other) =>
				other.code === 'unrecognized_keys' &&
				isFieldOf(path, other.path) &&
				(other.keys.some((key) => nearestName(key, [String(path.at(-1))]) !== undefined) || meantFor(other.path, other.keys) !== undefined),
		);
	// A group whose fields were written without their indent (source: then editorial: true beside it) is told once, at
	// the field out of place (unknownFieldMessage), not also as a group written wrong.
	const groupsNotIndented = new Set(
		error.issues.flatMap((issue) => {
			if (issue.code !== 'unrecognized_keys') return [];
			const place = fieldSchema(schema, issue.path as PropertyKey[]);
			const object = place && unwrapped(place);
			return object instanceof z.ZodObject ? issue.keys.flatMap((key) => groupTaking(object, key) ?? []).map((group) => fieldName([...issue.path, group])) : [];
		}),
	);
	// An optional field with a value it does not take (stage: 案): leaving it out is one way to mend it.
	const mayBeLeftOut = (path: PropertyKey[]) => fieldSchema(schema, path)?.safeParse(undefined).success ?? false;
	return error.issues.flatMap((issue): AuthorIssue[] => {
		const path = issue.path as PropertyKey[];
		const field = fieldName(path);
		if (issue.code !== 'unrecognized_keys' && groupsNotIndented.has(field)) return [];
		// The whole file (or frontmatter) is a list or a line of text, not fields.
		if (path.length === 0 && issue.code === 'invalid_type') return [{ path, message: messages.notFields() }];
		switch (issue.code) {
			case 'unrecognized_keys': {
				const meant = meantFor(path, issue.keys);
				return issue.keys.map((key) => ({ path: [...path, key], message: meant && nearestName(key, [meant]) === undefined ? messages.fieldUnderOtherName(fieldName([...path, key]), key, meant) : unknownFieldMessage(schema, data, path, key) }));
			}
			case 'invalid_type':
				if (valueAt(data, path) === undefined) return writtenMisspelt(path) ? [] : [{ path, message: messages.missingField(field, path) }];
				// 「title:」 with nothing after it (a template's field left blank) is null to YAML.
				if (valueAt(data, path) === null) {
					if (valueIsComment(yaml, path)) return [{ path, message: messages.valueReadAsComment(String(path.at(-1))) }];
					return [{ path, message: messages.emptyField(field, fieldSchema(schema, path)?.safeParse(undefined).success ?? false) }];
				}
				if (issue.expected === 'number' && typeof valueAt(data, path) === 'string') {
					const era = parseEraYear(String(valueAt(data, path)));
					if (era) return [{ path, message: messages.invalidField(field, eraYearDetail(era)) }];
					const number = numberAsText(String(valueAt(data, path)));
					if (number) return [{ path, message: messages.invalidField(field, number) }];
					const help = helpAt(schema, path);
					return [{ path, message: messages.invalidField(field, messages.notANumber(String(valueAt(data, path)), help?.example, help?.advice)) }];
				}
				if (issue.expected === 'string' && typeof valueAt(data, path) === 'number') {
					const key = path.at(-1);
					const asTyped = numberAsTyped(yaml, path);
					const written = `${typeof key === 'string' ? `${key}: ` : '- '}${asTyped === undefined ? (helpAt(schema, path)?.example ?? `"${String(valueAt(data, path))}"`) : `"${asTyped}"`}`;
					return [{ path, message: messages.invalidField(field, messages.numberForText(written)) }];
				}
				// A group of fields written on one line (period: 2022-2025): its example shows the lines it takes.
				const group = (issue.expected === 'object' || issue.expected === 'record') && typeof path.at(-1) === 'string' ? helpAt(schema, path) : undefined;
				if (group) return [{ path, message: messages.invalidField(field, messages.groupOfFields(String(path.at(-1)), group.example.split('\n'), group.advice)) }];
				return [{ path, message: messages.invalidField(field, messages.wrongType(issue.expected)) }];
			case 'invalid_value':
				if (valueAt(data, path) === undefined) return [{ path, message: messages.missingField(field, path) }];
				return [{ path, message: messages.invalidField(field, notOneOf(valueAt(data, path), issue.values, mayBeLeftOut(path) ? String(path.at(-1)) : undefined)) }];
			case 'too_small': {
				const value = valueAt(data, path);
				// A year field (minimum in the 1000s) holding 1–99: the author wrote the 令和 year.
				if (issue.origin === 'number' && Number(issue.minimum) > 1000 && Number.isInteger(value) && Number(value) >= 1 && Number(value) < 100) {
					return [{ path, message: messages.invalidField(field, messages.bareEraYear(Number(value), reiwaToWestern(Number(value)))) }];
				}
				return [{ path, message: messages.invalidField(field, issue.origin === 'array' ? messages.emptyList() : issue.origin === 'string' ? messages.emptyText() : messages.tooSmall(String(issue.minimum))) }];
			}
			case 'invalid_format': {
				// Each address field's schema says what it takes (https only, or http and https).
				if (issue.format === 'url') return [{ path, message: messages.invalidField(field, issue.message) }];
				const era = parseEraYear(String(valueAt(data, path)));
				if (era?.month !== undefined) return [{ path, message: messages.invalidField(field, eraDateDetail(era, era.month)) }];
				const iso = isoOfDateWritten(String(valueAt(data, path)));
				if (iso) return [{ path, message: messages.invalidField(field, messages.dateWrittenOtherwise(String(valueAt(data, path)), iso)) }];
				const unseen = unseenSlip(String(valueAt(data, path)), (candidate) => fieldSchema(schema, path)?.safeParse(candidate).success ?? false);
				return [{ path, message: messages.invalidField(field, unseen ? `${unseen}。${issue.message}` : issue.message) }];
			}
			case 'too_big':
				return [{ path, message: messages.invalidField(field, messages.tooBig(String(issue.maximum))) }];
			case 'invalid_key': {
				// A key of a group whose keys are ids (a chapter's themes by heading id): what an id of that kind looks like.
				const key = String(path.at(-1));
				return [{ path, message: messages.invalidKey(fieldName(path.slice(0, -1)), key, issue.issues[0]?.message ?? '') }];
			}
			case 'invalid_union':
				if (valueAt(data, path) === undefined) return [{ path, message: messages.missingField(field, path) }];
				// A value of the field that tells the union's options apart (a channel's kind): the schema lists the values it takes.
				if ('options' in issue && issue.options?.length) {
					return [{ path, message: messages.invalidField(field, notOneOf(valueAt(data, path), issue.options)) }];
				}
				// Fields of two forms at once (source: with both plan and editorial): every form refuses a field written.
				const refused = issue.errors.map((errors) => errors.flatMap((e) => (e.code === 'unrecognized_keys' && e.path.length === 0 ? e.keys : [])));
				if (refused.length > 1 && refused.every((keys) => keys.length > 0)) {
					const written = Object.keys(valueAt(data, path) as object);
					return [{ path, message: messages.invalidField(field, messages.fieldsOfOneFormOnly(written.filter((key) => refused.some((keys) => keys.includes(key))))) }];
				}
				// A value fitting none of the forms a field takes (a date, or a date and time): its example shows one.
				const help = helpAt(schema, path);
				const key = path.at(-1);
				if (help && typeof key === 'string') return [{ path, message: messages.invalidField(field, messages.valueUnreadable(`${key}: ${help.example}`, help.advice)) }];
				return [{ path, message: messages.invalidField(field, messages.unreadableForm()) }];
			default:
				return [{ path, message: messages.invalidField(field, issue.message) }];
		}
	});
}

/**
 * Text that is a number once its digits are half-width, its thousands commas gone and the unit after it left out
 * (８０, "3,477", ３，４７７, ９０.０％, 120件), said so, with the number as the value is written (90.0); undefined for
 * other text.
 */
function numberAsText(text: string): string | undefined {
	// NFKC makes full-width digits, commas, points and ％ half-width.
	const [, figure = '', unit] = /^(.*?\d)\s*([^\d\s.,]+)?$/.exec(text.trim().normalize('NFKC')) ?? [];
	const number = /^-?\d{1,3}(?:,\d{3})+(?:\.\d+)?$/.test(figure) ? figure.replaceAll(',', '') : figure;
	if (!/^-?\d+(?:\.\d+)?$/.test(number) || number === text.trim()) return undefined;
	const fullWidth = text.trim().normalize('NFKC') !== text.trim();
	return messages.numberAsText(text, number, fullWidth, number !== figure, unit);
}

/** A 西暦 date or month written otherwise (2024/4/1, 2023-3-20, ２０２４．４．１, 2024年4月1日) in ISO form; undefined for other text. */
function isoOfDateWritten(text: string): string | undefined {
	const match = /^(\d{4})[-/.年](\d{1,2})(?:[-/.月](\d{1,2})日?|月)?$/.exec(text.trim().normalize('NFKC'));
	if (!match) return undefined;
	const iso = isoMonthOrDay(Number(match[1]), Number(match[2]), match[3] === undefined ? undefined : Number(match[3]));
	return iso === text.trim() ? undefined : iso;
}

function eraYearDetail(era: EraYear): string {
	if (era.western === undefined) return messages.eraYearOutOfRange(era.text, era.era, eraSpan(era.era));
	if (era.inItsEra) return messages.eraYearOutsideEra(era.text, era.era, eraSpan(era.era), era.inItsEra, era.western);
	return messages.eraYear(era.text, era.western);
}

function eraDateDetail(era: EraYear, month: number): string {
	if (era.western === undefined) return messages.eraYearOutOfRange(era.text, era.era, eraSpan(era.era));
	const iso = isoMonthOrDay(era.western, month, era.day);
	return era.inItsEra ? messages.eraDateOutsideEra(era.text, era.era, eraSpan(era.era), era.inItsEra, iso) : messages.eraDate(era.text, iso);
}
