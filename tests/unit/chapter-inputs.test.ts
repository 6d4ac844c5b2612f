/**
 * A rebuild reuses a chapter's earlier rendering when its Markdown and its
 * inputs (chapterInputs) are unchanged. That is only safe if every change to
 * the site that changes a chapter's HTML also changes its inputs: here each
 * kind of content the page plugins read from the link context is changed
 * on the real content, and every chapter whose HTML changed must have
 * changed inputs.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { type ContentSnapshot, readContentOnce } from '../../src/lib/content-check/check-content.ts';
import { type LinkContext, linkContextOfSnapshot } from '../../src/lib/link-context.ts';
import { chapterInputs } from '../../src/markdown/chapter-inputs.ts';
import { markdownOptions, markdownProcessor, renderFile } from '../../src/markdown/pipeline.ts';

const { content } = await readContentOnce(path.resolve('content'));

const find = <T extends { id: string }>(list: T[], id: string, planId?: string) => list.find((e) => e.id === id && (planId === undefined || (e as { planId?: string }).planId === planId))!;

/** Changes to the content, each touching something a chapter page shows from elsewhere. */
const changes: Record<string, (c: ContentSnapshot) => void> = {
	'a glossary definition': (c) => void (find(c.glossary, 'ai').parsed.body!.text = '変更した定義です。'),
	'a glossary alias': (c) => void find(c.glossary, 'ai').data.aliases.push('デジタル技術'),
	'a plan’s own definition of a term, which its chapters’ tips show': (c) =>
		void find(c.glossary, 'digital-transformation').data.otherDefinitions.push({ source: { plan: 'chiba-dx-2026' }, text: 'デジタル技術の活用による変革の取組', references: [] }),
	'a theme tagged on another plan’s section': (c) => void (find(c.chapters, 'ch3', 'aomori-dx-plan-2023').data.themes['duties'] = ['role-schedule', 'role-situation']),
	'the heading of another plan’s tagged section': (c) => {
		const section = find(c.chapters, 'ch5', 'aomori-dx-plan-2023').sections.find((s) => s.id === 'n2-1')!;
		section.text = `${section.text}（改）`;
	},
	'a section id another plan links to': (c) => void (find(c.chapters, 'ch2', 'chiba-dx-2026').sections[0]!.id = 'renamed'),
	'an indicator figure': (c) => void (c.indicators[0]!.data.values[0]!.value = 12345),
	'a theme title': (c) => void (find(c.themes, 'role-situation').data.title = '現状と課題（改）'),
	'a plan title': (c) => void (find(c.plans, 'aomori-dx-plan-2023').data.title += '（改）'),
	'a consultation’s results about a section': (c) => resultAbout(c, 'plan:aomori-dx-plan-2023/ch4#schedule-2023'),
	'a consultation’s results about a chapter as a whole': (c) => resultAbout(c, 'plan:aomori-dx-plan-2023/ch4'),
};

/** Results for the consultation on 青森県's plan, as if it had been held on the plan's text here, with one opinion about `concerns`. */
function resultAbout(c: ContentSnapshot, concerns: string) {
	const { data } = find(c.consultations, 'aomori-dx-plan-2023');
	data.plan = 'aomori-dx-plan-2023';
	data.results = { published: '2023-10-01', opinionCount: 1, items: [{ concerns, summary: '意見', response: '考え方', reflection: '反映する' }] };
}

async function renderAll(context: LinkContext) {
	const processor = markdownProcessor(markdownOptions(context));
	return Promise.all(
		content.chapters.map(async (chapter) => ({
			chapter: `${chapter.planId}/${chapter.id}`,
			html: await renderFile(processor, chapter.parsed.body?.text ?? '', chapter.file),
			inputs: chapterInputs(context, chapter.planId, chapter.id),
		})),
	);
}

describe('chapterInputs', () => {
	const before = renderAll(linkContextOfSnapshot(content));

	for (const [name, change] of Object.entries(changes)) {
		it(`change in ${name}: every chapter whose HTML changes has changed inputs`, async () => {
			const changed = structuredClone(content);
			change(changed);
			const after = await renderAll(linkContextOfSnapshot(changed));
			const htmlChanged = (await before).filter((b, i) => b.html !== after[i]!.html).map((b) => b.chapter);
			const inputsChanged = (await before).filter((b, i) => b.inputs !== after[i]!.inputs).map((b) => b.chapter);
			// The change must reach some chapter page, or it tests nothing.
			expect(htmlChanged.length).toBeGreaterThan(0);
			expect(htmlChanged.filter((c) => !inputsChanged.includes(c))).toEqual([]);
		});
	}

	it('stays the same when nothing a chapter reads changes (a chapter’s own paragraph)', async () => {
		const changed = structuredClone(content);
		find(changed.chapters, 'ch1', 'fukushima-dx-2022').sections.at(-1)!.body += '追加した段落です。';
		const after = await renderAll(linkContextOfSnapshot(changed));
		expect(after.map((a) => a.inputs)).toEqual((await before).map((b) => b.inputs));
	});
});
