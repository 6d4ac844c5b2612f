import { z } from 'astro/zod';

/**
 * `publish: false` keeps a file in the repository while it is being written:
 * no build publishes it (a plan with its chapters, indicators and
 * consultations; a chapter with the indicators and evaluation tables placed
 * in it), `npm run dev` shows it, and 【要記入】 left in it is a warning
 * instead of an error. `npm run new` writes plans, terms and consultations
 * this way, and a new chapter of a plan already published.
 */
export const publish = () => z.boolean().default(true);
