/** A glossary entry for `npm run new -- term <term-id>`: frontmatter of src/schemas/glossary.ts, explained. */
import { toFill } from './to-fill.ts';

export function termTemplate(termId: string): string {
	return `---
publish: false    # 書き終えて公開するときに true にします（false の間は npm run build で公開されず、npm run dev でだけ見られます）
term: ${toFill}${termId}    # 用語を、計画に書かれているとおりに
reading: よみがな    # ${toFill}用語のよみ（ひらがな）。用語集の五十音順に使います
aliases: []    # 別の書き方や略語。例: [ＡＩ, AI, 人工知能]
source:    # 解説の出典。計画の用語解説から写したときは、次の行を「plan: 計画のid」に
  editorial: true    # 編集部が書いた解説（計画の本文ではないと表示されます）
references: []    # 解説の【参照】の行を、そのとおりに。例: ["「〇〇指針」（総務省）"]
---

${toFill}用語の解説
`;
}
