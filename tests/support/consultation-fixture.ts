/**
 * The consultation fixtures (tests/fixtures/consultation, laid over the
 * fixture site): a closed consultation with results on a 中間案 that has a
 * 最終案, and one open from 2026-12-01 to 2026-12-28 (JST), built as of a
 * day inside that period.
 */
import path from 'node:path';

export const consultationFixture = path.resolve('tests/fixtures/consultation');

/** JST wall-clock time → ms since the epoch. */
export const jst = (isoLocal: string) => Date.parse(`${isoLocal}+09:00`);

/** The open consultation's period, as its fixture file states it. */
export const openPeriod = { firstInstant: jst('2026-12-01T00:00:00'), lastDayNoon: jst('2026-12-28T12:00:00'), closesAt: jst('2026-12-29T00:00:00') };

/** "Now" for the fixture build: inside the open period. */
export const consultationBuildTime = jst('2026-12-10T12:00:00');
export const consultationBuildEnv = { SOURCE_DATE_EPOCH: String(consultationBuildTime / 1000) };
