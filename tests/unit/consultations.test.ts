import { describe, expect, it } from 'vitest';
import { acceptsDrafts, buildConsultations, channelDeadlineText, channelDestination, consultationsOfPlan, consultationsOfPrefecture, currentConsultations, draftingConsultation, keepsDrafts, opinionIndex, resultIsAboutWhole, resultPlace, resultsBreakdown, resultsHavePlaces, sectionInAdopted } from '../../src/lib/consultations.ts';
import { planLinkIndex } from '../../src/lib/plan-links.ts';
import { buildSiteModel } from '../../src/lib/site-model.ts';
import { versionPairs } from '../../src/lib/version-pairs.ts';
import type { Chapter } from '../../src/schemas/chapter.ts';
import type { Plan } from '../../src/schemas/plan.ts';
import { type Consultation, consultationSchema, type ResultItem } from '../../src/schemas/consultation.ts';

const base = { title: '案', prefecture: { name: '福島県', code: '07' }, organiser: '課' };
const parse = (data: object): Consultation => consultationSchema.parse({ ...base, ...data });
const jst = (local: string) => Date.parse(`${local}+09:00`);

describe('consultation schema', () => {
	it('reads YAML dates (Date objects at UTC midnight) and quoted times as JST wall-clock values', () => {
		const c = parse({ period: { start: new Date('2026-12-01T00:00:00Z'), end: '2026-12-28 17:00' } });
		expect(c.period).toEqual({ start: { date: '2026-12-01', time: undefined }, end: { date: '2026-12-28', time: '17:00' } });
		// An unquoted YAML time is read as UTC by YAML; its figures are what the author wrote.
		expect(parse({ period: { start: new Date('2026-12-01T09:30:00Z'), end: '2026-12-02' } }).period?.start).toEqual({ date: '2026-12-01', time: '09:30' });
	});

	it('accepts a closing day equal to the opening day, and rejects one before it', () => {
		expect(consultationSchema.safeParse({ ...base, period: { start: '2026-12-01', end: '2026-12-01' } }).success).toBe(true);
		const reversed = consultationSchema.safeParse({ ...base, period: { start: '2026-12-01 10:00', end: '2026-12-01 09:00' } });
		expect(reversed.error?.issues.map((i) => i.path.join('.'))).toEqual(['period.end']);
	});

	it('rejects a day the calendar does not have, with or without a time', () => {
		for (const end of ['2027-02-29', '2026-11-31 17:00']) {
			const parsed = consultationSchema.safeParse({ ...base, period: { start: '2026-11-01', end } });
			expect(parsed.error?.issues.map((i) => [i.path.join('.'), i.message])).toEqual([['period.end', `「${end}」という日付はありません — カレンダーで日付を確かめてください`]]);
		}
		expect(consultationSchema.safeParse({ ...base, period: { start: '2028-02-29', end: '2028-03-01' } }).success).toBe(true);
	});

	describe('a channel’s own deadline', () => {
		const period = { start: '2026-12-01', end: '2026-12-28' };
		const channelsOf = (...channels: object[]) => parse({ period, channels }).channels;
		const problems = (end: string, ...channels: object[]) => consultationSchema.safeParse({ ...base, period: { ...period, end }, channels }).error?.issues.map((i) => [i.path.join('.'), i.message]);

		it('reads 必着 and 消印有効 on 郵送, and leaves the rule unset where the source does not state it', () => {
			expect(channelsOf({ kind: '郵送', address: '〒', postalDeadline: '必着' }, { kind: '郵送', address: '〒', postalDeadline: '消印有効' }, { kind: '郵送', address: '〒' }).map((c) => c.postalDeadline)).toEqual(['必着', '消印有効', undefined]);
		});

		it('reads a channel’s closing day, or day and time, in JST, up to and including the period’s end', () => {
			const [counter, post, mail] = channelsOf(
				{ kind: '持参', address: '県庁', closes: '2026-12-25 17:00' },
				// A YAML date (UTC midnight), as an unquoted 2026-12-25 is read.
				{ kind: '郵送', address: '〒', closes: new Date('2026-12-25T00:00:00Z') },
				{ kind: '電子メール', email: 'a@example.jp', closes: '2026-12-28' },
			);
			expect([counter?.closes, post?.closes, mail?.closes]).toEqual([
				{ date: '2026-12-25', time: '17:00' },
				{ date: '2026-12-25', time: undefined },
				{ date: '2026-12-28', time: undefined },
			]);
			// 17:00 on the last day closes before its 24:00.
			expect(problems('2026-12-28', { kind: '持参', address: '県庁', closes: '2026-12-28 17:00' })).toBeUndefined();
		});

		it('rejects a channel closing after the period’s end, telling the author to move period.end', () => {
			expect(problems('2026-12-28', { kind: '郵送', address: '〒', closes: '2026-12-29' })).toEqual([
				[
					'channels.0.closes',
					'この提出方法の締切「2026-12-29」が、意見募集期間の締切（period › end）「2026-12-28」より後になっています。period › end は意見を受け付ける最後の時点です — 資料で日時を確かめ、この提出方法の締切のとおりなら period › end を「2026-12-29」に直してください',
				],
			]);
			// A day without a time runs to 24:00: after a 17:00 end the same day.
			expect(problems('2026-12-28 17:00', { kind: '郵送', address: '〒', closes: '2026-12-28' })?.map(([path]) => path)).toEqual(['channels.0.closes']);
			expect(problems('2026-12-28 17:00', { kind: '持参', address: '県庁', closes: '2026-12-28 17:30' })?.map(([path]) => path)).toEqual(['channels.0.closes']);
		});

		it('rejects a channel closing before the period opens', () => {
			expect(problems('2026-12-28', { kind: '持参', address: '県庁', closes: '2026-11-30 17:00' })).toEqual([
				['channels.0.closes', 'この提出方法の締切「2026-11-30 17:00」が、意見募集期間の開始（period › start）より前になっています。日付を確かめてください'],
			]);
		});

		it('rejects 必着 or 消印有効 on a channel other than 郵送, saying where it belongs', () => {
			expect(problems('2026-12-28', { kind: '電子メール', email: 'a@example.jp' }, { kind: '持参', address: '県庁', postalDeadline: '必着' })).toEqual([
				[
					'channels.1.postalDeadline',
					'必着・消印有効（postalDeadline）は郵便で送る意見の締切の扱いのため、kind: 郵送 の提出方法にだけ書けます（この提出方法は持参）— kind: 郵送 の項目に移すか、この行を削除してください。持参の受付が意見募集期間の締切より早く終わるなら、その日時を closes に書きます',
				],
			]);
		});
	});

	it('rejects a notice dated before the draft was announced, and takes one on that day or after', () => {
		const notices = [
			{ date: '2026-11-30', text: '説明会を追加します。' },
			{ date: '2026-11-20', text: '資料を差し替えました。' },
		];
		const parsed = consultationSchema.safeParse({ ...base, announced: '2026-11-30', period: { start: '2026-12-01', end: '2026-12-28' }, notices });
		expect(parsed.error?.issues.map((i) => [i.path.join('.'), i.message])).toEqual([
			['notices.1.date', 'お知らせの日付「2026-11-20」が案の公示日（announced）「2026-11-30」より前になっています。お知らせは公示の後に出るものです — 日付を資料で確かめてください'],
		]);
		// Without an announcement date there is nothing to compare with.
		expect(consultationSchema.safeParse({ ...base, period: { start: '2026-12-01', end: '2026-12-28' }, notices }).success).toBe(true);
	});

	it('takes a results row naming no place, or 全体, as about the whole draft; not one with a place or a section, nor any in a table that gives no places', () => {
		const about = (item: object) => resultIsAboutWhole(item, true);
		expect([{}, { place: '全体' }, { place: '計画全体' }, { place: '全 般' }, { place: '―' }, { place: 'なし' }].map(about)).toEqual([true, true, true, true, true, true]);
		expect([{ place: 'P.3' }, { place: '第１章' }, { concerns: 'plan:p/ch1' }, { place: '全体', concerns: 'plan:p/ch1' }].map(about)).toEqual([false, false, false, false]);
		expect(resultIsAboutWhole({}, false)).toBe(false);
	});

	it('compares only dates written as dates: 和暦 in announced gets the format’s message, not another about its order', () => {
		const parsed = consultationSchema.safeParse({ ...base, announced: 'R8.12.1', period: { start: '2026-12-01', end: '2026-12-28' }, notices: [{ date: '2026-12-02', text: '説明会' }] });
		expect(parsed.error?.issues.map((i) => i.path.join('.'))).toEqual(['announced']);
		expect(parsed.error?.issues[0]?.message).not.toContain('より後になっています');
	});

	it('rejects results announced before the deadline, naming both dates', () => {
		const parsed = consultationSchema.safeParse({ ...base, period: { start: '2026-12-01', end: '2026-12-28' }, results: { published: '2026-12-20', opinionCount: 0 } });
		expect(parsed.error?.issues.map((i) => [i.path.join('.'), i.message])).toEqual([
			['results.published', '結果の公示日（results › published）2026-12-20 が、意見募集の締切（period › end）2026-12-28 より前になっています。結果は締切の後に公示されるため、どちらかの日付の誤りです — 結果の公示文書で公示日を確かめてください'],
		]);
	});

	it('needs a period or the schedule a source states, and a period when channels are given', () => {
		expect(consultationSchema.safeParse(base).error?.issues[0]?.path).toEqual(['period']);
		const schedule = { text: 'パブコメ', source: 'plan:p/ch1' };
		expect(consultationSchema.safeParse({ ...base, schedule }).success).toBe(true);
		expect(consultationSchema.safeParse({ ...base, schedule, channels: [{ kind: '郵送', address: '〒' }] }).error?.issues[0]?.path).toEqual(['channels']);
	});
});

describe('consultations model', () => {
	const now = jst('2026-12-10T12:00:00');
	const all = buildConsultations(
		[
			{ id: 'old', data: parse({ plan: 'draft-a', period: { start: '2022-01-05', end: '2022-02-04' }, results: { published: '2022-03-01', opinionCount: 0, finalPlan: 'final-a' } }) },
			{ id: 'undated', data: parse({ schedule: { text: 'パブコメ', source: 'plan:papers/ch4#schedule' } }) },
			{ id: 'open', data: parse({ plan: 'draft-b', period: { start: '2026-12-01', end: '2026-12-28' }, channels: [{ kind: '電子メール', email: 'a@example.jp' }] }) },
			{ id: 'next', data: parse({ plan: 'draft-b', period: { start: '2027-01-10', end: '2027-02-10' } }) },
		],
		now,
	);

	it('lists open, upcoming, finished, then undated consultations', () => {
		expect(all.map((c) => [c.id, c.status?.phase])).toEqual([['open', 'open'], ['next', 'upcoming'], ['old', 'results'], ['undated', undefined]]);
	});

	it('takes the open and upcoming ones for the home page, soonest deadline first', () => {
		expect(currentConsultations(all).map((c) => c.id)).toEqual(['open', 'next']);
		expect(currentConsultations([...all].reverse()).map((c) => c.id)).toEqual(['open', 'next']);
	});

	it('links a consultation to its draft, its adopted plan and the plan stating its schedule', () => {
		expect(consultationsOfPlan(all, 'final-a').map((c) => c.id)).toEqual(['old']);
		expect(consultationsOfPlan(all, 'papers').map((c) => c.id)).toEqual(['undated']);
	});

	it('gives a prefecture its own consultations, in their order', () => {
		const chiba = buildConsultations([{ id: 'chiba', data: parse({ prefecture: { name: '千葉県', code: '12' }, schedule: { text: 'パブコメ', source: 'plan:papers/ch4#schedule' } }) }], now);
		expect(consultationsOfPrefecture([...all, ...chiba], '07').map((c) => c.id)).toEqual(['open', 'next', 'old', 'undated']);
		expect(consultationsOfPrefecture([...all, ...chiba], '12').map((c) => c.id)).toEqual(['chiba']);
	});

	it('offers drafting on a draft whose consultation is open or still to open, not on a finished one', () => {
		expect(draftingConsultation(all, 'draft-b')?.id).toBe('open');
		expect(draftingConsultation(all, 'draft-a')).toBeUndefined();
	});

	it('keeps showing the drafts of every consultation with a period, finished ones too (residents may still have drafts for it)', () => {
		expect(all.filter(keepsDrafts).map((c) => c.id)).toEqual(['open', 'next', 'old']);
	});

	it('takes drafts for a consultation whose draft is not on this site, and offers no chapter drafting for it', () => {
		const elsewhere = buildConsultations([{ id: 'papers-only', data: parse({ period: { start: '2026-12-01', end: '2026-12-28' }, documents: [{ title: '案（PDF）', url: 'https://example.jp/a.pdf' }] }) }], now);
		expect(elsewhere.filter(acceptsDrafts).map((c) => c.id)).toEqual(['papers-only']);
		expect(elsewhere.filter(keepsDrafts).map((c) => c.id)).toEqual(['papers-only']);
		expect(draftingConsultation([...all, ...elsewhere], 'draft-a')).toBeUndefined();
	});

	it('names where each channel’s opinions go', () => {
		expect(channelDestination({ kind: 'ファクシミリ', number: '017-000-0000', required: [], optional: [] })).toBe('017-000-0000');
		expect(channelDestination(all[0]!.data.channels[0]!)).toBe('a@example.jp');
	});
});

describe('each channel’s deadline', () => {
	const channels = [
		{ kind: '電子メール', email: 'a@example.jp' },
		{ kind: '郵送', address: '〒', postalDeadline: '必着' },
		{ kind: '郵送', address: '〒', postalDeadline: '消印有効', closes: '2026-12-25' },
		{ kind: '郵送', address: '〒' },
		{ kind: '持参', address: '県庁', closes: '2026-12-25 17:00' },
		{ kind: '持参', address: '県庁', closes: '2026-12-25' },
	];
	const consultation = parse({ period: { start: '2026-12-01', end: '2026-12-28' }, channels });

	it('says it in words: 必着 or 消印有効 as stated, that the source does not say which, a channel’s own closing time', () => {
		expect(consultation.channels.map((channel) => channelDeadlineText(channel, consultation.period!.end))).toEqual([
			'令和8（2026）年12月28日（月）まで（締切時刻は資料に記載なし）',
			'令和8（2026）年12月28日（月）必着',
			'令和8（2026）年12月25日（金）消印有効',
			'令和8（2026）年12月28日（月）まで（必着か消印有効かは資料に記載なし）',
			'令和8（2026）年12月25日（金）17時00分まで',
			'令和8（2026）年12月25日（金）まで（締切時刻は資料に記載なし）',
		]);
		expect(channelDeadlineText(consultation.channels[0]!, { date: '2026-12-28', time: '17:00' })).toBe('令和8（2026）年12月28日（月）17時00分まで');
	});

	it('closes each channel at its own closing moment, else at the period’s end, as of the build', () => {
		const at = (now: number) => buildConsultations([{ id: 'c', data: consultation }], now)[0]!;
		const { channelDeadlines, status } = at(jst('2026-12-25T17:00:00'));
		expect(channelDeadlines.map((d) => [d.closesAt, d.closed])).toEqual([
			[jst('2026-12-29T00:00:00'), false],
			[jst('2026-12-29T00:00:00'), false],
			[jst('2026-12-26T00:00:00'), false],
			[jst('2026-12-29T00:00:00'), false],
			[jst('2026-12-25T17:00:00'), true],
			[jst('2026-12-26T00:00:00'), false],
		]);
		// The consultation itself stays open until the period's end.
		expect(status?.phase).toBe('open');
		expect(at(jst('2026-12-29T00:00:00')).channelDeadlines.every((d) => d.closed)).toBe(true);
	});
});

describe('plan versions and the places results point at', () => {
	const plan = (previousVersion?: string): Plan => ({
		prefecture: { name: '福島県', code: '07' },
		title: '計画',
		titleIsDescriptive: false,
		publish: true,
		kind: '計画',
		...(previousVersion ? { previousVersion } : {}),
		dates: [],
		summary: 's',
		source: { title: 't', file: 'source.txt' },
	});
	const chapter = (planId: string, id: string, order: number): { id: string; data: Chapter } => ({ id: `${planId}/${id}`, data: { plan: planId, order, number: `第${order}章`, title: `章${order}`, titleIsDescriptive: false, publish: true, themes: {} } });
	const model = buildSiteModel({
		plans: [{ id: 'draft', data: plan() }, { id: 'final', data: plan('draft') }],
		chapters: [chapter('draft', 'ch1', 1), chapter('draft', 'ch2', 2), chapter('final', 'ch1', 1), chapter('final', 'ch3', 3)],
		evaluations: [],
		glossary: [],
	});
	/** Both versions' ch1 has 第１節 (s1); the other chapters have no sections. */
	const sections = (_planId: string, chapterId: string) => (chapterId === 'ch1' ? [{ id: 's1', text: '第１節 目的', depth: 2, line: 1, parents: [], body: '', termText: '' }] : []);
	const site = {
		planById: model.planById,
		planLinks: planLinkIndex(model.plans.flatMap((p) => p.chapters.map((c) => ({ planId: p.id, id: c.id, sections: sections(p.id, c.id) }))), ['draft', 'final']),
		sections,
	};

	it('pairs chapters by id: kept, added in the new version, removed from it', () => {
		const [pair] = versionPairs(model.plans, model.planById);
		expect(pair?.chapters.map((c) => [c.id, c.before?.planId, c.after?.planId])).toEqual([
			['ch1', 'draft', 'final'],
			['ch3', undefined, 'final'],
			['ch2', 'draft', undefined],
		]);
	});

	it('names the draft’s section and links to its changes in the adopted plan', () => {
		expect(resultPlace('plan:draft/ch1#s1', site, 'draft', 'final')).toEqual({
			label: '第1章 章1 第１節 目的',
			href: '/plans/draft/ch1/#s1',
			changes: '/plans/final/changes/ch1/#s1',
		});
	});

	it('links no changes for a chapter the adopted plan dropped, or when the adopted plan is not the next version', () => {
		expect(resultPlace('plan:draft/ch2', site, 'draft', 'final')?.changes).toBeUndefined();
		expect(resultPlace('plan:draft/ch1#s1', site, 'other-draft', 'final')?.changes).toBeUndefined();
		expect(resultPlace(undefined, site, 'draft', 'final')).toBeUndefined();
	});

	describe('results rows at the places they concern', () => {
		const item = (concerns: string | undefined, reflection: ResultItem['reflection'], number?: string) => ({ ...(number ? { number } : {}), ...(concerns ? { concerns } : {}), summary: '意見', response: '考え方', reflection });
		const consultation = (id: string, finalPlan: string | undefined, stage: string | undefined, items: Array<ReturnType<typeof item>>) => ({
			id,
			data: parse({ plan: 'draft', ...(stage ? { stage } : {}), period: { start: '2022-01-05', end: '2022-02-04' }, results: { published: '2022-03-01', opinionCount: items.length, finalPlan, items } }),
		});
		const plans = [{ id: 'draft', data: plan() }, { id: 'final', data: plan('draft') }, { id: 'unrelated', data: plan('elsewhere') }];
		/** The adopted plan kept ch1's 第１節 (s1), not its 第２節 (s2), and dropped ch2. */
		const chapters = [
			{ planId: 'draft', id: 'ch1', sections: [{ id: 's1', text: '第１節 計画の趣旨' }, { id: 's2', text: '第２節 計画の期間' }] },
			{ planId: 'draft', id: 'ch2', sections: [] },
			{ planId: 'final', id: 'ch1', sections: [{ id: 's1', text: '第１節 計画の趣旨' }] },
			{ planId: 'unrelated', id: 'ch1', sections: [{ id: 's1', text: '第１節 計画の趣旨' }] },
		];
		const planLinks = planLinkIndex(chapters, ['draft', 'final', 'unrelated']);
		const sectionsOf = (list: typeof chapters) => (planId: string, chapterId: string) => list.find((c) => c.planId === planId && c.id === chapterId)?.sections ?? [];
		const sections = sectionsOf(chapters);
		const interim = consultation('interim', 'final', '中間案', [
			item('plan:draft/ch1#s1', '反映する'),
			item(undefined, '今後の参考とする'),
			item('plan:draft/ch1#s2', '一部反映する'),
			item('plan:draft/ch1#s1', '今後の参考とする', '3-2'),
			item('plan:draft/ch2', 'その他'),
		]);

		it('finds each row at the draft’s section, or chapter, it concerns, by its place in the results table and its 番号 there (its own, 3-2, where given), one entry per consultation', () => {
			const index = opinionIndex([interim, consultation('again', undefined, undefined, [item('plan:draft/ch1#s1', '反映しない')])], plans, planLinks, sections);
			expect(index.at('draft', 'ch1', 's1')).toEqual([
				{ consultationId: 'interim', title: '案', draftName: undefined, rows: [{ number: 1, label: '1', reflection: '反映する' }, { number: 4, label: '3-2', reflection: '今後の参考とする' }] },
				{ consultationId: 'again', title: '案', draftName: undefined, rows: [{ number: 1, label: '1', reflection: '反映しない' }] },
			]);
			expect(index.at('draft', 'ch1', 's2')).toEqual([{ consultationId: 'interim', title: '案', draftName: undefined, rows: [{ number: 3, label: '3', reflection: '一部反映する' }] }]);
			// About the chapter as a whole: not about any of its sections, and the other way round.
			expect(index.at('draft', 'ch2')).toEqual([{ consultationId: 'interim', title: '案', draftName: undefined, rows: [{ number: 5, label: '5', reflection: 'その他' }] }]);
			expect(index.at('draft', 'ch1')).toEqual([]);
		});

		it('repeats them at the same place of the adopted plan, as opinions on the draft, where that plan is the draft’s next version and still has the place', () => {
			const index = opinionIndex([interim, consultation('unnamed-stage', 'final', undefined, [item('plan:draft/ch1#s1', '反映する')]), consultation('not-next', 'unrelated', undefined, [item('plan:draft/ch1#s1', '反映する')])], plans, planLinks, sections);
			expect(index.at('final', 'ch1', 's1')).toEqual([
				{ consultationId: 'interim', title: '案', draftName: '中間案', rows: [{ number: 1, label: '1', reflection: '反映する' }, { number: 4, label: '3-2', reflection: '今後の参考とする' }] },
				{ consultationId: 'unnamed-stage', title: '案', draftName: '案', rows: [{ number: 1, label: '1', reflection: '反映する' }] },
			]);
			expect(index.at('final', 'ch1', 's2')).toEqual([]);
			expect(index.at('final', 'ch2')).toEqual([]);
			expect(index.at('unrelated', 'ch1', 's1')).toEqual([]);
		});

		it('follows a section the adopted plan renumbered to its new place, by its heading, and never puts an opinion under another section that took its number', () => {
			// A section inserted in the adopted plan: 「２ 生成ＡＩ」 took s2, 計画の期間 is now 「３」 (s3).
			const renumbered = [
				...chapters.filter((c) => c.planId !== 'final'),
				{ planId: 'final', id: 'ch1', sections: [{ id: 's1', text: '第１節 計画の趣旨' }, { id: 's2', text: '第２節 生成ＡＩの活用' }, { id: 's3', text: '第３節 計画の期間' }] },
			];
			const index = opinionIndex([interim], plans, planLinkIndex(renumbered, ['draft', 'final', 'unrelated']), sectionsOf(renumbered));
			expect(index.at('final', 'ch1', 's2')).toEqual([]);
			expect(index.at('final', 'ch1', 's3')).toEqual([{ consultationId: 'interim', title: '案', draftName: '中間案', rows: [{ number: 3, label: '3', reflection: '一部反映する' }] }]);
		});
	});
});

describe('sectionInAdopted', () => {
	const draft = [{ id: 's2-9', text: '９ デジタルデバイド対策' }];
	it('is the section of the same id and words, else the one with the same words under another number, else none', () => {
		expect(sectionInAdopted(draft, [{ id: 's2-9', text: '９ デジタルデバイド対策' }], 's2-9')).toBe('s2-9');
		expect(sectionInAdopted(draft, [{ id: 's2-9', text: '９ 生成ＡＩの適正な活用' }, { id: 's2-10', text: '10 デジタルデバイド対策' }], 's2-9')).toBe('s2-10');
		expect(sectionInAdopted(draft, [{ id: 's2-9', text: '９ デジタルデバイド対策の推進' }], 's2-9')).toBeUndefined();
		expect(sectionInAdopted(draft, [], 's2-1')).toBeUndefined();
	});
});

describe('the results table’s 該当箇所 column', () => {
	const row: ResultItem = { summary: '意見', response: '考え方', reflection: '反映する' };
	it('is shown when some row gives a place or a section, and left out when none does', () => {
		expect(resultsHavePlaces([row, { ...row, place: 'P.12' }])).toBe(true);
		expect(resultsHavePlaces([row, { ...row, concerns: 'plan:p/ch1#s1' }])).toBe(true);
		expect(resultsHavePlaces([row, row])).toBe(false);
	});
});

describe('resultsBreakdown', () => {
	const row = (reflection: ResultItem['reflection']) => ({ summary: '意見', response: '考え方', reflection }) as ResultItem;
	const items = [row('反映する'), row('反映する'), row('今後の参考とする')];
	it('breaks 提出意見数 down by 区分 where each row is an opinion', () => {
		expect(resultsBreakdown({ items, opinionCount: 3 })).toBe('内訳: 反映する 2件、今後の参考とする 1件。');
	});
	it('counts rows as 項目 where they do not number the opinions (同趣旨の意見 in one row), so the breakdown does not pass for one of 11 opinions that adds up to 3', () => {
		expect(resultsBreakdown({ items, opinionCount: 11 })).toBe('意見の概要 3項目の内訳: 反映する 2項目、今後の参考とする 1項目。');
	});
	it('says nothing of a table without rows', () => {
		expect(resultsBreakdown({ items: [], opinionCount: 0 })).toBeUndefined();
	});
});
