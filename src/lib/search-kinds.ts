/**
 * The kinds of page the search can be narrowed to (Pagefind filter `kind`): a plan's text (its chapters), its
 * overview page (the editors' summary, its facts and contents), glossary entries, indicators, consultations.
 */
export const searchKinds = ['本文', '計画の概要', '用語', '指標', '意見募集'] as const;
export type SearchKind = (typeof searchKinds)[number];
/** Glossary entries' kind: pages about their term alone, which every build carries whole. */
export const glossaryKind: SearchKind = '用語';
