/**
 * The text a resident submits through the prefecture's official channel:
 * the consultation, the submitter's details the channel asks for, and each
 * opinion with its citation. The site never sends it anywhere.
 */

import { jstDateOf } from './consultation-status.ts';

export interface SubmissionChannel {
	/** ウェブフォーム, 電子メール, 郵送 … */
	kind: string;
	/** Form URL, e-mail address, postal address or FAX number. */
	destination: string;
	required: string[];
	optional: string[];
}

export interface SubmissionDraft {
	/** 「計画名 第３章第２節 １（１） 第２段落」, or a place the resident wrote (「概要版 3ページ」), empty if they wrote none. */
	citation: string;
	/** Absolute URL of the cited place; none when the draft under consultation is not on this site. */
	url?: string | undefined;
	/** The opinion as written. */
	text: string;
	/** The start of the cited text when the draft was started (quoteText); none in drafts kept from before quotes. */
	quote?: string | undefined;
	/** The text at the place is no longer the quoted one: the citation and quote are as they were when it was written. */
	changed?: boolean | undefined;
}

export interface Submission {
	consultation: { title: string; caseNumber?: string | undefined; organiser: string };
	channel: SubmissionChannel;
	/** Values the resident entered, by field name (氏名 …). */
	fields: Record<string, string>;
	/** In document order. */
	drafts: SubmissionDraft[];
}

const unfilled = '（未記入）';
const changedNote = '※この意見を書いた後に、サイト上の本文のこの箇所が変わりました。該当箇所（段落の番号と引用）は意見を書いたときのものです。';

export function submissionSubject(consultation: Submission['consultation']): string {
	return `意見の提出（${consultation.title}）`;
}

/**
 * The name of the saved .txt: what a resident finds again in their downloads
 * folder — the case number the prefecture uses (else the site's id) and the
 * day it was saved in Japan, without characters file systems refuse.
 */
export function submissionFileName(caseId: string, savedAt: Date): string {
	const day = jstDateOf(savedAt.getTime()).replace(/-/g, '');
	return `意見_${caseId.replace(/[\\/:*?"<>|\s]+/g, '-')}_${day}.txt`;
}

/**
 * How the drafts panel asks for one of the submitter's details: on several lines (a <textarea>: an
 * address runs long, and the standard's street-address is a multi-line field) or on one, of a `type`
 * that gives a phone its keyboard (digits for a phone number, @ for an e-mail address); and what the
 * browser may fill in (WCAG 1.3.5; 'off' for a detail that is no one's personal data to fill, 年齢 …).
 */
export type SubmitterFieldControl = { multiline: true; autocomplete: AutoFill } | { multiline: false; type: 'text' | 'tel' | 'email'; autocomplete: AutoFill };

const submitterFieldControls: Record<string, SubmitterFieldControl> = {
	氏名: { multiline: false, type: 'text', autocomplete: 'name' },
	住所: { multiline: true, autocomplete: 'street-address' },
	郵便番号: { multiline: false, type: 'text', autocomplete: 'postal-code' },
	電話番号: { multiline: false, type: 'tel', autocomplete: 'tel' },
	メールアドレス: { multiline: false, type: 'email', autocomplete: 'email' },
};

/** The control for a field the organiser names (consultation.yaml's required/optional): one the panel knows, else one line of text. */
export const submitterFieldControl = (name: string): SubmitterFieldControl => submitterFieldControls[name] ?? { multiline: false, type: 'text', autocomplete: 'off' };

/** A field's value on one line of the text, after its name: an address typed on two lines joined with a space. */
const fieldValue = (value: string | undefined) => value?.trim().replace(/\s*\n\s*/g, ' ') ?? '';

/** Required fields left empty; the page asks for them before the text is used. */
export const missingFields = ({ channel, fields }: Submission) => channel.required.filter((name) => !fields[name]?.trim());

/** Fields named in a message: 「氏名」「住所」. */
const quotedNames = (names: readonly string[]) => names.map((name) => `「${name}」`).join('');

/** Drafts with something written in them; empty ones are left out of the submission. */
export const writtenDrafts = (drafts: SubmissionDraft[]) => drafts.filter((d) => d.text.trim() !== '');

/** Written drafts whose place the resident was to write and has not (the organiser asks for 該当箇所): their numbers in the text. */
export const unplacedOpinions = (drafts: SubmissionDraft[]) => writtenDrafts(drafts).flatMap((d, i) => (d.citation.trim() === '' ? [i + 1] : []));

/** Drafts left empty and so out of the text, said beside it: the drafts button counts them all. */
export function leftOutNote(drafts: SubmissionDraft[]): string | undefined {
	const empty = drafts.length - writtenDrafts(drafts).length;
	return empty === 0 ? undefined : `下書き${drafts.length}件のうち、何も書かれていない${empty}件は文章に含めていません。`;
}

/**
 * What the page says once the text is copied: the opinions in it, the empty drafts left out, and,
 * while it can still be submitted, that it has not been (the site sends nothing).
 */
export function copiedMessage(drafts: SubmissionDraft[], { submittable, missing = [] }: { submittable: boolean; missing?: readonly string[] }): string {
	const written = writtenDrafts(drafts).length;
	const empty = drafts.length - written;
	const copied = `${submittable ? '提出用の文章' : '下書きをまとめた文章'}をコピーしました（意見${written}件${empty > 0 ? `。空の下書き${empty}件は含めていません` : ''}）。`;
	if (!submittable) return copied;
	// Pasted as it is, a text without a required field may be turned away: said here, where the copy is confirmed.
	if (missing.length > 0) return `${copied}ただし${quotedNames(missing)}が未記入です。記入してからコピーし直してください。`;
	return `${copied}まだ提出は完了していません。提出先に貼り付けて送ってください。`;
}

/** The mail link's words: the mail program opens with the text, or (too long for a link) with the address and subject, the text copied to paste. */
export const mailLinkLabel = (carriesText: boolean) => (carriesText ? 'メールソフトで開く' : '本文をコピーしてメールソフトを開く');

/** How the text is handed on, by the button the resident pressed. */
export type Handover = 'print' | 'mail';
const handovers: Record<Handover, { action: string; doing: string }> = {
	print: { action: '印刷して', doing: '印刷する' },
	mail: { action: 'メールを作って', doing: 'メールを作る' },
};

/**
 * Said beside the button when the text would be printed or mailed with a required field empty (it would go out
 * as 「（未記入）」, which the organiser may turn away): what is missing, and that pressing the button again (named
 * as it reads: the mail link's words depend on whether it carries the text) goes on anyway.
 */
export function handoverBlockedMessage(handover: Handover, missing: readonly string[], mailCarriesText = true): string {
	const { action, doing } = handovers[handover];
	const button = handover === 'print' ? '印刷する' : mailLinkLabel(mailCarriesText);
	return `${quotedNames(missing)}が未記入です。記入してから${action}ください。このまま${doing}ときは、もう一度「${button}」を押してください。`;
}

/** Said once the mail program is opened without the text, which did not fit in its link: the text is on the clipboard, to paste. */
export const mailBodyCopiedMessage = (copied: boolean) =>
	copied
		? 'メールソフトには宛先と件名だけを渡し、本文はコピーしました。メールの本文に貼り付けて送ってください（まだ提出は完了していません）。'
		: 'メールソフトには宛先と件名だけを渡しました。本文をコピーできなかったため、上の文章をコピーしてメールの本文に貼り付けてください。';

export function submissionText(submission: Submission): string {
	const { consultation, channel, fields } = submission;
	const lines = [submissionSubject(consultation), ''];
	if (consultation.caseNumber) lines.push(`案件番号: ${consultation.caseNumber}`);
	lines.push(`提出先: ${consultation.organiser}（${channel.kind}: ${channel.destination}）`, '');
	for (const name of channel.required) lines.push(`${name}: ${fieldValue(fields[name]) || unfilled}`);
	for (const name of channel.optional) if (fieldValue(fields[name])) lines.push(`${name}: ${fieldValue(fields[name])}`);
	writtenDrafts(submission.drafts).forEach((draft, i) => {
		lines.push('', `【意見${i + 1}】`, `該当箇所: ${opinionPlace(draft)}`, '意見の内容:', draft.text.trim());
	});
	return `${lines.join('\n')}\n`;
}

/**
 * An opinion's 該当箇所 as the text gives it, and as a web form's own 該当箇所 box takes it: the citation and the
 * start of the quoted passage, which lets the prefecture's staff find it where numbering differs (the PDF, a
 * revised page), then the note if that text has changed since, and its address. On lines; for a form's box, which
 * may be a one-line field that drops line breaks, `separator` ' ' keeps the parts apart.
 */
export function opinionPlace(draft: SubmissionDraft, separator = '\n'): string {
	const lines = [`${draft.citation.trim() || unfilled}${draft.quote ? `（本文:『${draft.quote}』）` : ''}`];
	if (draft.changed) lines.push(changedNote);
	if (draft.url) lines.push(draft.url);
	return lines.join(separator);
}

/**
 * A text's length as a form's limit counts it (e-Gov takes 2,000 characters per opinion): each character one,
 * a surrogate pair (𠮷) too, line breaks included.
 */
export const characterCountLabel = (text: string) => `${[...text.trim()].length.toLocaleString('ja-JP')}字`;

/** Longest mailto: URL we hand to a mail program; longer ones are cut off by some clients. */
const mailtoLimit = 2000;

/**
 * A mailto: link with subject and, if given, body (RFC 6068: CRLF line breaks), or undefined when
 * it would be too long to pass safely. Without a body it opens the address and subject only.
 */
export function mailtoHref(address: string, subject: string, body?: string, limit = mailtoLimit): string | undefined {
	const href = `mailto:${address}?subject=${encodeURIComponent(subject)}${body === undefined ? '' : `&body=${encodeURIComponent(body.replace(/\r?\n/g, '\r\n'))}`}`;
	return href.length <= limit ? href : undefined;
}
