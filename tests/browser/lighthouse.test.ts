import { describe, expect, inject, test } from 'vitest';
import { runLighthouse } from '../../harness/lighthouse.ts';

const siteUrl = inject('siteUrl');

// Performance depends on the machine's load, so the benchmark reports it (npm run bench).
describe('Lighthouse, on a mobile phone', () => {
	test.each([
		['the library', ''],
		['a document', 'documents/natural-death-of-north-korean-stalinism/'],
		['the search page, with results', 'search/?q=famine'],
	])('scores 100 for accessibility, best practices and SEO on %s', async (_name, path) => {
		const report = await runLighthouse(siteUrl + path, ['accessibility', 'best-practices', 'seo']);
		expect(report.failures).toEqual([]);
		expect(report.scores).toEqual({ accessibility: 100, 'best-practices': 100, seo: 100 });
	});
});
