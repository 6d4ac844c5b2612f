/**
 * "Now" for the build. SOURCE_DATE_EPOCH (seconds, the reproducible-builds
 * convention) pins it, so two builds of one commit produce the same pages
 * and tests can build a site as of a chosen day.
 */
export function buildTime(env: Record<string, string | undefined> = process.env): number {
	const epoch = env.SOURCE_DATE_EPOCH;
	if (epoch === undefined || epoch === '') return Date.now();
	const seconds = Number(epoch);
	if (!Number.isInteger(seconds)) throw new Error(`SOURCE_DATE_EPOCH must be whole seconds since 1970, got "${epoch}"`);
	return seconds * 1000;
}
