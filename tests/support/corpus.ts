/** A national corpus made from the fixture site (`npm run bench:corpus` with the fixture as its source), in a temp folder. */
import { spawnSync } from 'node:child_process';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { validContent } from './content-fixture.ts';

/** Writes `prefectures` prefectures (01 on) × `scale` copies of the fixture plans, beside the fixture's own; returns the temp root, the content in `<root>/content`. */
export async function fixtureCorpus(prefectures: number, scale: number): Promise<string> {
	const root = await mkdtemp(path.join(tmpdir(), `prefplan-corpus${prefectures}x${scale}-`));
	const args = ['scripts/bench-corpus.ts', '--source', validContent, '--prefectures', String(prefectures), '--scale', String(scale), '--out', path.join(root, 'content')];
	const corpus = spawnSync(process.execPath, args, { encoding: 'utf8' });
	if (corpus.status !== 0) throw new Error(`bench-corpus failed:\n${corpus.stderr}`);
	return root;
}
