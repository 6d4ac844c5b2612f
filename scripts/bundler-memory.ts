/**
 * Imported first by `scripts/build.ts`, before Astro loads Vite's bundler.
 * Rolldown's allocator (mimalloc) keeps memory the bundler has freed for a
 * while before giving it back to the system, and at ≈2,000 pages that memory
 * stayed resident through the whole render: about 100 MiB of the build's peak
 * (bench/README.md, 2026-12-04). Given back at once, it costs no measurable
 * time. mimalloc reads the setting when the binding loads, hence a module of
 * its own that runs before `astro` is imported.
 */
process.env.MIMALLOC_PURGE_DELAY ??= '0';
