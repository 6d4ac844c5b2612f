/**
 * The element ids an indicator or an evaluation table takes on its plan's
 * indicator page (/plans/<plan>/indicators/), all made from its file name.
 * The components use these, and the content check uses them to find two
 * files whose ids would be the same on that page (a fragment link would then
 * land on the wrong one, and a chart could take another's fill pattern).
 */

export const indicatorElementIds = (name: string) => ({ section: name, caption: `${name}-caption`, hatched: `${name}-hatched`, dotted: `${name}-dotted` });

export const evaluationElementIds = (name: string) => ({ section: name, caption: `${name}-caption` });

/** The section that states how progress is computed, on every page that shows progress (ProgressFormula). */
export const progressFormulaId = 'progress-formula';
