import { describe, expect, it } from 'vitest';
import { buildTime } from '../../src/lib/build-time.ts';

describe('build time', () => {
	it('is SOURCE_DATE_EPOCH when set, so a build can be made as of a given moment', () => {
		expect(buildTime({ SOURCE_DATE_EPOCH: '1796000000' })).toBe(1_796_000_000_000);
	});

	it('is the clock otherwise', () => {
		const before = Date.now();
		const now = buildTime({});
		expect(now).toBeGreaterThanOrEqual(before);
		expect(now).toBeLessThanOrEqual(Date.now());
	});

	it('refuses a value that is not whole seconds', () => {
		expect(() => buildTime({ SOURCE_DATE_EPOCH: '2026-12-10' })).toThrow(/SOURCE_DATE_EPOCH/);
	});
});
