import type { ElementContent, Root } from 'hast';
import { h } from 'hastscript';
import type { VFile } from 'vfile';
import type { IndicatorCatalog, IndicatorEntry } from '../lib/indicator-catalog.ts';
import { descriptiveNameMark, formatFigure, formatPercent, pointInTime } from '../lib/indicator-format.ts';
import { indicatorFigures } from '../lib/indicator-progress.ts';
import { chapterOfFile } from './chapter-file.ts';
import { wrappedHeading } from './rehype-heading-anchors.ts';

export interface SectionIndicatorsOptions {
	indicators: IndicatorCatalog;
	/** URL of an indicator on its plan's indicator page (table, chart, notes). */
	indicatorUrl: (planId: string, anchor: string) => string;
}

const isFootnotes = (node: ElementContent) => node.type === 'element' && node.tagName === 'section' && node.properties.dataFootnotes !== undefined;

/** 令和3（2021）年度 現況値 48.2% → 令和7（2025）年度 目標値 80%（進捗率 …） */
function figuresText(entry: IndicatorEntry): string {
	const all = indicatorFigures(entry.data, entry.prefecture.name);
	const figures = all.filter((f) => f.role !== '比較値').map((f) => `${pointInTime(f)} ${f.role} ${formatFigure(f, entry.data.unit)}`);
	const comparisons = all.filter((f) => f.role === '比較値').map((f) => `${f.area} ${formatFigure(f, entry.data.unit)}`);
	const progress = entry.progress.computed ? `、進捗率 ${formatPercent(entry.progress.percent)}` : '';
	return `${figures.join(' → ')}${comparisons.length > 0 ? `（比較: ${comparisons.join('、')}）` : ''}${progress}`;
}

/**
 * At the end of a section's own text (before its first subsection, the
 * next heading or the footnotes), lists the indicators that belong to the section, with their
 * figures in words and a link to the table and chart. Runs after
 * rehypeHeadingAnchors (it looks for its heading wrappers), like
 * rehypeRelatedSections.
 */
export function rehypeSectionIndicators(options: SectionIndicatorsOptions) {
	const { indicators, indicatorUrl } = options;
	return (tree: Root, file: VFile) => {
		const chapter = chapterOfFile(file);
		if (!chapter) return;
		const children: ElementContent[] = [];
		let openSection: string | undefined;
		const close = () => {
			const entries = openSection ? indicators.bySection(chapter.planId, chapter.chapterId, openSection) : [];
			if (entries.length === 0) return;
			children.push(
				h('aside.section-indicators', { dataPagefindIgnore: '' }, [
					h('p.section-indicators-title', 'この箇所の指標'),
					h(
						'ul',
						entries.map((entry) => h('li', [h('a', { href: indicatorUrl(entry.planId, entry.anchor) }, entry.data.name), `${entry.data.nameIsDescriptive ? descriptiveNameMark : ''}: ${figuresText(entry)}`])),
					),
				]),
			);
		};
		for (const node of tree.children as ElementContent[]) {
			const heading = wrappedHeading(node);
			// The footnotes GFM puts at the end of the page are not the last section's own text.
			if (heading || isFootnotes(node)) {
				close();
				const id = heading?.properties.id;
				openSection = typeof id === 'string' ? id : undefined;
			}
			children.push(node);
		}
		close();
		tree.children = children;
	};
}
