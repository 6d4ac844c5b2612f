/** The hosts' _headers file sends the same policy as the pages' <meta>, plus what only headers can do. */
import { describe, expect, it } from 'vitest';
import { hostHeaders } from '../../src/lib/host-headers.ts';
import { contentSecurityPolicyHeader, contentSecurityPolicyMeta } from '../../src/lib/security-policy.ts';

const headers = hostHeaders('/');
/** The value of a header in the rule for every page (`/*`). */
const header = (name: string) => new RegExp(`^/\\*\n(?:  .+\n)*?  ${name}: (.+)$`, 'm').exec(headers)?.[1];

describe('security policy', () => {
	it('allows no inline script, eval or other origin', () => {
		for (const webAssembly of [true, false]) {
			expect(contentSecurityPolicyMeta(webAssembly)).not.toMatch(/'unsafe-inline'|'unsafe-eval'|https?:|\*/);
			expect(contentSecurityPolicyMeta(webAssembly)).toContain("object-src 'none'");
		}
	});

	it('allows WebAssembly only to the page that runs the search engine', () => {
		expect(contentSecurityPolicyMeta(true)).toContain("script-src 'self' 'wasm-unsafe-eval';");
		expect(contentSecurityPolicyMeta(false)).toContain("script-src 'self';");
	});

	it('is sent by _headers as in the pages, with frame-ancestors and the other security headers', () => {
		expect(header('Content-Security-Policy')).toBe(contentSecurityPolicyHeader);
		// One header for the whole site, the search page among it.
		expect(contentSecurityPolicyHeader).toBe(`${contentSecurityPolicyMeta(true)}; frame-ancestors 'none'`);
		expect(header('X-Content-Type-Options')).toBe('nosniff');
		expect(header('Referrer-Policy')).toBe('no-referrer');
		expect(header('Permissions-Policy')).toContain('camera=()');
		expect(header('Strict-Transport-Security')).toBe('max-age=31536000');
	});

	it('caches hashed assets for a year', () => {
		expect(headers).toMatch(/^\/_astro\/\*\n  Cache-Control: public, max-age=31536000, immutable$/m);
		expect(headers).toMatch(/^\/pagefind\/fragment\/\*\n  Cache-Control: public, max-age=31536000, immutable$/m);
	});

	it('puts every rule under the base path of a sub-path deployment', () => {
		const paths = hostHeaders('/plans/').split('\n').filter((line) => line.startsWith('/'));
		expect(paths).toEqual(['/plans/*', '/plans/_astro/*', '/plans/pagefind/index/*', '/plans/pagefind/fragment/*', '/plans/pagefind/filter/*', '/plans/pagefind/*.pf_meta']);
	});
});
