/**
 * The order of a search narrowed by its filters alone, with no words (every page of 千葉県): Pagefind has no
 * relevance to rank such pages by, so each page carries a sort key (data-pagefind-sort). Plans' overviews
 * come first, as the way in, then their text, indicators, consultations and glossary entries. Within a kind,
 * pages go by what they are listed by (`by`): a plan's pages by prefecture and plan, a chapter then by its place
 * in the plan's contents, a term by its place in the glossary's 五十音 index, another page by its address;
 * numbers compared as numbers (第2章 before 第10章).
 */
import type { SearchKind } from '../search-kinds.ts';

/** The sort key's name (`data-pagefind-sort="listing:…"`, `sort: { listing: 'asc' }`). */
export const listingSortKey = 'listing';

const kindsInOrder: readonly SearchKind[] = ['計画の概要', '本文', '指標', '意見募集', '用語'];

/** A page's place in the listing: compared as text, which Pagefind does when not every key is a number. */
export const listingOrder = (kind: SearchKind, by: string): string => `${kindsInOrder.indexOf(kind)}:${by.replace(/\d+/g, (digits) => digits.padStart(6, '0'))}`;

/**
 * What a plan's page is listed by: its prefecture's code, then its plan's id (the site's order of plans); a
 * chapter's, then its `order` in the plan's contents (a plan's 概要, order 0, before its 第1章), not its file name.
 */
export const planListedBy = (plan: { id: string; data: { prefecture: { code: string } } }, order?: number) =>
	`${plan.data.prefecture.code}/${plan.id}${order === undefined ? '' : `/${order}`}`;
