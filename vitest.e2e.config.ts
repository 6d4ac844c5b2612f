import { defineConfig } from 'vitest/config';

/** Browser tests: headless Debian Chromium against the built fixture site. */
export default defineConfig({
	test: {
		include: ['tests/e2e/**/*.test.ts'],
		globalSetup: ['tests/e2e/global-setup.ts'],
		testTimeout: 60_000,
		hookTimeout: 180_000,
		fileParallelism: false,
	},
});
