/**
 * The environment a build is given (docs/deployment.md), checked before
 * anything is built: a mistyped setting would otherwise build a site that
 * looks fine and is not the one meant (an empty one-prefecture site, feed and
 * sitemap addresses under a doubled path).
 */
import { prefectures } from './prefectures.ts';

const list = (value: string | undefined) => (value ?? '').split(',').map((s) => s.trim()).filter(Boolean);

/** What is wrong with SITE_URL, ONLY_PREFECTURES and ONLY_PLANS for content with these plans; each message says how to fix it. */
export function buildSettingProblems(env: Record<string, string | undefined>, plans: ReadonlyArray<{ id: string; data: { prefecture: { code: string } } }>): string[] {
	const problems: string[] = [];
	if (env.SITE_URL) {
		const url = URL.parse(env.SITE_URL);
		if (!url || !/^https?:$/.test(url.protocol)) problems.push(`SITE_URL「${env.SITE_URL}」はウェブのアドレスではありません — https://plans.example.jp のように書いてください`);
		else if (url.pathname !== '/' || url.search || url.hash)
			problems.push(`SITE_URL「${env.SITE_URL}」にパスがあります — SITE_URL はオリジンだけ（${url.origin}）にし、パス（${url.pathname}）は BASE_PATH に書いてください`);
	}
	const codes = list(env.ONLY_PREFECTURES);
	const notCodes = codes.filter((code) => !prefectures.some((p) => p.code === code));
	if (notCodes.length > 0) problems.push(`ONLY_PREFECTURES の「${notCodes.join('、')}」は都道府県コードではありません — 2桁の JIS コード（福島県は 07、千葉県は 12）で書いてください`);
	const ids = list(env.ONLY_PLANS);
	const unknownIds = ids.filter((id) => !plans.some((p) => p.id === id));
	if (unknownIds.length > 0) problems.push(`ONLY_PLANS の「${unknownIds.join('、')}」という計画はありません — content/plans/ のフォルダ名（${plans.map((p) => p.id).join(', ')}）で書いてください`);
	const kept = plans.filter((p) => codes.includes(p.data.prefecture.code) || ids.includes(p.id));
	if ((codes.length > 0 || ids.length > 0) && notCodes.length === 0 && unknownIds.length === 0 && kept.length === 0)
		problems.push(`ONLY_PREFECTURES（${codes.join(',')}）の都道府県の計画はありません — 計画のある都道府県のコード（${[...new Set(plans.map((p) => p.data.prefecture.code))].sort().join(', ')}）を書いてください`);
	return problems;
}
