import { z } from 'astro/zod';

/** A theme is a subject plans share (行政のDX) or a part every plan has (計画期間). */
const themeKinds = ['topic', 'role'] as const;

export const themeSchema = z
	.object({
		/** Name shown to residents. */
		title: z.string().min(1),
		/** `topic`: a subject such as データ利活用; `role`: a part of a plan's structure such as めざす姿 or 推進体制. */
		kind: z.enum(themeKinds),
		/** Other names the plans use for the same thing; shown on the theme page and used by search. */
		aliases: z.array(z.string().min(1)).default([]),
		/** Position in lists (smaller first). */
		order: z.number().int().default(100),
	})
	.strict();

export type Theme = z.infer<typeof themeSchema>;
