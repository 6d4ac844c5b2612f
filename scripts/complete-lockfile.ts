/**
 * `npm run lock:complete`: restores lockfile entries for other platforms'
 * optional binaries (esbuild, Pagefind, Astro's compiler for macOS/Windows …).
 *
 * Why: on a registry mirror that lacks those platforms' current versions,
 * `npm install` drops their entries and `npm ci` then refuses the lockfile
 * ("Missing: … from lock file"). The restored entries carry only version, os
 * and cpu, so npm never downloads them on a machine they do not fit.
 * Run it after every `npm install` that changes dependencies.
 */
import { readFileSync, writeFileSync } from 'node:fs';

interface LockEntry {
	version?: string;
	optional?: boolean;
	os?: string[];
	cpu?: string[];
	optionalDependencies?: Record<string, string>;
}

function platformOf(name: string): Pick<LockEntry, 'os' | 'cpu'> {
	const leaf = name.split('/').pop()!;
	const os = ['darwin', 'android', 'freebsd', 'openbsd', 'netbsd', 'sunos', 'aix'].find((o) => leaf.includes(o)) ?? (/win32|windows/.test(leaf) ? 'win32' : /wasm/.test(leaf) ? undefined : 'linux');
	const cpu = ['arm64', 'x64', 'ia32', 'arm', 'ppc64', 's390x', 'riscv64', 'loong64', 'mips64el', 'wasm32'].find((c) => leaf.includes(c));
	return { ...(os && { os: [os] }), ...(cpu && { cpu: [cpu] }) };
}

const lock = JSON.parse(readFileSync('package-lock.json', 'utf8')) as { packages: Record<string, LockEntry> };
let added = 0;
for (const entry of Object.values(lock.packages)) {
	for (const [name, version] of Object.entries(entry.optionalDependencies ?? {})) {
		const key = `node_modules/${name}`;
		if (lock.packages[key]) continue;
		lock.packages[key] = { version, optional: true, ...platformOf(name) };
		added++;
	}
}
lock.packages = Object.fromEntries(Object.entries(lock.packages).sort(([a], [b]) => (a === '' ? -1 : b === '' ? 1 : a < b ? -1 : 1)));
writeFileSync('package-lock.json', `${JSON.stringify(lock, null, 2)}\n`);
console.log(`package-lock.json: ${added} optional platform entries restored`);
