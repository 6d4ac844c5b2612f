/**
 * `_headers`, the response headers file Netlify and Cloudflare Pages read from
 * the root of what they publish: the security headers of every page (the same
 * Content-Security-Policy as the pages' <meta>, plus what only a header can
 * do) and a year's caching for files whose names carry a hash. Written by the
 * build under the deployment's base path, so a sub-path site gets its rules.
 */
import { contentSecurityPolicyHeader } from './security-policy.ts';

/** Files whose names change when their content does (Astro's assets, Pagefind's index): cached for a year. */
export const immutableFiles = ['_astro/*', 'pagefind/index/*', 'pagefind/fragment/*', 'pagefind/filter/*', 'pagefind/*.pf_meta'];

const securityHeaders: Record<string, string> = {
	'Content-Security-Policy': contentSecurityPolicyHeader,
	'X-Content-Type-Options': 'nosniff',
	// Older browsers' frame-ancestors.
	'X-Frame-Options': 'DENY',
	// Residents' reading is nobody else's business: no Referer to the sites the plans link to.
	'Referrer-Policy': 'no-referrer',
	'Permissions-Policy': 'accelerometer=(), camera=(), geolocation=(), gyroscope=(), magnetometer=(), microphone=(), payment=(), usb=(), browsing-topics=()',
	'Cross-Origin-Opener-Policy': 'same-origin',
	// HTTPS from the first visit on, for a year; not includeSubDomains: the prefecture's other hosts are not this site's to decide.
	'Strict-Transport-Security': 'max-age=31536000',
};

const rule = (path: string, headers: Record<string, string>) => [path, ...Object.entries(headers).map(([name, value]) => `  ${name}: ${value}`)].join('\n');

/** The `_headers` file of a site deployed under `base` (`/` or `/plans/`). Unlisted files keep the host's default: revalidated on every request. */
export function hostHeaders(base: string): string {
	return `${[
		'# Written by npm run build (src/lib/host-headers.ts); read by Netlify and Cloudflare Pages.',
		rule(`${base}*`, securityHeaders),
		...immutableFiles.map((file) => rule(`${base}${file}`, { 'Cache-Control': 'public, max-age=31536000, immutable' })),
	].join('\n\n')}\n`;
}
