/**
 * Records what a Playwright page fetches, with each response's body size raw and gzipped.
 * Playwright reports the requests of the page's workers too (Pagefind searches in a worker).
 */
import type { Page, Response } from 'playwright-core';
import { gzipSize, withTimeout } from './helpers.ts';

export const resourceKinds = ['html', 'css', 'js', 'fonts', 'images', 'other'] as const;
type ResourceKind = (typeof resourceKinds)[number];

export interface Fetched {
	url: string;
	kind: ResourceKind;
	status: number;
	bytes: number;
	gzipBytes: number;
	/** When the request started, in ms since the epoch (Chromium's clock, as `performance.timeOrigin`). */
	startedAt: number;
}

/** By Content-Type, which is what the browser acts on; Pagefind's binary files have none and are "other". */
function kindOf(response: Response): ResourceKind {
	const type = response.headers()['content-type'] ?? '';
	if (type.includes('html')) return 'html';
	if (type.includes('css')) return 'css';
	if (type.includes('javascript')) return 'js';
	if (type.startsWith('font/') || type.includes('woff')) return 'fonts';
	if (type.startsWith('image/')) return 'images';
	return 'other';
}

async function describe(response: Response): Promise<Fetched> {
	// A redirect or an aborted request has no body to count.
	const body = await response.body().catch(() => Buffer.alloc(0));
	return {
		url: response.url(),
		kind: kindOf(response),
		status: response.status(),
		bytes: body.length,
		// A host sends a file as it is when gzip would not make it smaller, as with Pagefind's
		// index and WebAssembly, which are gzipped already.
		gzipBytes: Math.min(body.length, gzipSize(body)),
		startedAt: response.request().timing().startTime,
	};
}

export interface NetworkRecorder {
	/**
	 * Every response so far, once no request is in flight and their bodies have arrived, so that
	 * a request started just before the moment being measured is counted whole.
	 */
	settle(timeoutMs?: number): Promise<Fetched[]>;
	stop(): void;
}

export function recordNetwork(page: Page): NetworkRecorder {
	const pending: Promise<Fetched>[] = [];
	let inFlight = 0;
	const onRequest = () => inFlight++;
	const onDone = () => inFlight--;
	const onResponse = (response: Response) => pending.push(describe(response));
	page.on('request', onRequest);
	page.on('requestfinished', onDone);
	page.on('requestfailed', onDone);
	page.on('response', onResponse);
	return {
		async settle(timeoutMs = 15_000) {
			const deadline = Date.now() + timeoutMs;
			while (inFlight > 0 && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 25));
			return withTimeout(Promise.all(pending), Math.max(1, deadline - Date.now()), 'response bodies');
		},
		stop() {
			page.off('request', onRequest);
			page.off('requestfinished', onDone);
			page.off('requestfailed', onDone);
			page.off('response', onResponse);
		},
	};
}

export interface Transfer {
	requests: number;
	bytes: number;
	gzipBytes: number;
	byKind: Record<ResourceKind, { requests: number; bytes: number; gzipBytes: number }>;
}

/** Totals, overall and by kind of resource. */
export function summarize(fetched: readonly Fetched[]): Transfer {
	const byKind = Object.fromEntries(resourceKinds.map((kind) => [kind, { requests: 0, bytes: 0, gzipBytes: 0 }])) as Transfer['byKind'];
	for (const { kind, bytes, gzipBytes } of fetched) {
		byKind[kind].requests++;
		byKind[kind].bytes += bytes;
		byKind[kind].gzipBytes += gzipBytes;
	}
	return {
		requests: fetched.length,
		bytes: fetched.reduce((sum, item) => sum + item.bytes, 0),
		gzipBytes: fetched.reduce((sum, item) => sum + item.gzipBytes, 0),
		byKind,
	};
}
