/**
 * What the content check's messages show for a field, where its type alone
 * would not tell an author how to write it: an example of the value as
 * written in the file, and advice. Registered on the field's schema.
 */
import { z } from 'astro/zod';

export interface FieldHelp {
	/** The value as written after `key: ` (`2022`, `"07"`); for a group of fields, its lines (`start: 2022\nend: 2025`). */
	example: string;
	/** What to leave out of the value, said after the example. */
	advice?: string;
}

export const fieldHelp = z.registry<FieldHelp>();
