import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { importPlanText } from '../../../src/lib/importer/import-plan.ts';
import { isPdf, pdfText } from '../../../src/lib/importer/pdf-text.ts';

/** Printed by Chromium from HTML (Noto Sans CJK JP): a cover page, 第１章, a page with only a figure, 第２章; a running header and 「- N -」 on each page. */
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

	it('says what to do with a PDF it cannot read', async () => {
		await expect(pdfText(fixture('password.pdf'))).rejects.toThrow('PDF にパスワードが掛かっているため読めません');
		await expect(pdfText(fixture('figures-only.pdf'))).rejects.toThrow('この PDF には文字の情報がありません（紙をスキャンした画像の PDF など）');
		await expect(pdfText(fixture('plan.pdf').subarray(0, 2000))).rejects.toThrow('PDF として読めません');
	});
});
