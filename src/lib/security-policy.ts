/**
 * The Content-Security-Policy of every page: everything from this site only,
 * no inline script or style, no plugins, no framing. The same policy is sent
 * as a header by hosts that read _headers (src/lib/host-headers.ts);
 * frame-ancestors works only as a header, so the <meta> leaves it out.
 */
const policy: Record<string, string[]> = {
	'default-src': ["'self'"],
	// Pagefind's search engine is WebAssembly, which CSP treats as eval.
	'script-src': ["'self'", "'wasm-unsafe-eval'"],
	'style-src': ["'self'"],
	'img-src': ["'self'"],
	'font-src': ["'self'"],
	'connect-src': ["'self'"],
	'object-src': ["'none'"],
	'base-uri': ["'self'"],
	'form-action': ["'self'"],
};

const serialize = (directives: Record<string, string[]>) =>
	Object.entries(directives)
		.map(([name, sources]) => `${name} ${sources.join(' ')}`)
		.join('; ');

/** For `<meta http-equiv="Content-Security-Policy">`. */
export const contentSecurityPolicyMeta = serialize(policy);

/** For the Content-Security-Policy response header. */
export const contentSecurityPolicyHeader = serialize({ ...policy, 'frame-ancestors': ["'none'"] });
