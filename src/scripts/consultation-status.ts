/**
 * Re-checks every consultation status on the page against the reader's
 * clock (the page may have been built days ago), and again whenever it can
 * next change or the page is seen again (a timer does not run while a phone
 * sleeps, nor in a page kept for the back button), and the case page's 状況 field with it. Announces phase changes
 * to the opinion drafts, and hides what is only for an open case (the deadline for
 * residents' calendars) once it closes. Channels are marked 「受付終了」 once past their own
 * deadline (a counter closing before the period ends) and can no longer be
 * chosen in the drafts panel, which hears of it too; on that day and the day
 * before, their deadline says so.
 */
import { canChangeWithoutRebuild, channelClosingSoonText, nextChangeAt, nextJstMidnight, type Schedule, statusAt } from '../lib/consultation-status.ts';

const statuses = [...document.querySelectorAll<HTMLElement>('[data-consultation-status]')];
const channels = [...document.querySelectorAll<HTMLElement>('[data-channel-closes-at]')];
/** setTimeout overflows past ~24.8 days; waking daily is plenty. */
const longestWait = 86_400_000;
let timer: ReturnType<typeof setTimeout> | undefined;

function scheduleOf(element: HTMLElement): Schedule {
	const { opensAt, closesAt, resultsAt, closingTime } = element.dataset;
	return { opensAt: Number(opensAt), closesAt: Number(closesAt), resultsAt: resultsAt ? Number(resultsAt) : undefined, closingTimeStated: closingTime === 'stated' };
}

function refresh() {
	const now = Date.now();
	let next = Number.POSITIVE_INFINITY;
	for (const element of statuses) {
		const schedule = scheduleOf(element);
		const status = statusAt(schedule, now);
		if (element.dataset.phase !== status.phase) {
			element.dataset.phase = status.phase;
			element.dispatchEvent(new CustomEvent('consultation-phase', { bubbles: true, detail: status.phase }));
		}
		for (const untilClosed of element.querySelectorAll<HTMLElement>('[data-until-closed]')) untilClosed.hidden = !canChangeWithoutRebuild(status.phase);
		const text = element.querySelector('[data-status-text]');
		if (text && text.textContent !== status.text) text.textContent = status.text;
		// The case page's 状況 field says the same as the status above it.
		for (const label of document.querySelectorAll(`[data-status-label-of="${element.dataset.consultation}"]`)) if (label.textContent !== status.label) label.textContent = status.label;
		next = Math.min(next, nextChangeAt(schedule, now) ?? Number.POSITIVE_INFINITY);
	}
	for (const channel of channels) {
		const closesAt = Number(channel.dataset.channelClosesAt);
		const note = channel.querySelector<HTMLElement>('[data-channel-closed-note]')!;
		const soon = channel.querySelector<HTMLElement>('[data-channel-soon-note]')!;
		const soonText = channelClosingSoonText(closesAt, now);
		soon.textContent = soonText ?? '';
		soon.hidden = soonText === undefined;
		if (now < closesAt) next = Math.min(next, closesAt, nextJstMidnight(now));
		else if (note.hidden) {
			note.hidden = false;
			// A disabled control loses focus: the panel gives it to the channel chosen in its place.
			const hadFocus = channel.contains(document.activeElement);
			for (const input of channel.querySelectorAll('input')) input.disabled = true;
			channel.dispatchEvent(new CustomEvent('channel-closed', { bubbles: true, detail: { hadFocus } }));
		}
	}
	clearTimeout(timer);
	if (Number.isFinite(next)) timer = setTimeout(refresh, Math.min(next - now + 50, longestWait));
}

refresh();
document.addEventListener('visibilitychange', () => {
	if (document.visibilityState === 'visible') refresh();
});
addEventListener('pageshow', (event) => {
	if (event.persisted) refresh();
});
