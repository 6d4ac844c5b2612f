/**
 * `npm run bench:corpus -- --prefectures 47 --scale N [--out bench/corpus/content]`
 *
 * A synthetic national corpus made from the real plans: for each of the 47
 * prefectures (JIS X 0401 names and codes) and each copy 1…N, one of the five
 * real plans (in turn, so chapter counts and lengths vary) is copied with the
 * prefecture's name and code, its chapters, indicators, evaluation tables and theme tags,
 * and each prefecture's first plan is put to a (synthetic, dated) public consultation.
 * The real plans, glossary, themes and consultations are included as they are, so every
 * reference resolves. The result is valid content in the project's format:
 * build it with `CONTENT_DIR=<out> npm run build`.
 */
import { existsSync } from 'node:fs';
import { cp, mkdir, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { prefectures } from '../src/lib/prefectures.ts';
import { commandOptions } from './command-options.ts';

const { values: options } = commandOptions(
	{
		options: {
			prefectures: { type: 'string', default: '47' },
			scale: { type: 'string', default: '1' },
			source: { type: 'string', default: 'content' },
			out: { type: 'string', default: 'bench/corpus/content' },
		},
	},
	'npm run bench:corpus -- --prefectures 47 --scale N [--source content] [--out bench/corpus/content]',
);
const count = Math.min(Number(options.prefectures), prefectures.length);
const scale = Number(options.scale);
if (!(count > 0) || !(scale > 0)) {
	console.error('--prefectures (1–47) と --scale (1 以上) を数字で指定してください');
	process.exit(1);
}
const source = path.resolve(options.source);
const out = path.resolve(options.out);

await rm(out, { recursive: true, force: true });
await mkdir(out, { recursive: true });
for (const folder of ['glossary', 'themes', 'plans', 'consultations']) {
	if (existsSync(path.join(source, folder))) await cp(path.join(source, folder), path.join(out, folder), { recursive: true });
}
await mkdir(path.join(out, 'consultations'), { recursive: true });

/** A consultation on a synthetic plan: invented for benchmarking only, never published content. */
const consultation = (planId: string, name: string, code: string) => `---
title: ${name}のDX推進計画（素案）に対する意見募集（ベンチマーク用）
prefecture:
  name: ${name}
  code: "${code}"
plan: ${planId}
stage: 素案
organiser: ${name} デジタル推進課
contact:
  name: デジタル推進課
period:
  start: 2026-12-01
  end: 2026-12-31
channels:
  - kind: 電子メール
    email: pubcom-${code}@example.jp
    required: [氏名, 住所]
---
`;

const realPlans = (await readdir(path.join(source, 'plans'), { withFileTypes: true })).filter((e) => e.isDirectory()).map((e) => e.name).sort();
const prefectureOf = async (plan: string) => {
	const yaml = await readFile(path.join(source, 'plans', plan, 'plan.yaml'), 'utf8');
	return { name: /^ {2}name: (.+)$/m.exec(yaml)![1]!.trim(), code: /^ {2}code: "(\d\d)"$/m.exec(yaml)![1]! };
};

let plans = 0;
let files = 0;
for (const [index, { code, name }] of prefectures.slice(0, count).entries()) {
	for (let copy = 1; copy <= scale; copy++) {
		const template = realPlans[(index + copy - 1) % realPlans.length]!;
		const from = await prefectureOf(template);
		const id = `pref${code}-${copy}-${template}`;
		const dir = path.join(out, 'plans', id);
		const rewrite = (text: string) =>
			text
				.replaceAll(from.name, name)
				.replace(/^plan: .+$/m, `plan: ${id}`)
				.replace(/^ {2}code: "\d\d"$/m, `  code: "${code}"`);
		for (const entry of await readdir(path.join(source, 'plans', template), { recursive: true, withFileTypes: true })) {
			if (!entry.isFile() || !/\.(md|yaml)$/.test(entry.name) || entry.name === 'NOTES.md') continue;
			const relative = path.relative(path.join(source, 'plans', template), path.join(entry.parentPath, entry.name));
			const text = await readFile(path.join(entry.parentPath, entry.name), 'utf8');
			await mkdir(path.dirname(path.join(dir, relative)), { recursive: true });
			// The plan put to consultation is a draft: not the 改訂 or 策定済 its template may say it is.
			const asDraft = copy === 1 && relative === 'plan.yaml' ? (yaml: string) => yaml.replace(/^status: .+\n/m, '') : (yaml: string) => yaml;
			await writeFile(path.join(dir, relative), asDraft(rewrite(text)).replace(/plan:([a-z0-9-]+)/g, (link, target: string) => (target === template ? `plan:${id}` : link)));
			files++;
		}
		if (copy === 1) await writeFile(path.join(out, 'consultations', `${id}.md`), consultation(id, name, code));
		plans++;
	}
}
console.log(`${out}: 実在の計画 ${realPlans.length} 件 + 合成した計画 ${plans} 件（${count} 都道府県 × ${scale}）、${files} ファイル`);
