import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { chromiumFlags, chromiumPath } from './browser.ts';

export type CategoryId = 'performance' | 'accessibility' | 'best-practices' | 'seo';

export interface LighthouseReport {
	url: string;
	scores: Partial<Record<CategoryId, number>>;
	/** The audits that fell short, as "id: title". */
	failures: string[];
}

/**
 * Lighthouse with its default settings (a mobile phone, simulated throttling) against Debian's
 * Chromium, one fresh browser for each page.
 */
export async function runLighthouse(url: string, categories: CategoryId[]): Promise<LighthouseReport> {
	const chrome = await chromeLauncher.launch({ chromePath: chromiumPath(), chromeFlags: chromiumFlags });
	try {
		const result = await lighthouse(url, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: categories });
		if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
		const { lhr } = result;
		if (lhr.runtimeError) throw new Error(`Lighthouse could not run on ${url}: ${lhr.runtimeError.message}`);
		const scores = Object.fromEntries(categories.map((id) => [id, Math.round((lhr.categories[id]?.score ?? 0) * 100)]));
		const failures = categories.flatMap((id) =>
			(lhr.categories[id]?.auditRefs ?? [])
				.filter((ref) => ref.weight > 0 && (lhr.audits[ref.id]?.score ?? 1) < 1)
				.map((ref) => `${ref.id}: ${lhr.audits[ref.id]?.title}`),
		);
		return { url, scores, failures };
	} finally {
		chrome.kill();
	}
}
