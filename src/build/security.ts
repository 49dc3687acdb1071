/**
 * The site's security policy, in one place: the `<meta>` CSP of every page (src/layouts/Base.astro)
 * and the `_headers` file that the security-headers integration writes for hosts that read it.
 * Scripts and stylesheets are files of the site, never inlined, except one small script that must
 * run before the first paint (the reader's settings, src/core/site/reader-settings.ts): the policy
 * allows that one by its hash, and nothing else inline, and nothing from any other origin.
 */
import { createHash } from 'node:crypto';
import { settingsBoot } from '../core/site/reader-settings.ts';

/** How a CSP allows one inline script: by the hash of its exact text. */
const scriptHash = (source: string): string => `'sha256-${createHash('sha256').update(source).digest('base64')}'`;

/** The CSP of every page; `dev` for `astro dev`, whose pages differ in their styles alone. */
const cspDirectives = (dev = false) => [
	"default-src 'self'",
	// Pagefind's search engine is WebAssembly; this allows compiling it, not JavaScript's eval.
	`script-src 'self' 'wasm-unsafe-eval' ${scriptHash(settingsBoot)}`,
	// The dev server puts each stylesheet into the page as a <style>, to swap it as it is edited.
	dev ? "style-src 'self' 'unsafe-inline'" : "style-src 'self'",
	// The favicon is a data: URI, inlined into every page.
	"img-src 'self' data:",
	"font-src 'self'",
	"connect-src 'self'",
	"object-src 'none'",
	"base-uri 'self'",
	"form-action 'self'",
];

/** The CSP as a `<meta>` carries it. */
export const cspMeta = cspDirectives().join('; ');

/** The `<meta>` CSP of the pages `astro dev` serves, which would be unstyled under the built site's. */
export const devCspMeta = cspDirectives(true).join('; ');

/** The CSP as an HTTP header, which can also forbid framing (a `<meta>` CSP cannot). */
const cspHeader = [...cspDirectives(), "frame-ancestors 'none'"].join('; ');

/** Headers for every path, for hosts that read a `_headers` file (Netlify, Cloudflare Pages…). */
export const securityHeaders: Record<string, string> = {
	'Content-Security-Policy': cspHeader,
	'X-Content-Type-Options': 'nosniff',
	'Referrer-Policy': 'strict-origin-when-cross-origin',
	'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), payment=(), usb=()',
	'Cross-Origin-Opener-Policy': 'same-origin',
};

/** The `_headers` file: one block of headers for every path under the base. */
export function headersFile(base: string, headers: Record<string, string> = securityHeaders): string {
	const lines = Object.entries(headers).map(([name, value]) => `  ${name}: ${value}`);
	return `${base.endsWith('/') ? base : `${base}/`}*\n${lines.join('\n')}\n`;
}
