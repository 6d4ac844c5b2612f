import { describe, expect, it } from 'vitest';
import { characterCountLabel, copiedMessage, handoverBlockedMessage, leftOutNote, mailLinkLabel, mailtoHref, missingFields, opinionPlace, type Submission, submissionFileName, submissionSubject, submissionText, submitterFieldControl, unplacedOpinions } from '../../src/lib/submission-text.ts';

const submission: Submission = {
	consultation: { title: '計画（素案）に対する意見募集', caseNumber: 'DX-01', organiser: 'デジタル推進課' },
	channel: { kind: '電子メール', destination: 'dx@example.jp', required: ['氏名', '住所'], optional: ['年齢', '職業'] },
	fields: { 氏名: '県民 太郎', 住所: '  ', 年齢: '40' },
	drafts: [
		{ citation: '計画 第１章第２節 第１段落', url: 'https://example.jp/plans/p/ch1/#s2-p1', text: '一つ目の意見。\n二行目。' },
		{ citation: '計画 第２章 第３段落', url: 'https://example.jp/plans/p/ch2/#p3', text: '   ' },
		{ citation: '計画 第３章第１節 １ 第２段落', url: 'https://example.jp/plans/p/ch3/#s1-1-p2', text: '三つ目の意見。' },
	],
};

describe('submission text', () => {
	it('lists the case, the required fields, filled optional ones, and each written opinion with its citation and URL', () => {
		expect(submissionText(submission)).toBe(
			[
				'意見の提出（計画（素案）に対する意見募集）',
				'',
				'案件番号: DX-01',
				'提出先: デジタル推進課（電子メール: dx@example.jp）',
				'',
				'氏名: 県民 太郎',
				'住所: （未記入）',
				'年齢: 40',
				'',
				'【意見1】',
				'該当箇所: 計画 第１章第２節 第１段落',
				'https://example.jp/plans/p/ch1/#s2-p1',
				'意見の内容:',
				'一つ目の意見。\n二行目。',
				'',
				'【意見2】',
				'該当箇所: 計画 第３章第１節 １ 第２段落',
				'https://example.jp/plans/p/ch3/#s1-1-p2',
				'意見の内容:',
				'三つ目の意見。',
				'',
			].join('\n'),
		);
	});

	it('gives an opinion on a draft not on the site the place the resident wrote, without an address, and names the written opinions whose place is still blank', () => {
		const drafts = [
			{ citation: '全体', text: '全体への意見。' },
			{ citation: '', text: '   ' },
			{ citation: ' ', text: '場所を書き忘れた意見。' },
			{ citation: '概要版 3ページ', text: '三ページへの意見。' },
		];
		const text = submissionText({ ...submission, drafts });
		expect(text.split('\n').slice(9)).toEqual(['【意見1】', '該当箇所: 全体', '意見の内容:', '全体への意見。', '', '【意見2】', '該当箇所: （未記入）', '意見の内容:', '場所を書き忘れた意見。', '', '【意見3】', '該当箇所: 概要版 3ページ', '意見の内容:', '三ページへの意見。', '']);
		// Numbered as the text numbers them: the empty draft is not in it.
		expect(unplacedOpinions(drafts)).toEqual([2]);
		expect(unplacedOpinions(submission.drafts)).toEqual([]);
	});

	it('quotes the start of the cited text after the citation, and says when the text there changed after the opinion was written', () => {
		const drafts = [
			{ ...submission.drafts[0]!, quote: '行政手続のオンライン利用率は…' },
			{ ...submission.drafts[2]!, quote: '職員の研修を充実させます。', changed: true },
		];
		const text = submissionText({ ...submission, drafts });
		expect(text).toContain(
			[
				'【意見1】',
				'該当箇所: 計画 第１章第２節 第１段落（本文:『行政手続のオンライン利用率は…』）',
				'https://example.jp/plans/p/ch1/#s2-p1',
				'意見の内容:',
				'一つ目の意見。\n二行目。',
				'',
				'【意見2】',
				'該当箇所: 計画 第３章第１節 １ 第２段落（本文:『職員の研修を充実させます。』）',
				'※この意見を書いた後に、サイト上の本文のこの箇所が変わりました。該当箇所（段落の番号と引用）は意見を書いたときのものです。',
				'https://example.jp/plans/p/ch3/#s1-1-p2',
				'意見の内容:',
				'三つ目の意見。',
			].join('\n'),
		);
	});

	it('gives a web form’s 該当箇所 box what the text puts after 「該当箇所: 」, lines and all', () => {
		const changed = { ...submission.drafts[2]!, quote: '職員の研修を充実させます。', changed: true };
		expect(opinionPlace(changed)).toBe(
			[
				'計画 第３章第１節 １ 第２段落（本文:『職員の研修を充実させます。』）',
				'※この意見を書いた後に、サイト上の本文のこの箇所が変わりました。該当箇所（段落の番号と引用）は意見を書いたときのものです。',
				'https://example.jp/plans/p/ch3/#s1-1-p2',
			].join('\n'),
		);
		expect(submissionText({ ...submission, drafts: [changed] })).toContain(`該当箇所: ${opinionPlace(changed)}\n意見の内容:`);
		expect(opinionPlace({ citation: '  ', text: '場所を書き忘れた意見。' })).toBe('（未記入）');
		// For a one-line field, which drops line breaks on paste: the parts kept apart by a space.
		expect(opinionPlace(changed, ' ')).toBe(opinionPlace(changed).replaceAll('\n', ' '));
	});

	it('writes an address typed on two lines on its line after 住所, and each other field on one line', () => {
		const text = submissionText({ ...submission, fields: { 氏名: '県民 太郎', 住所: '千葉市中央区市場町1-1 \n  ○○マンション101\n' } });
		expect(text.split('\n').slice(5, 8)).toEqual(['氏名: 県民 太郎', '住所: 千葉市中央区市場町1-1 ○○マンション101', '']);
	});

	it('asks for each detail with the keyboard and autofill it needs, and for one it does not know with a line of text', () => {
		expect(['氏名', '住所', '郵便番号', '電話番号', 'メールアドレス', '年齢'].map((name) => [name, submitterFieldControl(name)])).toEqual([
			['氏名', { multiline: false, type: 'text', autocomplete: 'name' }],
			['住所', { multiline: true, autocomplete: 'street-address' }],
			['郵便番号', { multiline: false, type: 'text', autocomplete: 'postal-code' }],
			['電話番号', { multiline: false, type: 'tel', autocomplete: 'tel' }],
			['メールアドレス', { multiline: false, type: 'email', autocomplete: 'email' }],
			['年齢', { multiline: false, type: 'text', autocomplete: 'off' }],
		]);
	});

	it('names the required fields still empty', () => {
		expect(missingFields(submission)).toEqual(['住所']);
		expect(missingFields({ ...submission, fields: { 氏名: 'a', 住所: 'b' } })).toEqual([]);
	});

	it('leaves out the case number when there is none', () => {
		expect(submissionText({ ...submission, consultation: { title: 'x', organiser: 'y' } })).not.toContain('案件番号');
		expect(submissionSubject({ title: 'x', organiser: 'y' })).toBe('意見の提出（x）');
	});
});

describe('what the page says about the text', () => {
	it('counts the empty drafts the text leaves out, and says nothing when there are none', () => {
		expect(leftOutNote(submission.drafts)).toBe('下書き3件のうち、何も書かれていない1件は文章に含めていません。');
		expect(leftOutNote(submission.drafts.filter((d) => d.text.trim() !== ''))).toBeUndefined();
	});

	it('says after copying that nothing has been submitted yet, while it still can be', () => {
		expect(copiedMessage(submission.drafts, { submittable: true })).toBe('提出用の文章をコピーしました（意見2件。空の下書き1件は含めていません）。まだ提出は完了していません。提出先に貼り付けて送ってください。');
		expect(copiedMessage(submission.drafts, { submittable: false })).toBe('下書きをまとめた文章をコピーしました（意見2件。空の下書き1件は含めていません）。');
		// A required field left empty is said where the copy is confirmed: pasted as it is, the text may be turned away.
		expect(copiedMessage(submission.drafts, { submittable: true, missing: ['氏名', '住所'] })).toBe('提出用の文章をコピーしました（意見2件。空の下書き1件は含めていません）。ただし「氏名」「住所」が未記入です。記入してからコピーし直してください。');
		expect(copiedMessage(submission.drafts, { submittable: false, missing: ['氏名'] })).toBe('下書きをまとめた文章をコピーしました（意見2件。空の下書き1件は含めていません）。');
	});
});

describe('a print or mail held back for an empty required field', () => {
	it('names the button to press again as it reads: the mail link’s words say when it copies the text', () => {
		expect(handoverBlockedMessage('print', ['住所'])).toBe('「住所」が未記入です。記入してから印刷してください。このまま印刷するときは、もう一度「印刷する」を押してください。');
		expect(handoverBlockedMessage('mail', ['住所'], true)).toMatch(/もう一度「メールソフトで開く」を押してください。$/);
		expect(handoverBlockedMessage('mail', ['住所'], false)).toMatch(/もう一度「本文をコピーしてメールソフトを開く」を押してください。$/);
		expect([true, false].map(mailLinkLabel)).toEqual(['メールソフトで開く', '本文をコピーしてメールソフトを開く']);
	});
});

describe('mailto link', () => {
	it('encodes subject and body, with CRLF line breaks', () => {
		const href = mailtoHref('dx@example.jp', '意見の提出', '一行目\n二行目 & ?')!;
		expect(href.startsWith('mailto:dx@example.jp?subject=')).toBe(true);
		const url = new URL(href);
		expect(url.searchParams.get('subject')).toBe('意見の提出');
		expect(url.searchParams.get('body')).toBe('一行目\r\n二行目 & ?');
	});

	it('counts a text’s characters as a form’s limit does: each one, a surrogate pair and a line break included, the ends’ spaces not', () => {
		expect(characterCountLabel('意見です。')).toBe('5字');
		expect(characterCountLabel(' 𠮷野家\nの件 ')).toBe('6字');
		expect(characterCountLabel('あ'.repeat(2000))).toBe('2,000字');
	});

	it('is withheld when the link would be too long for mail programs', () => {
		expect(mailtoHref('dx@example.jp', 's', 'あ'.repeat(200), 2000)).toBeDefined();
		expect(mailtoHref('dx@example.jp', 's', 'あ'.repeat(800), 2000)).toBeUndefined();
	});

	it('opens the address and subject only when given no body (for a text too long to pass)', () => {
		const href = mailtoHref('dx@example.jp', '意見の提出')!;
		expect(new URL(href).searchParams.get('subject')).toBe('意見の提出');
		expect(href).not.toContain('body=');
	});
});

describe('submissionFileName', () => {
	it('names the saved file by the case number and the day in Japan, without characters file systems refuse', () => {
		expect(submissionFileName('DX-2026-01', new Date('2026-12-10T15:30:00Z'))).toBe('意見_DX-2026-01_20261211.txt');
		expect(submissionFileName('第12/3号 "案"', new Date('2026-12-10T03:00:00Z'))).toBe('意見_第12-3号-案-_20261210.txt');
	});
});
