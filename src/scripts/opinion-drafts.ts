/**
 * Opinion drafts for the consultation on this page's plan. Every keystroke
 * is written to localStorage, so a reload, a closed tab or a crash loses
 * nothing; drafts for places on several chapter pages are kept together and
 * combined into one submission text. Nothing is ever sent by the site.
 * Once the period has closed the drafts stay readable, copyable and
 * deletable, but no longer editable. Each draft shows the text it quotes.
 * When that text has moved on its page (a paragraph inserted before it takes
 * its number), the draft follows it; when it is nowhere on the page any more
 * (the plan was revised), the draft is flagged and keeps its citation and
 * quote.
 */
import { statusAt } from '../lib/consultation-status.ts';
import { resultAboutDraft } from '../lib/draft-results.ts';
import { externalLinkRel } from '../lib/external-links.ts';
import { addDraft, draftHref, draftName, type DraftPlace, draftPhrase, type DraftSpot, type DraftStore, emptyStore, findDraft, isOnTheWhole, moveDraft, type OpinionDraft, parseStore, placeChanged, quoteIsCut, quoteText, removeDraft, rewritePlace, savedFileNote, savedFileOf, spotOf, storageKey, storedNote, submittedNote, updateDraft, wholeDraftPlace, wholePlanPlace, writtenPlace } from '../lib/opinion-drafts.ts';
import { draftAboutId, draftLengthId, draftPlaceId, draftTextId, pageIds, submitterFieldId } from '../lib/page-ids.ts';
import { characterCountLabel, copiedMessage, type Handover, handoverBlockedMessage, leftOutNote, mailBodyCopiedMessage, mailLinkLabel, mailtoHref, missingFields, opinionPlace, type Submission, type SubmissionChannel, type SubmissionDraft, submissionFileName, submissionSubject, submissionText, submitterFieldControl, unplacedOpinions, writtenDrafts } from '../lib/submission-text.ts';
import type { OpinionRequest } from './citations.ts';
import { citedPlace, wholeChapterOf } from './cited-place.ts';
import { placeLinks } from './place-citation.ts';
import { copyText } from './copy-text.ts';
import { passageText } from './passage-text.ts';

interface PanelConfig {
	id: string;
	title: string;
	caseNumber?: string;
	organiser: string;
	opensAt: number;
	closesAt: number;
	channels: SubmissionChannel[];
	/** The plan under consultation: its page and its name, for opinions on it as a whole; none when its text is not on this site. */
	plan?: { path: string; name: string };
	/** The consultation's page: where the drafts on a draft not on this site are kept (their places are written, not linked). */
	casePath: string;
}

/**
 * Calls back once the window has stopped scrolling (a smooth scroll to what took focus): at `scrollend`,
 * or, in a browser without it (Safari), once no scroll event has come for a moment.
 */
function whenScrollingStops(callback: () => void) {
	if (window.onscrollend !== undefined) {
		window.addEventListener('scrollend', callback, { once: true });
		return;
	}
	const quiet = 150;
	const stopped = () => {
		window.removeEventListener('scroll', postpone);
		callback();
	};
	let timer = setTimeout(stopped, quiet);
	function postpone() {
		clearTimeout(timer);
		timer = setTimeout(stopped, quiet);
	}
	window.addEventListener('scroll', postpone, { passive: true });
}

const panel = document.querySelector<HTMLElement>('[data-opinion-panel]');

if (panel) {
	const config = JSON.parse(panel.querySelector('[data-opinion-config]')!.textContent!) as PanelConfig;
	const key = storageKey(config.id);
	const drawer = panel.dataset.mode === 'drawer';
	const $ = <T extends HTMLElement>(selector: string) => panel.querySelector<T>(selector)!;
	const list = $<HTMLOListElement>('[data-draft-list]');
	const live = $('[data-live]');
	const heading = document.getElementById(pageIds.opinionPanelTitle)!;
	// Out of the panel, which paper leaves out, to the body's end: 「印刷する」 prints it alone (print.css).
	const printable = $('[data-submission-print]');
	document.body.append(printable);
	const submissionDetails = $<HTMLDetailsElement>('[data-submission]');
	// The floating button, and the one under the chapter's consultation status (first in the tab order).
	const toggle = document.querySelector<HTMLButtonElement>('.opinion-toggle');
	const shortcut = document.querySelector<HTMLElement>('[data-opinion-shortcut]');
	// The case and results pages' section around the inline panel.
	const section = panel.closest<HTMLElement>('[data-drafts-section]');
	let shownInline = false;
	let store = load();
	let storageWorks = true;
	let opener: HTMLElement | null = null;
	// Whether the resident has tried to use the text (copy, save, mail): only then is an empty required field marked invalid.
	let triedToSend = false;
	// The print or mail last held back for empty required fields (and which): pressed again with the same ones, it goes on.
	let heldBack: string | undefined;
	// Whether the mail link carries the text (renderSubmission): else the text is copied for the resident to paste.
	let mailCarriesText = false;
	// Whether the text for submission lags the drafts (renderSubmissionIfShown).
	let submissionOutdated = false;
	// Drafts whose place no longer has the text they quote (placeKey), found by checkPlaces.
	let changed = new Set<string>();
	// On the results page, the rows naming a place in the plan under consultation, each marked with that place and its own name (ConsultationResultsPage.astro).
	const resultRows = [...document.querySelectorAll<HTMLTableRowElement>('tr[data-concerns]')];
	const wholeRows = [...document.querySelectorAll<HTMLTableRowElement>('tr[data-whole]')];

	function load(): DraftStore {
		try {
			return parseStore(localStorage.getItem(key));
		} catch {
			return parseStore(null);
		}
	}

	function save() {
		const worked = storageWorks;
		try {
			localStorage.setItem(key, JSON.stringify(store));
			storageWorks = true;
		} catch {
			storageWorks = false;
		}
		const error = $('[data-storage-error]');
		error.hidden = storageWorks;
		if (worked && !storageWorks) {
			// Its words put back once shown: an alert is said when its content changes, not when it is unhidden.
			error.replaceChildren(...[...error.childNodes].map((node) => node.cloneNode(true)));
			guardLeaving();
		}
		showStored();
	}

	let guarding = false;
	/**
	 * Only this open page holds the words now: leaving it (another chapter, a reload) would lose them, so the
	 * browser asks first. Added only then: a beforeunload listener keeps some browsers from caching the page.
	 */
	function guardLeaving() {
		if (guarding) return;
		guarding = true;
		addEventListener('beforeunload', (event) => {
			// Words typed: an opinion, or the name and address (an empty draft loses nothing).
			const typed = store.drafts.some((d) => d.text.trim() !== '') || Object.values(store.fields).some((value) => value.trim() !== '');
			if (storageWorks || !typed) return;
			event.preventDefault();
			// Browsers before preventDefault was enough for the dialog (Chrome < 119) ask when returnValue is set.
			event.returnValue = '';
		});
	}

	/** Under the drafts, while the browser keeps them: kept on this device, and when last changed; and the resident's record of submitting them. */
	function showStored() {
		for (const [element, note] of [
			[$('[data-stored-note]'), storageWorks ? storedNote(store.drafts) : undefined],
			[$('[data-submitted-note]'), submittedNote(store.submitted, store.drafts)],
		] as const) {
			// Written only when it changes (once a minute at most): unchanged, it would still lay the drawer out again on every keystroke.
			if (element.textContent !== (note ?? '')) element.textContent = note ?? '';
			element.hidden = note === undefined;
		}
	}

	/** 'closed' also after results: either way the drafts can no longer be submitted. */
	function phase(): 'open' | 'upcoming' | 'closed' {
		const { phase } = statusAt({ opensAt: config.opensAt, closesAt: config.closesAt }, Date.now());
		return phase === 'results' ? 'closed' : phase;
	}

	const storesAnything = () => store.drafts.length > 0 || Object.values(store.fields).some((value) => value.trim() !== '');

	function showPhase() {
		const now = phase();
		const closed = now === 'closed';
		// Drafts may be written before the period opens too (募集前), as on the case page; only submitting waits for it.
		document.documentElement.dataset.drafting = closed ? 'closed' : 'open';
		for (const part of (section ?? panel!).querySelectorAll<HTMLElement>('[data-when]')) part.hidden = !part.dataset.when!.split(' ').includes(now);
		for (const field of panel!.querySelectorAll<HTMLTextAreaElement | HTMLInputElement>('[data-draft-text], [data-draft-place], [data-field]')) field.readOnly = closed;
		$('[data-action="erase-all"]').hidden = !storesAnything();
		if (toggle) toggle.hidden = !panel!.hidden || (closed && store.drafts.length === 0);
		if (shortcut) shortcut.hidden = closed && store.drafts.length === 0;
		if (!drawer) {
			// Closed with nothing stored, it stays out of the way; once shown it stays (after 消去, say, focus is in it).
			shownInline ||= !closed || storesAnything();
			panel!.hidden = !shownInline;
			if (section) section.hidden = !shownInline;
		}
	}

	/** The names that carry a draft's place: its text box's label (after the 「意見」 shown) and its delete button's (they change as a resident writes the place). */
	function nameItem(item: HTMLElement, draft: OpinionDraft) {
		item.querySelector('[data-draft-label]')!.textContent = `（${draftName(draft)}）`;
		item.querySelector('[data-action="delete-draft"]')!.setAttribute('aria-label', `この下書きを削除（${draftName(draft)}）`);
	}
	/** A draft on a draft that is not on this site: kept on the case page, its place named (or written), never linked or addressed. */
	const keptOnCasePage = (draft: OpinionDraft) => draft.path === config.casePath;
	const placeKey = (draft: OpinionDraft) => `${draftHref(draft)} ${draft.quote?.hash ?? ''}`;
	const spotOfItem = (item: HTMLElement): DraftSpot => ({ path: item.dataset.path!, anchor: item.dataset.anchor!, hash: item.dataset.hash });

	/** What the draft is about, said under its citation and heard with its text box. */
	function aboutText(draft: OpinionDraft, index: number): HTMLParagraphElement | undefined {
		if (!draft.quote) return undefined;
		const about = document.createElement('p');
		about.id = draftAboutId(index);
		const quote = `『${quoteText(draft.quote)}』`;
		if (changed.has(placeKey(draft))) {
			about.className = 'notice draft-changed';
			const flag = document.createElement('strong');
			flag.textContent = 'この下書きを書いた後に本文が変わりました。';
			about.append(flag, `書いたときの箇所:${quote}`);
		} else {
			about.className = 'draft-quote';
			about.textContent = `${quote}についての意見`;
		}
		return about;
	}

	/**
	 * The whole passage a draft is about, folded under its quote, when the quote is cut and the passage is on this page:
	 * the drawer covers it on a phone and at 200 % zoom, and the resident writing needs to read it.
	 */
	function passageShown(draft: OpinionDraft): HTMLDetailsElement | undefined {
		if (!draft.quote || !quoteIsCut(draft.quote) || draft.path !== location.pathname) return undefined;
		// Not once revised: what the draft is about is then no longer there to show.
		const text = passageText(document, draft.anchor);
		if (text === undefined || placeChanged(draft.quote, text)) return undefined;
		const passage = document.createElement('details');
		passage.className = 'draft-passage';
		const summary = document.createElement('summary');
		summary.textContent = '本文をすべて表示';
		const body = document.createElement('p');
		body.textContent = text.trim();
		passage.append(summary, body);
		return passage;
	}

	/**
	 * On the results page, the prefecture's answers about the draft's place, linked to their rows as a chapter page links
	 * them: those about its section, then those about its chapter as a whole (rehype-section-opinions.ts says the same);
	 * for a draft on the whole plan, the rows naming no place.
	 */
	function answerLines(draft: OpinionDraft): HTMLParagraphElement[] {
		const lead = { section: 'この箇所への県の考え方: ', chapter: 'この章への県の考え方: ', whole: '全体についての意見への県の考え方: ' };
		return (['section', 'chapter', 'whole'] as const).flatMap((about) => {
			const rows = about === 'whole' ? (isOnTheWhole(draft) ? wholeRows : []) : resultRows.filter((row) => resultAboutDraft(row.dataset.concerns!, draft) === about);
			if (rows.length === 0) return [];
			const line = document.createElement('p');
			line.className = 'draft-answers';
			line.append(lead[about]);
			rows.forEach((row, i) => {
				const link = document.createElement('a');
				link.href = `#${row.id}`;
				// Each link whole on its line, as on the chapter pages.
				link.className = 'keep-together';
				link.textContent = row.dataset.result!;
				line.append(i > 0 ? '、' : '', link);
			});
			return [line];
		});
	}

	function draftItem(draft: OpinionDraft, index: number): HTMLLIElement {
		const item = document.createElement('li');
		item.className = 'draft';
		item.dataset.path = draft.path;
		item.dataset.anchor = draft.anchor;
		if (draft.quote) item.dataset.hash = draft.quote.hash;
		const citation = draft.placeWritten ? placeField(draft, index) : citationLine(draft);
		const textareaId = draftTextId(index);
		// Seen as 「意見」 under the citation; heard with the place too (nameItem), the words shown first (WCAG 2.5.3).
		const caption = document.createElement('label');
		caption.htmlFor = textareaId;
		const captionPlace = document.createElement('span');
		captionPlace.className = 'visually-hidden';
		captionPlace.dataset.draftLabel = '';
		caption.append('意見', captionPlace);
		const textarea = document.createElement('textarea');
		textarea.id = textareaId;
		textarea.rows = 5;
		textarea.value = draft.text;
		textarea.dataset.draftText = '';
		const about = aboutText(draft, index);
		const remove = document.createElement('button');
		remove.type = 'button';
		remove.className = 'button-secondary';
		remove.dataset.action = 'delete-draft';
		remove.textContent = 'この下書きを削除';
		// Seen, not announced at each keystroke: forms that take the opinion may limit its length.
		const length = document.createElement('p');
		length.className = 'draft-length';
		length.dataset.draftLength = '';
		length.textContent = characterCountLabel(draft.text);
		length.id = draftLengthId(index);
		// Heard on entering the box, with what it is about: the count, too, without leaving it to find it.
		textarea.setAttribute('aria-describedby', [about?.id, length.id].filter(Boolean).join(' '));
		const passage = passageShown(draft);
		item.append(citation, ...(about ? [about] : []), ...(passage ? [passage] : []), ...answerLines(draft), caption, textarea, length, remove);
		nameItem(item, draft);
		return item;
	}

	/** The place a draft cites, linked to it on this site; the whole of a draft that is not on the site is just named. */
	function citationLine(draft: OpinionDraft): HTMLParagraphElement {
		const citation = document.createElement('p');
		citation.className = 'draft-citation';
		if (keptOnCasePage(draft)) {
			citation.textContent = draft.citation;
			return citation;
		}
		const link = document.createElement('a');
		link.href = draftHref(draft);
		link.textContent = draft.citation;
		citation.append(link);
		return citation;
	}

	/** The place the resident writes: a page or item of the consultation's documents. */
	function placeField(draft: OpinionDraft, index: number): HTMLDivElement {
		const field = document.createElement('div');
		field.className = 'field draft-place';
		const input = document.createElement('input');
		input.id = draftPlaceId(index);
		input.value = draft.citation;
		input.autocomplete = 'off';
		input.dataset.draftPlace = '';
		const caption = document.createElement('label');
		caption.htmlFor = input.id;
		caption.textContent = '該当箇所（資料の名前とページや項目。例: 概要版 3ページ、第２章 ２(1)）';
		field.append(caption, input);
		return field;
	}

	function renderDrafts() {
		// The text box or place being typed in keeps its caret when another tab's edit re-renders the list.
		const active = document.activeElement;
		const typing = (active instanceof HTMLTextAreaElement || active instanceof HTMLInputElement) && list.contains(active) ? active : null;
		const focused = typing?.closest<HTMLElement>('li');
		const spot = focused ? spotOfItem(focused) : undefined;
		const caret = typing?.selectionStart ?? 0;
		const focusedField = typing?.dataset.draftPlace === undefined ? 'textarea' : '[data-draft-place]';
		list.replaceChildren(...store.drafts.map(draftItem));
		$('[data-empty-message]').hidden = store.drafts.length > 0;
		showStored();
		for (const count of document.querySelectorAll('[data-draft-count]')) count.textContent = String(store.drafts.length);
		if (spot) {
			const field = fieldOf(spot, focusedField);
			field?.focus();
			field?.setSelectionRange(caret, caret);
		}
		showPhase();
		renderSubmission();
	}

	/** A draft's text box (`textarea`) or written place (`[data-draft-place]`). */
	const fieldOf = (spot: DraftSpot, selector: 'textarea' | '[data-draft-place]') =>
		[...list.querySelectorAll<HTMLLIElement>('li')]
			.find((li) => li.dataset.path === spot.path && li.dataset.anchor === spot.anchor && li.dataset.hash === spot.hash)
			?.querySelector<HTMLTextAreaElement | HTMLInputElement>(selector);

	// Chapter pages other than this one, as the site serves them now: null when gone (404), undefined when they could not be read (offline: not checked).
	const pages = new Map<string, Promise<Document | null | undefined>>();
	function pageOf(path: string): Promise<Document | null | undefined> {
		if (path === location.pathname) return Promise.resolve(document);
		let page = pages.get(path);
		if (!page) {
			page = fetch(path).then(
				async (response) => (response.ok ? new DOMParser().parseFromString(await response.text(), 'text/html') : response.status === 404 ? null : undefined),
				() => undefined,
			);
			pages.set(path, page);
		}
		return page;
	}

	/** The one place on a chapter page that has the text a draft quotes, if it is now somewhere else. */
	function movedPlace(page: Document, draft: OpinionDraft): DraftPlace | undefined {
		const article = page.querySelector<HTMLElement>('[data-citation-plan]');
		if (!article) return undefined;
		const same = placeLinks(article).filter((link) => !placeChanged(draft.quote, passageText(page, link.getAttribute('href')!.slice(1))));
		return same.length === 1 ? citedPlace(article, same[0]!, draft.path) : undefined;
	}

	/** Moves the drafts whose text has moved and flags those whose text is gone, wherever their chapter is: the case page's text is submitted too. */
	async function checkPlaces() {
		const found = await Promise.all(
			store.drafts.map(async (draft) => {
				if (!draft.quote) return undefined;
				const page = await pageOf(draft.path);
				if (page === undefined || !placeChanged(draft.quote, page ? passageText(page, draft.anchor) : undefined)) return undefined;
				return { draft, movedTo: page ? movedPlace(page, draft) : undefined };
			}),
		);
		let moved = false;
		const flagged = new Set<string>();
		for (const result of found) {
			if (!result) continue;
			// Not moved onto a place that has a draft of its own: then it stays, flagged.
			const next = result.movedTo && moveDraft(store, spotOf(result.draft), result.movedTo);
			if (next && next !== store) {
				store = next;
				moved = true;
			} else flagged.add(placeKey(result.draft));
		}
		if (moved) save();
		if (!moved && flagged.size === changed.size && [...flagged].every((key) => changed.has(key))) return;
		changed = flagged;
		renderDrafts();
	}

	/** The buttons that open the drawer say whether it is open (WCAG 4.1.2): one pressed again while it is open moves focus into it. */
	function markExpanded(open: boolean) {
		for (const button of document.querySelectorAll('[data-action="open-panel"]')) button.setAttribute('aria-expanded', String(open));
	}

	function openPanel(from: HTMLElement | null) {
		opener = from;
		panel!.hidden = false;
		markExpanded(true);
		if (toggle) toggle.hidden = true;
	}

	/** `keepFocus`: closed from elsewhere on the page, where the reader stays. */
	function closePanel({ keepFocus = false } = {}) {
		panel!.hidden = true;
		markExpanded(false);
		showPhase();
		if (!keepFocus) (opener ?? toggle)?.focus();
	}

	function channelIndex() {
		const checked = panel!.querySelector<HTMLInputElement>('input[name="opinion-channel"]:checked');
		return checked ? Number(checked.value) : 0;
	}

	/**
	 * Chooses the first channel still open, if the one checked has closed (the status re-check disables it). The
	 * resident's own choice is replaced by that one, kept as theirs, and said so under 提出方法 until they choose: on a
	 * page opened after the closing too, where nothing is announced. A closed channel checked only as the default
	 * (the page built before it closed) gives way without a word. Returns what it says, if anything.
	 */
	function leaveClosedChannel(): string | undefined {
		const inputs = [...panel!.querySelectorAll<HTMLInputElement>('input[name="opinion-channel"]')];
		const open = inputs.find((input) => !input.disabled);
		const chosen = inputs.find((input) => input.checked);
		if (!open || !chosen?.disabled) return undefined;
		open.checked = true;
		if (store.channel !== Number(chosen.value)) return undefined;
		store = { ...store, channel: Number(open.value) };
		save();
		const kind = (input: HTMLInputElement) => config.channels[Number(input.value)]!.kind;
		const moved = $('[data-channel-moved]');
		moved.textContent = `${kind(chosen)}での受付は終了したため、提出方法を${kind(open)}にしました。`;
		moved.hidden = false;
		return moved.textContent;
	}

	function renderFields() {
		const channel = config.channels[channelIndex()];
		const box = $('[data-submitter-fields]');
		const names = channel ? [...channel.required.map((n) => [n, true] as const), ...channel.optional.map((n) => [n, false] as const)] : [];
		box.replaceChildren(
			...names.map(([name, required], i) => {
				const row = document.createElement('div');
				row.className = 'field';
				const control = submitterFieldControl(name);
				const input = control.multiline ? Object.assign(document.createElement('textarea'), { rows: 2 }) : Object.assign(document.createElement('input'), { type: control.type });
				input.id = submitterFieldId(i);
				input.dataset.field = name;
				input.value = store.fields[name] ?? '';
				input.required = required;
				input.autocomplete = control.autocomplete;
				const caption = document.createElement('label');
				caption.htmlFor = input.id;
				caption.textContent = `${name}（${required ? '必須' : '任意'}）`;
				row.append(caption, input);
				return row;
			}),
		);
	}

	function submission(): Submission | undefined {
		const channel = config.channels[channelIndex()];
		if (!channel) return undefined;
		const origin = location.origin;
		return {
			consultation: { title: config.title, caseNumber: config.caseNumber, organiser: config.organiser },
			channel,
			fields: store.fields,
			drafts: store.drafts.map((d) => ({ citation: d.citation, url: keptOnCasePage(d) ? undefined : `${origin}${draftHref(d)}`, text: d.text, quote: d.quote && quoteText(d.quote), changed: changed.has(placeKey(d)) })),
		};
	}

	function renderSubmission() {
		submissionOutdated = false;
		const current = submission();
		const output = $<HTMLTextAreaElement>('[data-submission-text]');
		const missing = $('[data-missing-fields]');
		const mailto = $<HTMLAnchorElement>('[data-mailto]');
		const tooLong = $('[data-mailto-too-long]');
		const webform = $('[data-webform]');
		if (!current) {
			output.value = printable.textContent = '';
			return;
		}
		const text = submissionText(current);
		// A copy made before a change is not what is shown now, nor a print or mail held back for it.
		if (output.value !== text) {
			$('[data-copy-result]').textContent = '';
			heldBack = undefined;
		}
		output.value = printable.textContent = text;
		$('[data-submission-length]').textContent = `文章全体で${characterCountLabel(text)}`;
		const saved = $('[data-saved-file]');
		const savedNote = savedFileNote(store.savedFile, text);
		saved.textContent = savedNote ?? '';
		saved.hidden = savedNote === undefined;
		const leftOut = $('[data-left-out]');
		const note = leftOutNote(current.drafts);
		leftOut.textContent = note ?? '';
		leftOut.hidden = note === undefined;
		if (phase() === 'closed') {
			// Nothing can be submitted any more: only the text, to copy or save.
			for (const part of [missing, mailto, tooLong, webform]) part.hidden = true;
			mailto.removeAttribute('href');
			for (const part of [output, ...panel!.querySelectorAll('[data-action="copy-submission"], [data-action="download-submission"], [data-action="print-submission"]')]) part.removeAttribute('aria-describedby');
			return;
		}
		const problems = [
			...missingFields(current).map((name) => `「${name}」が未記入です。`),
			...(writtenDrafts(current.drafts).length === 0 ? ['意見が書かれた下書きがありません。'] : []),
			...unplacedOpinions(current.drafts).map((n) => `【意見${n}】の該当箇所が未記入です。`),
		];
		missing.textContent = problems.join(' ');
		missing.hidden = problems.length === 0;
		// Each empty required field says so itself once the text has been used, not as the resident first reaches it (WCAG 3.3.1).
		const empty = new Set(missingFields(current));
		for (const field of panel!.querySelectorAll<HTMLElement>('[data-field]')) {
			const invalid = triedToSend && empty.has(field.dataset.field!);
			if (invalid) field.setAttribute('aria-invalid', 'true');
			else field.removeAttribute('aria-invalid');
			if (invalid) field.setAttribute('aria-describedby', missing.id);
			else field.removeAttribute('aria-describedby');
		}
		// Heard with the text and the buttons that send it on, not only seen above them.
		for (const part of [output, ...panel!.querySelectorAll('[data-action="copy-submission"], [data-action="download-submission"], [data-action="print-submission"], [data-mailto]')]) {
			if (problems.length > 0) part.setAttribute('aria-describedby', missing.id);
			else part.removeAttribute('aria-describedby');
		}
		// Too long for a mailto: URL, the mail program gets the address and subject and the resident pastes the text.
		const email = current.channel.kind === '電子メール';
		const subject = submissionSubject(current.consultation);
		const withBody = email ? mailtoHref(current.channel.destination, subject, text) : undefined;
		mailCarriesText = withBody !== undefined;
		const href = email ? (withBody ?? mailtoHref(current.channel.destination, subject)) : undefined;
		mailto.hidden = href === undefined;
		// Never a stale address: the link carries only the text now shown.
		if (href) mailto.href = href;
		else mailto.removeAttribute('href');
		mailto.textContent = `${mailLinkLabel(withBody !== undefined)}（宛先: ${current.channel.destination}）`;
		tooLong.hidden = !(email && withBody === undefined);
		webform.hidden = current.channel.kind !== 'ウェブフォーム';
		if (current.channel.kind === 'ウェブフォーム') {
			// rel with href: on a link without href it is not valid HTML.
			const form = $<HTMLAnchorElement>('[data-webform-link]');
			form.href = current.channel.destination;
			form.rel = externalLinkRel.join(' ');
			renderPerOpinion(current.drafts);
		}
	}

	/** For a web form: each written opinion, numbered (by the list) as in the text, with a button to copy its 該当箇所 and one its content. */
	function renderPerOpinion(drafts: SubmissionDraft[]) {
		const button = (action: string, label: string, n: number) => {
			const copy = Object.assign(document.createElement('button'), { type: 'button', className: 'button-secondary', textContent: label });
			copy.dataset.action = action;
			copy.dataset.opinion = String(n);
			// Told apart in a list of buttons (WCAG 2.4.6): 「該当箇所をコピー（意見2）」.
			copy.append(Object.assign(document.createElement('span'), { className: 'visually-hidden', textContent: `（意見${n}）` }));
			return copy;
		};
		const list = $('[data-per-opinion]');
		// A rebuild (another tab's edit, a channel closing) keeps focus on the button that had it.
		const focused = list.contains(document.activeElement) ? (document.activeElement as HTMLElement).dataset : undefined;
		list.replaceChildren(
			...writtenDrafts(drafts).map((draft, i) => {
				const item = document.createElement('li');
				const name = Object.assign(document.createElement('p'), { textContent: `${draft.citation.trim() || '該当箇所が未記入'}（${characterCountLabel(draft.text)}）` });
				const actions = Object.assign(document.createElement('p'), { className: 'actions' });
				actions.append(button('copy-opinion-place', '該当箇所をコピー', i + 1), button('copy-opinion-text', '意見の内容をコピー', i + 1));
				item.append(name, actions);
				return item;
			}),
		);
		if (focused) list.querySelector<HTMLElement>(`[data-action="${focused.action}"][data-opinion="${focused.opinion}"]`)?.focus();
	}

	/**
	 * After a keystroke: the text for submission, rebuilt only while 「提出用にまとめる」 is open. Everything it
	 * shows is inside it, and with a long opinion a rebuild per keystroke slowed typing (on a phone, noticeably).
	 */
	function renderSubmissionIfShown() {
		if (submissionDetails.open) renderSubmission();
		else submissionOutdated = true;
	}
	// Opened by its summary (a click, Enter or Space: before it opens) or by the browser's find in page (toggle, after).
	const renderOutdated = () => submissionOutdated && renderSubmission();
	submissionDetails.querySelector('summary')!.addEventListener('click', renderOutdated);
	submissionDetails.addEventListener('toggle', renderOutdated);

	function announce(message: string) {
		live.textContent = message;
	}

	/** Starts a draft for a place, or opens the one kept for it, and puts the caret in it (in its place, when the resident is to write that first). */
	function writeDraft(place: DraftPlace) {
		const spot = spotOf(place);
		const existed = findDraft(store, spot) !== undefined;
		store = addDraft(store, place, new Date());
		save();
		renderDrafts();
		// The draft kept for this place may be one stored without a quote.
		const field = fieldOf(spotOf(findDraft(store, spot)!), place.placeWritten ? '[data-draft-place]' : 'textarea');
		field?.focus();
		// Focus shows as little as a line of a box at the drawer's foot; the whole box, to write in.
		field?.scrollIntoView({ block: 'nearest' });
		const done = place.placeWritten ? '該当箇所を書く下書きを追加しました' : existed ? `${place.citation}の下書きを開きました` : `${place.citation}の下書きを追加しました`;
		announce(storageWorks ? done : `${done}。ただし、この端末には保存されません`);
	}

	document.addEventListener('opinion:write', (event) => {
		const { link } = (event as CustomEvent<OpinionRequest>).detail;
		openPanel(link);
		writeDraft(citedPlace(link.closest<HTMLElement>('[data-citation-plan]')!, link, location.pathname));
	});

	panel.addEventListener('input', (event) => {
		const target = event.target as HTMLElement;
		if (target instanceof HTMLTextAreaElement && target.dataset.draftText !== undefined) {
			const item = target.closest<HTMLElement>('li')!;
			store = updateDraft(store, spotOfItem(item), target.value, new Date());
			item.querySelector('[data-draft-length]')!.textContent = characterCountLabel(target.value);
		} else if (target instanceof HTMLInputElement && target.dataset.draftPlace !== undefined) {
			const item = target.closest<HTMLElement>('li')!;
			store = rewritePlace(store, spotOfItem(item), target.value, new Date());
			nameItem(item, findDraft(store, spotOfItem(item))!);
		} else if ((target instanceof HTMLInputElement || target instanceof HTMLTextAreaElement) && target.dataset.field) {
			store = { ...store, fields: { ...store.fields, [target.dataset.field]: target.value } };
		} else if (target instanceof HTMLInputElement && target.name === 'opinion-channel') {
			store = { ...store, channel: channelIndex() };
			$('[data-channel-moved]').hidden = true;
			renderFields();
		} else return;
		save();
		renderSubmissionIfShown();
	});

	/**
	 * Whether to hold back printing or mailing the text: the first time it would go with a required field empty,
	 * said beside the button, where the resident is looking (the fields' message stands above the text box).
	 */
	function holdBack(handover: Handover): boolean {
		triedToSend = true;
		renderSubmission();
		const current = submission();
		const missing = current ? missingFields(current) : [];
		const attempt = `${handover} ${missing.join()}`;
		if (missing.length === 0 || heldBack === attempt) {
			heldBack = undefined;
			return false;
		}
		heldBack = attempt;
		$('[data-copy-result]').textContent = handoverBlockedMessage(handover, missing, mailCarriesText);
		return true;
	}

	panel.addEventListener('click', async (event) => {
		if ((event.target as Element).closest('[data-mailto]')) {
			if (holdBack('mail')) {
				event.preventDefault();
				return;
			}
			// Without the text, which did not fit in the link: put it on the clipboard for the resident to paste.
			if (!mailCarriesText) {
				const copied = await copyText($<HTMLTextAreaElement>('[data-submission-text]').value);
				$('[data-copy-result]').textContent = mailBodyCopiedMessage(copied);
			}
			return;
		}
		const button = (event.target as Element).closest<HTMLElement>('[data-action]');
		switch (button?.dataset.action) {
			case 'close-panel':
				closePanel();
				break;
			case 'write-whole-plan':
				writeDraft(config.plan ? wholePlanPlace(config.plan) : wholeDraftPlace(config.casePath));
				break;
			case 'write-written-place':
				// Only where the draft is not on this site: its places are pages of documents elsewhere.
				writeDraft(writtenPlace(store.drafts, config.casePath));
				break;
			case 'write-whole-chapter':
				// Only in the drawer, beside a chapter's text.
				writeDraft(wholeChapterOf(document.querySelector<HTMLElement>('[data-citation-plan]')!, location.pathname));
				break;
			case 'delete-draft': {
				const item = button.closest<HTMLElement>('li')!;
				const spot = spotOfItem(item);
				const draft = findDraft(store, spot);
				if (!draft || (draft.text.trim() !== '' && !confirm(`${draftPhrase(draft)}を削除しますか？`))) return;
				const position = [...list.children].indexOf(item);
				store = removeDraft(store, spot);
				save();
				renderDrafts();
				announce(`${draftPhrase(draft)}を削除しました`);
				// The resident's place in a long list: the draft that took this one's place, else the one before, else the heading.
				const neighbour = (list.children[position] ?? list.children[position - 1])?.querySelector<HTMLElement>('[data-draft-text]');
				(neighbour ?? heading).focus();
				break;
			}
			case 'erase-all': {
				if (!confirm(`この端末に保存されている、この意見募集の下書き（${store.drafts.length}件）と氏名・住所などの記入内容を消去しますか？元には戻せません。`)) return;
				store = emptyStore();
				try {
					localStorage.removeItem(key);
				} catch {
					// Storage unavailable: nothing was kept there.
				}
				renderFields();
				renderDrafts();
				announce('この端末から下書きと氏名・住所などを消去しました');
				heading.focus();
				break;
			}
			case 'copy-opinion-place':
			case 'copy-opinion-text': {
				const n = Number(button.dataset.opinion);
				const draft = writtenDrafts(submission()?.drafts ?? [])[n - 1];
				if (!draft) return;
				const place = button.dataset.action === 'copy-opinion-place';
				const copied = await copyText(place ? opinionPlace(draft, ' ') : draft.text.trim());
				$('[data-copy-result]').textContent = copied
					? `【意見${n}】の${place ? '該当箇所' : '意見の内容'}をコピーしました。受付フォームの${place ? '該当箇所' : '意見'}の欄に貼り付けてください。`
					: `コピーできませんでした。上の文章の【意見${n}】の部分を選択してコピーしてください（長押しや Ctrl+C）`;
				break;
			}
			case 'copy-submission': {
				const output = $<HTMLTextAreaElement>('[data-submission-text]');
				const copied = await copyText(output.value);
				const current = submission();
				triedToSend = true;
				renderSubmission();
				$('[data-copy-result]').textContent = copied
					? copiedMessage(current?.drafts ?? [], { submittable: phase() !== 'closed', missing: current ? missingFields(current) : [] })
					: 'コピーできませんでした。上の文章を選択しましたので、コピーしてください（長押しや Ctrl+C）';
				// Selected for the resident to copy by hand.
				if (!copied) output.select();
				break;
			}
			case 'print-submission': {
				if (holdBack('print')) return;
				document.documentElement.classList.add('printing-submission');
				addEventListener('afterprint', () => document.documentElement.classList.remove('printing-submission'), { once: true });
				print();
				break;
			}
			case 'record-submitted': {
				store = { ...store, submitted: { at: new Date().toISOString(), channel: config.channels[channelIndex()]?.kind ?? '' } };
				save();
				// Under the button, where the resident looks, in place of 「まだ提出は完了していません」 (a status: heard too).
				$('[data-copy-result]').textContent = submittedNote(store.submitted, store.drafts)!;
				break;
			}
			case 'download-submission': {
				const shown = $<HTMLTextAreaElement>('[data-submission-text]').value;
				// BOM and CRLF so the file opens correctly in Windows Notepad as well.
				const text = `\ufeff${shown.replace(/\n/g, '\r\n')}`;
				const link = document.createElement('a');
				link.href = URL.createObjectURL(new Blob([text], { type: 'text/plain;charset=utf-8' }));
				link.download = submissionFileName(config.caseNumber ?? config.id, new Date());
				link.click();
				setTimeout(() => URL.revokeObjectURL(link.href), 1000);
				store = { ...store, savedFile: savedFileOf(shown, new Date()) };
				save();
				triedToSend = true;
				renderSubmission();
				announce('テキストファイルを保存しました');
				break;
			}
		}
	});

	document.addEventListener('click', (event) => {
		const button = (event.target as Element).closest<HTMLButtonElement>('[data-action="open-panel"]');
		if (!button) return;
		openPanel(button);
		heading.focus();
	});

	// Escape closes the drawer from anywhere: it covers part of the page, and a reader tabbing
	// through the text must be able to see what has focus under it (WCAG 2.4.11). An open
	// popover (the citation menu, a term's definition) takes its own Escape first. While an IME
	// is converting (Japanese input), Escape cancels the conversion and must not close the drawer.
	document.addEventListener('keydown', (event) => {
		if (event.isComposing || event.keyCode === 229) return;
		if (event.key !== 'Escape' || !drawer || panel!.hidden || event.defaultPrevented || document.querySelector(':popover-open')) return;
		closePanel({ keepFocus: !panel!.contains(event.target as Node) });
	});

	// Focus moving out of the drawer onto the page under it (Tab past its ends) closes it where it hides
	// what has focus (WCAG 2.4.11): always on a phone, where it spans the screen's width and most of its
	// height; on a wider screen once the element, scrolled into view (smoothly, so at its end), is under it.
	// Its button brings it back.
	document.addEventListener('focusin', (event) => {
		const target = event.target;
		if (!drawer || panel!.hidden || !(target instanceof HTMLElement) || panel!.contains(target)) return;
		const hidesFocus = () => {
			const [focused, covering] = [target.getBoundingClientRect(), panel!.getBoundingClientRect()];
			if (covering.width >= document.documentElement.clientWidth - 1) return true;
			return focused.top < covering.bottom && focused.bottom > covering.top && focused.left < covering.right && focused.right > covering.left;
		};
		const check = () => {
			if (panel!.hidden || document.activeElement !== target || !hidesFocus()) return;
			closePanel({ keepFocus: true });
			// Its button comes back over the foot of the screen: the page's scroll padding keeps what has focus above it.
			target.scrollIntoView({ block: 'nearest' });
		};
		check();
		whenScrollingStops(check);
	});

	// Another tab edited the drafts: show its version (the one being typed in keeps its caret).
	window.addEventListener('storage', (event) => {
		if (event.key !== key) return;
		store = load();
		renderDrafts();
		void checkPlaces();
	});

	// The status re-check on the same page announces opening and closing; the resident may be typing in a draft that just became read-only.
	document.addEventListener('consultation-phase', (event) => {
		showPhase();
		renderSubmission();
		if ((event.target as HTMLElement).dataset.consultation !== config.id) return;
		const now = phase();
		if (now === 'closed') announce('意見の募集期間が終わりました。下書きはもう提出できませんが、読み返し、コピーや保存はできます');
		else if (now === 'open') announce('意見の募集期間が始まりました。下書きを提出できます');
	});

	panel.addEventListener('channel-closed', (event) => {
		// At the end of the period every channel closes with it: the phase's announcement says so, and no choice is left to move to.
		if (phase() === 'closed') return;
		const checked = channelIndex();
		const moved = leaveClosedChannel();
		if (channelIndex() === checked) return;
		renderFields();
		renderSubmission();
		if (moved) announce(moved);
		if ((event as CustomEvent<{ hadFocus: boolean }>).detail.hadFocus) panel!.querySelector<HTMLInputElement>('input[name="opinion-channel"]:checked')!.focus();
	});

	heading.tabIndex = -1;
	// The note on where drafts are kept is read before the first: folded to its summary once there is one.
	if (store.drafts.length > 0) $<HTMLDetailsElement>('[data-storage-details]').open = false;
	if (store.channel !== undefined) {
		const channelInput = panel.querySelector<HTMLInputElement>(`input[name="opinion-channel"][value="${store.channel}"]`);
		if (channelInput) channelInput.checked = true;
	}
	leaveClosedChannel();
	renderFields();
	renderDrafts();
	void checkPlaces();
}
