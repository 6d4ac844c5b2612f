import type { APIRoute } from 'astro';
import { evaluationData } from '../../data/open-data-files.ts';

/** Every evaluation table, one row per item × scale, UTF-8 with BOM. */
export const GET: APIRoute = () => evaluationData('csv');
