/**
 * Citations of a place in a plan, the way residents refer to it in a
 * public comment: 「福島県デジタル変革（ＤＸ）推進計画 第３章第２節 １（１） 第２段落」, followed by
 * its URL (https://…#s3-2-1-1-p2).
 * Locations use the document's own numbering as written; a heading without
 * numbering is cited by its text in 「」.
 */
import { headingNumberText, toAsciiDigits, toFullWidthDigits } from './heading-numbering.ts';

/** How one heading is named in a citation. */
export function headingCitationLabel(headingText: string): string {
	return headingNumberText(headingText) ?? `「${headingText.trim()}」`;
}

/** A number that opens with its own mark, which keeps it apart from the number before it: （１）, (2), ①, ㉑. */
const markedNumber = /^[（(［[〔]|^[\u2460-\u24ff\u2776-\u2793\u3251-\u325f\u32b1-\u32bf]/u;

/**
 * Joins location labels outermost first. 第N章 and 第N節 run together as the
 * document writes them (第３章第２節); after them a space, and a number below
 * runs on from the one before it where its own mark keeps them apart
 * (１（１）, （１）①). Other labels stand apart: 資料2 1, not 資料21; ３． １, not
 * ３．１, which would read as section 3.1; paragraphs and quoted headings too.
 */
export function joinLocation(labels: readonly string[]): string {
	let text = '';
	for (const [i, label] of labels.entries()) {
		const previous = labels[i - 1];
		const together =
			previous !== undefined &&
			!/^第[0-9０-９]+段落$/.test(label) &&
			(/^第.+[章節]$/.test(previous) ? /^第/.test(label) : markedNumber.test(label) && !previous.endsWith('」'));
		text += i === 0 || together ? label : ` ${label}`;
	}
	return text;
}

/** The n-th paragraph (1-based) of a section, in words, with full-width digits like the documents' own numbering. */
export const paragraphLabel = (n: number) => `第${toFullWidthDigits(n)}段落`;

export interface CitationParts {
	/** Plan name with its prefecture, as the site names it (planFullName). */
	planName: string;
	/** The chapter's own label (第３章), or its title in 「」 when it has none. */
	chapter: string;
	/** Labels below the chapter, outermost first: ['第２節', '１', '（１）', '第２段落']. */
	location: readonly string[];
}

/**
 * The place in words; residents copy it followed by its URL. The paragraph's
 * number takes the width of the document's own numbers: 「第2章 1 第2段落」
 * where the plan writes half-width digits, not 「第2章 1 第２段落」.
 */
export function citationText({ planName, chapter, location }: CitationParts): string {
	return `${planName} ${inPlaceDigits(joinLocation([chapter, ...location]))}`;
}

/** A place whose paragraph number takes the width of the numbers before it: 「1 第1段落」, 「１ 第１段落」. */
export function inPlaceDigits(place: string): string {
	const paragraph = /第[０-９]+段落$/.exec(place);
	const before = paragraph ? place.slice(0, paragraph.index) : '';
	const halfWidth = /[0-9]/.test(before) && !/[０-９]/.test(before);
	return halfWidth ? before + toAsciiDigits(paragraph![0]) : place;
}
