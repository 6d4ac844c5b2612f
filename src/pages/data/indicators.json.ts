import type { APIRoute } from 'astro';
import { indicatorData } from '../../data/open-data-files.ts';

/** The same records as indicators.csv, as JSON. */
export const GET: APIRoute = () => indicatorData(undefined, 'json');
