import { describe, expect, it } from 'vitest';
import { blockWrapWidth, decideJoin, hasOpenBracket, joinBlock, joinLineTexts } from '../../../src/lib/importer/join-wrapped-lines.ts';

const line = (text: string, extra: { pageStart?: boolean; hardBreak?: boolean } = {}) => ({ text, pageStart: false, hardBreak: false, ...extra });
const wrapped = { wrapWidth: 68, blockWidth: undefined, typicalWidth: undefined };
const loose = { wrapWidth: undefined, blockWidth: undefined, typicalWidth: undefined };

describe('decideJoin', () => {
	it('joins a line that reaches the margin to the next', () => {
		const prev = '東日本大震災及び原子力災害からの復興・再生及び地方創生・人口減少対';
		expect(decideJoin(line(prev), line('策を前に進めていくため'), { ...wrapped, soFar: prev })).toEqual({ action: 'join' });
	});

	it('breaks the paragraph after a sentence; unsure when the sentence ends at the margin', () => {
		const short = '推進に取り組んできました。';
		expect(decideJoin(line(short), line('東日本大震災'), { ...wrapped, soFar: short })).toEqual({ action: 'paragraph', unsure: false });
		const full = 'るように、市町村のデジタル変革（ＤＸ）を支援していく必要があります。';
		expect(decideJoin(line(full), line('また、官民データ'), { ...wrapped, soFar: full })).toEqual({ action: 'paragraph', unsure: true });
	});

	it('joins inside brackets, after a comma or particle, and before a closing bracket', () => {
		expect(decideJoin(line('現況値'), line('（令和３年'), { ...loose, soFar: '現況値' }).action).toBe('join');
		expect(decideJoin(line('（令和３年'), line('度）'), { ...loose, soFar: '現況値（令和３年' }).action).toBe('join');
		expect(decideJoin(line('県民や事業者の視点で、'), line('大きな可能性を'), { ...loose, soFar: '県民や事業者の視点で、' }).action).toBe('join');
		expect(decideJoin(line('県及び市町村の行政手続の'), line('オンライン利用率'), { ...loose, soFar: '' }).action).toBe('join');
	});

	it('joins across a page break in wrapped text', () => {
		expect(decideJoin(line('大学等と連携して官民データ'), line('の利活用', { pageStart: true }), { ...wrapped, soFar: '' }).action).toBe('join');
	});

	it('keeps a break it cannot read as a Markdown line break, and says it is unsure', () => {
		expect(decideJoin(line('可能性が広がる'), line('多様なニーズに対応'), { ...loose, soFar: '' })).toEqual({ action: 'hard-break', unsure: true });
		expect(decideJoin(line('令和5年5月', { hardBreak: true }), line('青森県'), { ...loose, soFar: '' })).toEqual({ action: 'hard-break', unsure: false });
	});
});

describe('joinLineTexts', () => {
	it('joins Japanese without a space, English words with one, URLs without', () => {
		expect(joinLineTexts('デジタル変革（ＤＸ）推進基本方針を策定し、', '公表しました。')).toBe('デジタル変革（ＤＸ）推進基本方針を策定し、公表しました。');
		expect(joinLineTexts('Internet of', 'Things')).toBe('Internet of Things');
		expect(joinLineTexts('https://cio.go.jp/sites/default/files/uploa', 'ds/documents/kihonsisin.pdf')).toBe(
			'https://cio.go.jp/sites/default/files/uploads/documents/kihonsisin.pdf',
		);
	});
});

describe('helpers', () => {
	it('hasOpenBracket', () => {
		expect(hasOpenBracket('「デジタル変革（ＤＸ')).toBe(true);
		expect(hasOpenBracket('「デジタル変革（ＤＸ）」')).toBe(false);
	});
	it('blockWrapWidth finds a narrow column', () => {
		expect(blockWrapWidth(['ータのうち、国民誰もがインターネット等を通じ', 'て容易に利用（加工、編集、再配布等）できるよ', 'う、次のいずれの項目にも該当する形で公開され', 'たデータのこと。'])).toBe(44);
		expect(blockWrapWidth(['可能性が広がる', '多様なニーズに対応', '新たなサービス・ビジネスや価値を創出'])).toBeUndefined();
	});
});

describe('URLs cut by the wrap', () => {
	it('are joined, and their tail is not read as numbering', () => {
		expect(decideJoin(line('https://www.soumu.go.jp/main_content/000727'), line('132.pdf'), { ...loose, soFar: '' }).action).toBe('join');
	});
});

describe('joinBlock', () => {
	const block = (...texts: string[]) => texts.map((text, i) => ({ no: i + 1, text, out: text, pageStart: false, hardBreak: false }));
	const layout = { doubleSpaced: false, wrapWidth: 68, typicalWidth: undefined, markdownish: false };

	it('reports a line that begins like a numbered heading when it joins it onto the line before, but not a year in brackets', () => {
		const { paragraphs, report } = joinBlock(
			block('施策の詳細は、', '（１）行政サービスの向上', 'をご覧ください。また、令和５年度からの取組は令和５', '（2023）年春から適用される規定によります。'),
			layout,
		);
		expect(paragraphs.map((p) => p.text)).toEqual(['施策の詳細は、（１）行政サービスの向上をご覧ください。また、令和５年度からの取組は令和５（2023）年春から適用される規定によります。']);
		expect(report).toEqual([
			{ line: 2, message: '見出しの形の行 「（１）行政サービスの向上」 を、前の行から続く文とみなして前の行につなげました。見出しなら、行を分けて見出しにしてください' },
		]);
	});
});
