/**
 * Links that leave the site: marked in words (not only an icon) so readers
 * know before they follow them, and opened without giving the other site a
 * handle on this page or the address it came from.
 */
export const externalLinkRel = ['noopener', 'noreferrer'];

/** Shown after the link text; part of the link's accessible name. */
export const externalLinkMark = '（外部サイト）';

/** On a link whose text is its address (a plan's 【参照】 URL): paper does not print the address again after it. */
export const showsItsAddressClass = 'shows-address';

/** An address as a browser reads it: tabs and newlines anywhere dropped, leading spaces and controls ignored (`/&#9;/host` is //host). */
const asBrowserReads = (url: string) => url.replace(/[\t\n\r]/g, '').replace(/^[\x00-\x20]+/, '');

/** Protocol-relative (//host/…; a browser reads a backslash as a slash, so /\host too): another site, with this page's scheme. */
const isProtocolRelative = (url: string) => /^[/\\]{2}/.test(asBrowserReads(url));

/** A link that leaves the site: http(s) or protocol-relative. */
export const isExternalHref = (href: string) => /^https?:/i.test(asBrowserReads(href)) || isProtocolRelative(href);

/** A path on this site: no scheme and not protocol-relative. */
export const isSameSiteAddress = (url: string) => !/^[a-z][a-z0-9+.-]*:/i.test(asBrowserReads(url)) && !isProtocolRelative(url);
