import type { APIRoute } from 'astro';
import { indicatorData } from '../../data/open-data-files.ts';

/** Every indicator of every plan, long format, UTF-8 with BOM. */
export const GET: APIRoute = () => indicatorData(undefined, 'csv');
