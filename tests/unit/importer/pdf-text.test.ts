import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { importPlanText } from '../../../src/lib/importer/import-plan.ts';
import { isPdf } from '../../../src/lib/importer/file-kinds.ts';
import { footnoteRule, pdfText } from '../../../src/lib/importer/pdf-text.ts';

/**
 * Printed by Chromium from HTML (Noto Sans CJK JP). plan.pdf: a cover page, 第１章, a page with only a figure,
 * 第２章; a running header and 「- N -」 on each page. footnotes.pdf: footnotes under a drawn rule. no-unicode-map.pdf:
 * plan.pdf without its fonts' maps from glyphs to characters. table.pdf: a KPI table, numbered lines with a wide gap
 * after the number, lines of three parts set apart by full-width spaces, and a line of three parts set apart on its own.
 */
const fixture = (name: string) => readFileSync(`tests/fixtures/importer-pdf/${name}`);

describe('the text of a plan PDF', () => {
	it('tells a PDF by its first bytes', () => {
		expect(isPdf(fixture('plan.pdf'))).toBe(true);
		expect(isPdf(Buffer.from('第１章 計画の策定\n'))).toBe(false);
		expect(isPdf(readFileSync('tests/fixtures/results-tables/excel.xlsx'))).toBe(false);
	});

	it('reads each page’s lines, a form feed between pages, and names the page with only a figure', async () => {
		const { text, pages, pagesWithoutText } = await pdfText(fixture('plan.pdf'));
		expect(pages).toBe(4);
		const byPage = text.split('\f').map((page) => page.trim().split('\n'));
		expect(byPage.map((lines) => lines.at(-1))).toEqual(['- 1 -', '- 2 -', '- 3 -', '- 4 -']);
		expect(byPage[1]!.slice(0, 2)).toEqual(['第１章 計画の策定にあたって', '１ 計画策定の趣旨']);
		// Only its running header and page number: the figure's page.
		expect(pagesWithoutText).toEqual([3]);
		// As PDF.js reads this font: 行 and 戸 come out as the radicals ⾏ and ⼾.
		expect(text).toContain('⾏政⼿続');
		expect(text).toContain('⼾籍');
	});

	it('becomes chapters without page furniture, the radicals written as kanji', async () => {
		const { text } = await pdfText(fixture('plan.pdf'));
		const result = importPlanText(text, { plan: 'test-plan' });
		const chapter = (name: string) => result.files.find((file) => file.path === name)!.content;
		expect(chapter('ch1.md')).toContain('## １ 計画策定の趣旨\n\n本県では、令和２年に策定した計画に基づき、行政手続のオンライン化や市町村との情報システムの共同利用を進めてきました。');
		expect(chapter('ch2.md')).toContain('住民票の写しや戸籍の証明書など');
		for (const name of ['ch1.md', 'ch2.md']) {
			expect(chapter(name)).not.toContain('テスト県デジタル推進計画');
			expect(chapter(name)).not.toMatch(/- \d -/);
		}
		expect(result.report.map(({ message }) => message)).toContainEqual(expect.stringContaining('ページごとの見出し（柱）とみなし'));
	});

	it('writes a rule above a page’s footnotes (numbered lines in a smaller type under the text), not above a numbered line under a heading', async () => {
		// footnotes.pdf: page 1 has two notes under a drawn rule in 8 pt under 10.5 pt text; page 2 ends with 「２ 主な取組」 and 「1 行政手続の…」 in the text’s type.
		const { text } = await pdfText(fixture('footnotes.pdf'));
		const [first, second] = text.split('\f');
		expect(first).toContain(`にしてきました2。\n`);
		expect(first).toMatch(new RegExp(`\n${footnoteRule}\n1 総務省「令和３年版 情報通信⽩書」\n2 福島県`));
		expect(second).not.toContain(footnoteRule);
	});

	it('makes Markdown footnotes of them: a reference glued to the text or wrapped to a line’s start, each note ending with its page', async () => {
		const { text } = await pdfText(fixture('footnotes.pdf'));
		const chapter = importPlanText(text, { plan: 'test-plan' }).files.find((file) => file.path === 'ch2.md')!.content;
		// 1 is drawn at the start of a line (「…活用されています」 / 「1。」), 2 glued to 「きました」.
		expect(chapter).toContain('各国でＡＩが活用されています[^1]。');
		expect(chapter).toContain('活用できるようにしてきました[^2]。');
		expect(chapter).toContain('[^1]: 総務省「令和３年版 情報通信白書」\n\n[^2]: 福島県「オープンデータカタログサイト」<https://example.jp/>\n');
		// The next page’s text is its own paragraph, not the last note’s; the numbered line under a heading stays text.
		expect(chapter).toContain('\n\n県内の市町村でも、行政手続のオンライン化が進んでいます。\n');
		expect(chapter).toContain('## ２ 主な取組\n\n1 行政手続のオンライン化を進めます。');
	});

	it('says what to do with a PDF it cannot read', async () => {
		await expect(pdfText(fixture('password.pdf'))).rejects.toThrow('PDF にパスワードが掛かっているため読めません');
		await expect(pdfText(fixture('figures-only.pdf'))).rejects.toThrow('この PDF には文字の情報がありません（紙をスキャンした画像の PDF など）');
		await expect(pdfText(fixture('plan.pdf').subarray(0, 2000))).rejects.toThrow('PDF として読めません');
	});

	it('reads a table’s rows as cells, by the gaps between them; a number and its title set apart, or a line alone, stay lines', async () => {
		const { text } = await pdfText(fixture('table.pdf'));
		expect(text).toContain('指標名\t現況値（令和５年度）\t⽬標値（令和９年度）\n⾏政⼿続のオンライン利⽤率\t45.2％\t80.0％\n');
		expect(text).toContain('\n（１） ⾏政⼿続のオンライン化\n');
		// Parts 1 em apart (a heading's number and title, justified text) are no cells.
		expect(text).toContain('\n（３） ⾏政サービスの向上 （再掲）\n（４） 地域の活性化 （再掲）\n');
		expect(text).toContain('\n令和７年３⽉ テスト県 デジタル戦略課\n');
		const chapter = importPlanText(text, { plan: 'test-plan' }).files.find((file) => file.path === 'ch3.md')!.content;
		expect(chapter).toContain('## １ 数値目標\n\n計画の進み具合を、次の指標で確かめます。\n\n| 指標名 | 現況値（令和５年度） | 目標値（令和９年度） |\n|---|---|---|\n| 行政手続のオンライン利用率 | 45.2％ | 80.0％ |\n| マイナンバーカードの保有率 | 72.0％ | 90.0％ |\n\n## ２ 主な取組\n');
	});

	it('stops on a PDF whose fonts have no map to characters, whose text is a jumble', async () => {
		// plan.pdf with its fonts' ToUnicode maps taken out (qpdf): PDF.js reads the glyphs' numbers as characters.
		const { text } = await pdfText(fixture('no-unicode-map.pdf'));
		expect(() => importPlanText(text, { plan: 'test-plan' })).toThrow(/^取り込む文字の大半が、意味をなさない文字の並びです（例: 「.+」）。PDF のフォントに文字の対応表がないと/);
		expect(importPlanText((await pdfText(fixture('plan.pdf'))).text, { plan: 'test-plan' }).report.map((entry) => entry.message).join('\n')).not.toContain('意味をなさない');
	});
});
