import * as pagefind from 'pagefind';
import { siteLanguage } from '../core/site/site.ts';
import type { AfterBuildStep } from './step.ts';

export interface PagefindOptions {
	/**
	 * The pages to index, as a glob under the site's folder. Pagefind reads every page it is given to
	 * look for `data-pagefind-body`, so naming the pages that carry it spares it reading the rest.
	 */
	glob: string;
}

/**
 * Builds the full-text index of the built site with Pagefind's Node API, into `<site>/pagefind/`.
 * What is indexed is decided in the markup (`data-pagefind-body`, `-ignore`, `-meta`, `-filter`,
 * `-sort`). Any error Pagefind reports fails the build.
 */
export function pagefindIndex({ glob }: PagefindOptions): AfterBuildStep {
	return {
		name: 'pagefind',
		run: async ({ site, log }) => {
			const started = performance.now();
			try {
				const { index, errors: createErrors } = await pagefind.createIndex({ forceLanguage: siteLanguage });
				if (!index) throw new Error(`Pagefind could not create an index: ${createErrors.join('; ')}`);
				const { errors: indexErrors, page_count } = await index.addDirectory({ path: site, glob });
				if (indexErrors.length > 0) throw new Error(`Pagefind could not index ${site}: ${indexErrors.join('; ')}`);
				if (page_count === 0) throw new Error(`Pagefind found no page to index in ${site}`);
				const { errors: writeErrors, outputPath } = await index.writeFiles({ outputPath: `${site}pagefind` });
				if (writeErrors.length > 0) throw new Error(`Pagefind could not write its index: ${writeErrors.join('; ')}`);
				const seconds = ((performance.now() - started) / 1000).toFixed(2);
				log(`indexed ${page_count} pages into ${outputPath} in ${seconds} s`);
			} finally {
				await pagefind.close();
			}
		},
	};
}
