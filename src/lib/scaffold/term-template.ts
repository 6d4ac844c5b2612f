/**
 * Glossary entry files, unpublished, every field explained: the empty one of
 * `npm run new -- term <term-id>`, and the drafts `npm run import` writes from
 * a plan's 用語解説. Frontmatter of src/schemas/glossary.ts.
 */
import { templateSamples, toFill, toFillWith } from './to-fill.ts';

export interface TermFileFields {
	/** The term, or what stands for it until it is written. */
	term: string;
	/** Its reading in hiragana and where it comes from; without one, the file asks for it. */
	reading: { text: string; from: string } | undefined;
	/** Other names read off the term itself (`SDGs（持続可能な開発目標）`), for the person checking to confirm. */
	aliases: string[];
	/** The plan whose 用語解説 the definition is copied from; without one, the editors'. */
	plan: string | undefined;
	/** Where in the source the draft comes from, for the person checking it. */
	origin?: string;
	references: string[];
	/** The definition's Markdown. */
	definition: string;
}

export function termFile(fields: TermFileFields): string {
	const publishNote = fields.origin
		? `${fields.origin}と見比べ、確かめ終えたら true にします（false の間は npm run build で公開されず、npm run dev でだけ見られます）`
		: '書き終えて公開するときに true にします（false の間は npm run build で公開されず、npm run dev でだけ見られます）';
	const reading = fields.reading
		? `${fields.reading.text}    # 用語のよみ（ひらがな）。用語集の五十音順に使います（${fields.reading.from}）`
		: `${templateSamples.reading}    # ${toFill}用語のよみ（ひらがな）。用語集の五十音順に使います`;
	const source = fields.plan
		? `source:    # 解説の出典\n  plan: ${fields.plan}    # この計画の用語解説から写した解説`
		: 'source:    # 解説の出典。計画の用語解説から写したときは、次の行を「plan: 計画のid」に\n  editorial: true    # 編集部が書いた解説（計画の本文ではないと表示されます）';
	const aliases =
		fields.aliases.length > 0
			? `[${fields.aliases.map((a) => JSON.stringify(a)).join(', ')}]    # 別の書き方や略語（用語の（）の中と外、「：」の前後から作りました。本文で使われる書き方か確かめてください）`
			: '[]    # 別の書き方や略語。例: [ＡＩ, AI, 人工知能]';
	const referenceNote = '# 解説の【参照】の行を、そのとおりに';
	const references =
		fields.references.length > 0
			? `references:    ${referenceNote}\n${fields.references.map((r) => `  - ${JSON.stringify(r)}`).join('\n')}`
			: `references: []    ${referenceNote}。例: ["「〇〇指針」（総務省）"]`;
	return `---
publish: false    # ${publishNote}
term: ${JSON.stringify(fields.term)}    # 用語を、計画に書かれているとおりに
reading: ${reading}
aliases: ${aliases}
${source}
${references}
---

${fields.definition}
`;
}

export function termTemplate(termId: string): string {
	return termFile({ term: `${toFill}${termId}`, reading: undefined, aliases: [], plan: undefined, references: [], definition: toFillWith('definition') });
}
