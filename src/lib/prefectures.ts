/** The 47 prefectures: JIS X 0401 code, name, and the romanised name plan ids start with (fukushima-dx-2022). */
import { nearestName } from './nearest-name.ts';

export interface Prefecture {
	code: string;
	name: string;
	romaji: string;
}

const table = `01 北海道 hokkaido|02 青森県 aomori|03 岩手県 iwate|04 宮城県 miyagi|05 秋田県 akita|06 山形県 yamagata|07 福島県 fukushima|08 茨城県 ibaraki|09 栃木県 tochigi|10 群馬県 gunma|11 埼玉県 saitama|12 千葉県 chiba|13 東京都 tokyo|14 神奈川県 kanagawa|15 新潟県 niigata|16 富山県 toyama|17 石川県 ishikawa|18 福井県 fukui|19 山梨県 yamanashi|20 長野県 nagano|21 岐阜県 gifu|22 静岡県 shizuoka|23 愛知県 aichi|24 三重県 mie|25 滋賀県 shiga|26 京都府 kyoto|27 大阪府 osaka|28 兵庫県 hyogo|29 奈良県 nara|30 和歌山県 wakayama|31 鳥取県 tottori|32 島根県 shimane|33 岡山県 okayama|34 広島県 hiroshima|35 山口県 yamaguchi|36 徳島県 tokushima|37 香川県 kagawa|38 愛媛県 ehime|39 高知県 kochi|40 福岡県 fukuoka|41 佐賀県 saga|42 長崎県 nagasaki|43 熊本県 kumamoto|44 大分県 oita|45 宮崎県 miyazaki|46 鹿児島県 kagoshima|47 沖縄県 okinawa`;

export const prefectures: readonly Prefecture[] = table.split('|').map((row) => {
	const [code, name, romaji] = row.split(' ') as [string, string, string];
	return { code, name, romaji };
});

/** The prefecture a plan id starts with (fukushima-dx-2022 → 福島県), if any. */
export const prefectureOfPlanId = (planId: string) => prefectures.find((p) => planId === p.romaji || planId.startsWith(`${p.romaji}-`));

/** The prefecture a name stands for: its name, the name without 都・道・府・県 (東京), or its romaji (tokyo). */
export function prefectureNamed(text: string): Prefecture | undefined {
	const name = text.trim();
	return prefectures.find((p) => p.name === name || p.name.slice(0, -1) === name || p.romaji === name.toLowerCase());
}

/** The prefecture a name that is not one most likely means: as prefectureNamed, or one character off (福島件). */
export function meantPrefecture(written: string): Prefecture | undefined {
	const named = prefectureNamed(written);
	if (named) return named;
	const near = nearestName(written.trim(), prefectures.map((p) => p.name), 1);
	return prefectures.find((p) => p.name === near);
}
