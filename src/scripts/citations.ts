/**
 * Chapter pages: a paragraph's 「¶」 or a heading's 「#」 opens the citation
 * menu instead of only jumping there. The URL still changes to the place, so
 * the address bar holds the permalink too.
 */
import { citationText } from '../lib/citation.ts';
import { type PassageQuote, quoteOf } from '../lib/opinion-drafts.ts';
import { copyText } from './copy-text.ts';
import { passageText } from './passage-text.ts';

const article = document.querySelector<HTMLElement>('[data-citation-plan]');
const menu = document.querySelector<HTMLElement>('[data-citation-menu]');

/**
 * Opens a popover as the one `source` invokes: it then comes right after
 * `source` in the tab order, so tabbing out of it goes on with the text (not
 * to the end of the page, where the menu is). TypeScript's DOM types lack the option.
 */
const showFrom = (popover: HTMLElement, source: HTMLElement) => (popover.showPopover as (options: { source: HTMLElement }) => void).call(popover, { source });

/** The `opinion:write` event's detail: the place to write about, and the ¶ or # link it was chosen from (focus returns there). */
export interface OpinionRequest {
	place: CitedPlace;
	link: HTMLElement;
}

/** A citable place on the page: what the opinion drafts need to know about it. */
export interface CitedPlace {
	anchor: string;
	path: string;
	citation: string;
	url: string;
	order: [number, number];
	/** The place's text as published now: a draft keeps it to tell when the text there changes. */
	quote: PassageQuote | undefined;
}

if (article && menu) {
	const text = menu.querySelector<HTMLElement>('[data-citation-text]')!;
	const status = menu.querySelector<HTMLElement>('[data-citation-status]')!;
	const writeButton = menu.querySelector<HTMLButtonElement>('[data-action="write-opinion"]')!;
	const links = () => [...article.querySelectorAll<HTMLAnchorElement>('a.para-link, a.heading-anchor')];
	// With this script each ¶ and # opens the menu (a dialog), not only the place: say so before it is chosen.
	for (const link of links()) link.setAttribute('aria-haspopup', 'dialog');
	let current: { place: CitedPlace; link: HTMLAnchorElement } | undefined;

	const placeOf = (link: HTMLAnchorElement): CitedPlace => {
		const anchor = link.hash.slice(1);
		// Headings carry their citation label; paragraphs' links carry theirs.
		const label = link.dataset.cite ?? link.closest('.heading-wrapper')?.querySelector<HTMLElement>('[data-cite]')?.dataset.cite ?? '';
		const url = new URL(`#${anchor}`, location.href).href;
		const citation = citationText({ planName: article.dataset.citationPlan!, chapter: article.dataset.citationChapter!, location: label ? [label] : [] });
		const text = passageText(document, anchor);
		return { anchor, path: location.pathname, citation, url, order: [Number(article.dataset.chapterOrder), links().indexOf(link)], quote: text === undefined ? undefined : quoteOf(text) };
	};

	article.addEventListener('click', (event) => {
		const link = (event.target as Element).closest<HTMLAnchorElement>('a.para-link, a.heading-anchor');
		if (!link || event.metaKey || event.ctrlKey || event.shiftKey) return;
		event.preventDefault();
		history.replaceState(null, '', link.hash);
		document.querySelector('.is-cited')?.classList.remove('is-cited');
		const cited = link.closest('.heading-wrapper') ?? link.parentElement!;
		cited.classList.add('is-cited');
		current = { place: placeOf(link), link };
		text.textContent = `${current.place.citation} ${current.place.url}`;
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

	// Tabbing out of the menu closes it: an open menu must not stay over the text the reader has moved on to
	// (the next element after its ¶ or #, or the link itself going back: see showFrom).
	menu.addEventListener('focusout', (event) => {
		const next = (event as FocusEvent).relatedTarget as Node | null;
		if (next && !menu.contains(next) && menu.matches(':popover-open')) menu.hidePopover();
	});

	menu.addEventListener('click', async (event) => {
		const action = (event.target as Element).closest<HTMLElement>('[data-action]')?.dataset.action;
		if (!current || !action) return;
		if (action === 'write-opinion') {
			const { place, link } = current;
			returnFocus = false;
			menu.hidePopover();
			document.dispatchEvent(new CustomEvent<OpinionRequest>('opinion:write', { detail: { place, link } }));
			return;
		}
		const value = action === 'copy-citation' ? `${current.place.citation} ${current.place.url}` : current.place.url;
		status.textContent = (await copyText(value)) ? 'コピーしました' : 'コピーできませんでした。上の文字列を選択してコピーしてください';
	});
}
