/**
 * The part of citeproc-js (the CSL processor citation-js runs, which ships no types) the site
 * uses directly: an engine for a style, its items registered, citations and a bibliography.
 */
declare module 'citeproc' {
	import type { CslItem } from '@citation-js/core';

	interface CitationItem {
		id: string;
		locator?: string;
		label?: string;
	}

	class Engine {
		constructor(
			sys: { retrieveItem(id: string): CslItem | undefined; retrieveLocale(lang: string): string | undefined },
			style: string,
			lang: string,
		);
		opt: { development_extensions: { wrap_url_and_doi: boolean } };
		setOutputFormat(format: 'html' | 'text'): void;
		/** Registers exactly these items, in the style's order, which it returns. */
		updateItems(ids: string[]): string[];
		/** A citation outside any document's flow: each item as if cited for the first time. */
		makeCitationCluster(items: CitationItem[]): string;
		makeBibliography(): [unknown, string[]];
	}

	const CSL: { Engine: typeof Engine; PROCESSOR_VERSION: string };
	export default CSL;
}
