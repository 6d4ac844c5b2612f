import type { APIRoute } from 'astro';
import { indicatorData, plansWithIndicators } from '../../../../data/open-data-files.ts';

export const getStaticPaths = plansWithIndicators;

/** The same records as this plan's indicators.csv, as JSON. */
export const GET: APIRoute = ({ params }) => indicatorData(params.plan, 'json');
