/**
 * The importer run on the plans that were converted by hand
 * (content/plans/<plan>/source.txt is the seed, the chapters are the human's
 * work, NOTES.md lists every hand edit), compared with what the human kept.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readMarkdownFile } from '../../../src/lib/content-check/read-content.ts';
import { importPlanText } from '../../../src/lib/importer/import-plan.ts';
import { chapterOutline } from '../../../src/markdown/chapter-outline.ts';

const planDir = (plan: string) => new URL(`../../../content/plans/${plan}/`, import.meta.url);

interface Chapter {
	number: string | undefined;
	title: string | undefined;
	body: string;
}

function parse(content: string | Buffer): Chapter {
	const read = readMarkdownFile(typeof content === 'string' ? new TextEncoder().encode(content) : content);
	if (!read.ok) throw new Error(read.issue.message);
	const data = read.file.data as { number?: string; title?: string | null };
	return { number: data.number, title: data.title ?? undefined, body: read.file.body!.text };
}

/** `## 第１節 計画の策定趣旨` → `2 第１節 計画の策定趣旨`, one per heading. */
async function outline(body: string): Promise<string[]> {
	const result = await chapterOutline(body);
	if (!result.ok) throw new Error(result.message);
	return result.sections.map((s) => `${s.depth} ${s.text}`);
}

function importSeed(plan: string) {
	const source = readFileSync(new URL('source.txt', planDir(plan)), 'utf8');
	const result = importPlanText(source, { plan });
	const chapters = new Map(result.files.filter((f) => f.path.endsWith('.md')).map((f) => [f.path, parse(f.content)]));
	const committed = (file: string) => parse(readFileSync(new URL(file, planDir(plan))));
	return { result, chapters, committed };
}

describe('seed 002: fukushima-dx-2022', () => {
	const { chapters, committed } = importSeed('fukushima-dx-2022');

	it('splits the chapters as the editor did; the 用語解説 is no chapter', () => {
		expect([...chapters.keys()]).toEqual(['ch1.md', 'ch2.md', 'ch3.md', 'ch4.md']);
		for (const file of ['ch1.md', 'ch2.md', 'ch3.md', 'ch4.md']) {
			const { number, title } = committed(file);
			expect(chapters.get(file)).toMatchObject({ number, title });
		}
	});

	it.each(['ch1.md', 'ch2.md', 'ch3.md', 'ch4.md'])('%s has the committed heading outline', async (file) => {
		expect(await outline(chapters.get(file)!.body)).toEqual(await outline(committed(file).body));
	});

	it('differs from the committed text only where the editor went beyond the rules', () => {
		// The editor kept the space in 「…推進会議 AI利活用ガイドライン」 (footnote 4)
		// as the author's (NOTES.md, 「Spaces kept」). The two indicator tables the
		// extract flattened into one cell per line (l.730–747, 767–784) the
		// importer rebuilds as the editor did.
		const lines = (text: string) => text.split('\n').filter((l) => l.trim() !== '');
		const onlyInOurs: string[] = [];
		const onlyInCommitted: string[] = [];
		for (const file of ['ch1.md', 'ch2.md', 'ch3.md', 'ch4.md']) {
			const ours = lines(chapters.get(file)!.body);
			const theirs = lines(committed(file).body);
			onlyInOurs.push(...ours.filter((l) => !theirs.includes(l)));
			onlyInCommitted.push(...theirs.filter((l) => !ours.includes(l)));
		}
		// Editorial notes (> [!編集部注], e.g. the lost 概念図) are the editors' additions, not conversion.
		expect(onlyInCommitted.filter((l) => !l.startsWith('> [!編集部注]'))).toEqual([
			'[^4]: 総務省.「AIネットワーク社会推進会議 AI利活用ガイドライン」、p17、<https://www.soumu.go.jp/main_content/000637097.pdf>、令和3年11月1日参照',
		]);
		expect(onlyInOurs).toEqual([
			'[^4]: 総務省.「AIネットワーク社会推進会議AI利活用ガイドライン」、p17、<https://www.soumu.go.jp/main_content/000637097.pdf>、令和3年11月1日参照',
		]);
	});
});

describe('seed 002: its 用語解説', () => {
	const plan = 'fukushima-dx-2022';
	const glossaryDir = new URL('../../../content/glossary/', import.meta.url);
	interface Entry {
		term: string;
		publish?: boolean;
		source: { plan?: string };
		references?: string[];
	}
	const readEntry = (content: string | Buffer) => {
		const read = readMarkdownFile(typeof content === 'string' ? new TextEncoder().encode(content) : content);
		if (!read.ok) throw new Error(read.issue.message);
		return { data: read.file.data as Entry, definition: read.file.body!.text.trim() };
	};
	/** The glossary entries the editor made from this plan's 用語解説, by term. */
	const editors = new Map(
		readdirSync(glossaryDir)
			.map((file) => readEntry(readFileSync(new URL(file, glossaryDir))))
			.filter((entry) => entry.data.source.plan === plan)
			.map(({ data, definition }) => [data.term, { definition, references: data.references ?? [] }]),
	);
	const source = readFileSync(new URL('source.txt', planDir(plan)), 'utf8');
	const drafts = importPlanText(source, { plan }).terms.map((file) => readEntry(file.content));

	it('becomes one unpublished draft per term, each term, definition and 【参照】 as the editor wrote them', () => {
		expect(editors.size).toBe(37);
		expect(drafts.map((d) => d.data.term).sort()).toEqual([...editors.keys()].sort());
		for (const { data, definition } of drafts) {
			expect(data.publish).toBe(false);
			expect(data.source).toEqual({ plan });
			expect({ term: data.term, definition, references: data.references }).toEqual({ term: data.term, ...editors.get(data.term) });
		}
	});

	it('writes no draft for a term the glossary has, and says where it is and whether its definition differs', () => {
		const existing = [...editors].map(([term, entry], i) => ({ id: `term-${i}`, names: [term], definitions: i === 0 ? ['another definition'] : [entry.definition] }));
		const again = importPlanText(source, { plan, existingTerms: existing });
		expect(again.terms).toEqual([]);
		const said = again.report.map((entry) => entry.message);
		expect(said).toContain('「用語解説」 の 37 語を読みました。どれも用語集にあるか、下書きにしてあるため、新しい下書きは作っていません（どのファイルにあるかは下に示します）');
		expect(said.filter((m) => /^用語集に同じ用語が同じ解説で 36 件（term-\d+\.md, term-\d+\.md, term-\d+\.md …）あるため/.test(m))).toHaveLength(1);
		expect(said.filter((m) => m.includes('は違うので、そのファイルの otherDefinitions に加えてください'))).toEqual([expect.stringContaining('glossary/term-0.md')]);
	});
});

/*
 * Seed 004 is irregular, and the editor restructured much of it (see
 * content/plans/chiba-dx-2026/NOTES.md). What the importer cannot know:
 * - the summary sheet before the cover has no name: the editor called it 概要
 *   (the importer leaves title empty and reports it);
 * - the body prints no chapter headings: both take chapter numbers and titles
 *   from the 目次, and both start each chapter at its first 目次 entry found in
 *   the body — except 第3章, whose first page title (DX推進により目指す姿) the
 *   extract lost: the editor put the slogan page in ch3, the importer (which
 *   starts ch3 at the second entry, and reports it) leaves it at the end of ch2;
 * - page titles lost in the body (デジタルの可能性, 本県を取り巻く変化と課題)
 *   were supplied from the 目次 by the editor;
 * - unnumbered one-line titles (危機管理, Society 5.0, 『暮らし』のDX …) became
 *   headings by the editor's judgement; the importer reports each one as a
 *   possible heading and leaves it as text;
 * - the editor kept some ■/【…】 lines as text (■ デジタルには、様々な可能性がある,
 *   【目指す姿】), which the heading rules make headings;
 * - 「^{*}」 was corrected to 「※」 in ch4 (イ 利用者視点のデザイン思考).
 * So the test checks the chapter split and that every heading the importer
 * made is one the editor also made, at the same level, apart from those.
 */
describe('seed 004: chiba-dx-2026', () => {
	const { chapters, committed } = importSeed('chiba-dx-2026');
	const files = ['summary.md', 'ch1.md', 'ch2.md', 'ch3.md', 'ch4.md', 'ch5.md'];

	it('splits summary and chapters as the editor did, numbers and titles from the 目次', () => {
		expect([...chapters.keys()]).toEqual(files);
		for (const file of files.slice(1)) {
			const { number, title } = committed(file);
			expect(chapters.get(file)).toMatchObject({ number, title });
		}
		expect(chapters.get('summary.md')!.title).toBeUndefined();
	});

	const headingsTheEditorKeptAsText = [
		'3 ① 危機管理', '3 ② 安全・安心', '3 ③ 医療・福祉', '3 ④ こども・若者', '3 ⑤ 社会資本・まちづくり', '3 ⑥ 環境保全',
		'3 ① 働き方', '3 ② 社会参画', '3 ③ 学習機会', '3 ④ 文化芸術・スポーツ',
		'3 ① 産業振興・中小企業', '3 ② 農林水産業', '3 ③ 建設産業', '3 ④ 観光', '3 ⑤ 物流・交通網', '3 ⑥ カーボンニュートラル',
		'3 ① 行政サービス', '3 ② データ利活用', '3 ①意識の醸成・人材育成', '3 ②共創の機会の創出', '3 ③デジタル技術の活用の環境整備',
		'3 ①「人」が主役のDXの推進', '3 ②「共に」進めるDXの推進', '3 ③実効性の確保', '3 ④個人情報の保護と情報セキュリティの確保',
		'3 ■ デジタルには、様々な可能性がある', '3 ■県を取り巻く状況や課題が変化中、デジタルを効果的に活用していくことが必要', '3 【目指す姿】',
	];

	it.each(files)('%s: every heading the importer made is the editor’s too, at the same level', async (file) => {
		const ours = (await outline(chapters.get(file)!.body)).map((h) => h.replace('^{*}', '※'));
		const theirs = await outline(committed(file).body);
		expect(ours.filter((h) => !theirs.includes(h) && !headingsTheEditorKeptAsText.includes(h))).toEqual([]);
	});

	it('finds the numbered headings and the 目次 page titles of the chapters', async () => {
		const ch4 = await outline(chapters.get('ch4.md')!.body);
		expect(ch4).toEqual([
			'2 取組の方向性',
			'2 取組の体系',
			'2 実現に向けた県の取組（主な取組）',
			'2 取組の推進に当たって留意すること',
			'3 (1) 「人」が主役のDXの推進',
			'4 ア デジタルで、「人」の可能性を広げる',
			'4 イ 利用者視点のデザイン思考^{*}',
			'4 ウ デジタルで「支える人を支える」（医療・介護関係者、教育関係者 等）',
			'3 (2) 「共に」進めるDXの推進',
			'4 ア 様々な実施主体（プレイヤー）が共に取り組んでいく',
			'3 (3) 実効性の確保',
			'4 ア スマールスタートでも実践を重ねる',
			'4 イ デジタルは「手段」であって、「目的」ではない',
			'3 (4) 個人情報の保護と情報セキュリティの確保',
		]);
		expect(await outline(chapters.get('ch1.md')!.body)).toEqual(['2 策定趣旨・ねらい', '2 位置付け', '2 戦略期間', '2 本戦略を共有する主体（プレーヤー）']);
	});
});

/** Heading texts of every chapter file, without spacing, in document order. */
async function headingTexts(files: Array<{ body: string }>): Promise<string[]> {
	const texts: string[] = [];
	for (const file of files) texts.push(...(await outline(file.body)).map((h) => h.replace(/^\d+ /, '').replace(/\s+/g, '')));
	return texts;
}

const committedChapters = (plan: string) =>
	readdirSync(planDir(plan))
		.filter((f) => /^(ch\d+|summary)\.md$/.test(f))
		.map((f) => parse(readFileSync(new URL(f, planDir(plan)))));

describe('seed 001: aomori-dx-plan-2023', () => {
	const { chapters } = importSeed('aomori-dx-plan-2023');

	it('finds every heading the editor kept, in the same order', async () => {
		// The extract already carries Markdown headings; the editor split the
		// bundle into one chapter per paper, turning the papers' titles into
		// chapter titles, so the importer's outline has those titles in addition.
		const ours = await headingTexts([...chapters.values()]);
		const theirs = await headingTexts(committedChapters('aomori-dx-plan-2023'));
		expect(theirs.length).toBeGreaterThan(80);
		expect(ours.filter((h) => theirs.includes(h))).toEqual(theirs);
	});
});

describe('seed 000: mie-dx-revision-2022', () => {
	const { chapters } = importSeed('mie-dx-revision-2022');

	it('finds the document’s top-level items, which the editor made its chapters', async () => {
		const ours = await headingTexts([...chapters.values()]);
		for (const chapter of committedChapters('mie-dx-revision-2022')) {
			expect(ours).toContain(`${chapter.number}${chapter.title}`.replace(/\s+/g, ''));
		}
	});
});

// Seed 003 (toyama-dx-evaluation-2023) is not compared: its ten project pages
// have no titles in the extract, and the editor supplied every heading from the
// evaluation table (see its NOTES.md). The importer reports those pages' 【総括】
// lines and short titles for a human to decide, which is the intended path.
