import { z } from 'astro/zod';
import { messages } from '../lib/messages.ts';
import { meantPrefecture, prefectures } from '../lib/prefectures.ts';
import { fieldHelp } from './field-help.ts';

const isPrefectureName = (name: string) => prefectures.some((p) => p.name === name);

/** The prefecture a plan or consultation belongs to: its name and JIS X 0401 code, which must be the same prefecture's. */
export const prefectureSchema = z
	.object({
		/** Prefecture name with its suffix, e.g. 福島県. */
		name: z.string().refine(isPrefectureName, { error: (issue) => messages.notAPrefecture(String(issue.input), meantPrefecture(String(issue.input))?.name) }),
		/** JIS X 0401 code, two digits as a quoted string, e.g. "07". */
		code: z.string().regex(/^(0[1-9]|[1-3]\d|4[0-7])$/, { message: messages.prefectureCodeForm() }).register(fieldHelp, { example: '"07"' }),
	})
	.strict()
	.superRefine(({ name, code }, ctx) => {
		// A mismatched pair files the plan under another prefecture (its page, filters, ONLY_PREFECTURES).
		const ofCode = prefectures.find((p) => p.code === code);
		// A name that is no prefecture's is reported on its own line, with the one it means.
		if (ofCode && isPrefectureName(name) && ofCode.name !== name) ctx.addIssue({ code: 'custom', path: ['code'], message: messages.prefectureCodeMismatch(name, code, ofCode.name, prefectures.find((p) => p.name === name)?.code) });
	})
	.register(fieldHelp, { example: 'name: 福島県\ncode: "07"' });
