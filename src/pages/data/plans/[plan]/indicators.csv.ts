import type { APIRoute } from 'astro';
import { indicatorData, plansWithIndicators } from '../../../../data/open-data-files.ts';

export const getStaticPaths = plansWithIndicators;

/** One plan's indicators, long format, UTF-8 with BOM. */
export const GET: APIRoute = ({ params }) => indicatorData(params.plan, 'csv');
