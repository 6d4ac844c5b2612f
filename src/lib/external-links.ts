/**
 * Links that leave the site: marked in words (not only an icon) so readers
 * know before they follow them, and opened without giving the other site a
 * handle on this page or the address it came from.
 */
export const externalLinkRel = ['noopener', 'noreferrer'];

/** Shown after the link text; part of the link's accessible name. */
export const externalLinkMark = '（外部サイト）';

/** http(s) addresses and protocol-relative ones (//host/…), which leave the site just the same. */
export const isExternalHref = (href: string) => /^(https?:)?\/\//i.test(href);
