/**
 * The Content-Security-Policy of every page: everything from this site only,
 * no inline script or style, no plugins, no framing. The same policy is sent
 * as a header by hosts that read _headers (src/lib/host-headers.ts);
 * frame-ancestors works only as a header, so the <meta> leaves it out.
 * WebAssembly, which CSP treats as eval, runs only on the search page (Pagefind's engine): the header, one for the
 * whole site, allows it; every other page's <meta> does not, and a page obeys both.
 */
const policy = (webAssembly: boolean): Record<string, string[]> => ({
	'default-src': ["'self'"],
	'script-src': ["'self'", ...(webAssembly ? ["'wasm-unsafe-eval'"] : [])],
	'style-src': ["'self'"],
	'img-src': ["'self'"],
	'font-src': ["'self'"],
	'connect-src': ["'self'"],
	'object-src': ["'none'"],
	'base-uri': ["'self'"],
	'form-action': ["'self'"],
});

const serialize = (directives: Record<string, string[]>) =>
	Object.entries(directives)
		.map(([name, sources]) => `${name} ${sources.join(' ')}`)
		.join('; ');

/** For `<meta http-equiv="Content-Security-Policy">`; `webAssembly` on the page that runs the search engine. */
export const contentSecurityPolicyMeta = (webAssembly: boolean) => serialize(policy(webAssembly));

/** For the Content-Security-Policy response header, of every page. */
export const contentSecurityPolicyHeader = serialize({ ...policy(true), 'frame-ancestors': ["'none'"] });
