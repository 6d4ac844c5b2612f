import type { APIRoute } from 'astro';
import { evaluationData } from '../../data/open-data-files.ts';

/** The same records as evaluations.csv, as JSON. */
export const GET: APIRoute = () => evaluationData('json');
