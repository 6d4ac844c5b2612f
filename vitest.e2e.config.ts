import { defineConfig } from 'vitest/config';

/** Browser tests: headless Debian Chromium against the built fixture site. */
export default defineConfig({
	test: {
		include: ['tests/e2e/**/*.test.ts'],
		// The scratch space first: the sites the browser tests use are built in it.
		globalSetup: ['tests/support/scratch-space.ts', 'tests/e2e/global-setup.ts'],
		testTimeout: 60_000,
		hookTimeout: 180_000,
		fileParallelism: false,
	},
});
