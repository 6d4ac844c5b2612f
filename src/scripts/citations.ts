/**
 * Chapter pages: a paragraph's 「¶」 or a heading's 「#」 opens the citation
 * menu instead of only jumping there. The URL still changes to the place, so
 * the address bar holds the permalink too. It also closes the menu or a
 * term's definition when keyboard focus moves on past it.
 */
import { placeCitation, placeLinks } from './place-citation.ts';
import { copyText } from './copy-text.ts';

const article = document.querySelector<HTMLElement>('[data-citation-plan]');
const menu = document.querySelector<HTMLElement>('[data-citation-menu]');

/**
 * Opens a popover as the one `source` invokes: it then comes right after
 * `source` in the tab order, so tabbing out of it goes on with the text (not
 * to the end of the page, where the menu is). TypeScript's DOM types lack the option.
 */
const showFrom = (popover: HTMLElement, source: HTMLElement) => (popover.showPopover as (options: { source: HTMLElement }) => void).call(popover, { source });

/** The `opinion:write` event's detail: the ¶ or # link of the place to write about (focus returns there). */
export interface OpinionRequest {
	link: HTMLAnchorElement;
}

if (article && menu) {
	const text = menu.querySelector<HTMLElement>('[data-citation-text]')!;
	const status = menu.querySelector<HTMLElement>('[data-citation-status]')!;
	const writeButton = menu.querySelector<HTMLButtonElement>('[data-action="write-opinion"]')!;
	// With this script each ¶ and # opens the menu (a dialog), not only the place: say so before it is chosen.
	for (const link of placeLinks(article)) link.setAttribute('aria-haspopup', 'dialog');
	let current: { citation: string; url: string; link: HTMLAnchorElement } | undefined;

	article.addEventListener('click', (event) => {
		const link = (event.target as Element).closest<HTMLAnchorElement>('a.para-link, a.heading-anchor');
		if (!link || event.metaKey || event.ctrlKey || event.shiftKey) return;
		event.preventDefault();
		history.replaceState(null, '', link.hash);
		document.querySelector('.is-cited')?.classList.remove('is-cited');
		const cited = link.closest('.heading-wrapper') ?? link.parentElement!;
		cited.classList.add('is-cited');
		const { anchor, citation } = placeCitation(article, link);
		current = { citation, url: `${location.origin}${location.pathname}#${anchor}`, link };
		text.textContent = `${current.citation} ${current.url}`;
		status.textContent = '';
		writeButton.hidden = document.documentElement.dataset.drafting !== 'open';
		showFrom(menu, link);
		// The menu sits over the foot of the screen: the place it cites, which ends at its ¶, is moved up above it.
		const hidden = cited.getBoundingClientRect().bottom - menu.getBoundingClientRect().top + 8;
		if (hidden > 0) scrollBy({ top: hidden, behavior: 'instant' });
		menu.querySelector<HTMLButtonElement>('button')!.focus();
	});

	// Closing (Esc, 閉じる, a click outside) returns focus to the link the menu came from,
	// unless the reader has moved on to something else, or is writing an opinion.
	let returnFocus = true;
	menu.addEventListener('toggle', (event) => {
		if ((event as ToggleEvent).newState !== 'closed') return;
		if (returnFocus && (document.activeElement === document.body || menu.contains(document.activeElement))) current?.link.focus();
		returnFocus = true;
	});

	// Tabbing out of the menu, or past a glossary term, closes its pop-up: it must not stay over the text the
	// reader has moved on to (for the menu, the next element after its ¶ or #, or the link itself going back:
	// see showFrom). CSS alone only hides a term's definition, still open: the next click on its 「？」 closed it.
	document.addEventListener('focusout', (event) => {
		const next = (event as FocusEvent).relatedTarget as Node | null;
		const left = (event.target as Element).closest('.term, [data-citation-menu]');
		const open = left?.matches(':popover-open') ? left : left?.querySelector(':popover-open');
		if (next && open instanceof HTMLElement && !left!.contains(next)) open.hidePopover();
	});

	menu.addEventListener('click', async (event) => {
		const action = (event.target as Element).closest<HTMLElement>('[data-action]')?.dataset.action;
		if (!current || !action) return;
		if (action === 'write-opinion') {
			const { link } = current;
			returnFocus = false;
			menu.hidePopover();
			document.dispatchEvent(new CustomEvent<OpinionRequest>('opinion:write', { detail: { link } }));
			return;
		}
		const value = action === 'copy-citation' ? `${current.citation} ${current.url}` : current.url;
		status.textContent = (await copyText(value)) ? 'コピーしました' : 'コピーできませんでした。上の文字列を選択してコピーしてください';
	});
}
