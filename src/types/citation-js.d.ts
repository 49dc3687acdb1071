/**
 * The part of citation-js (0.8, which ships no types) the site uses: CSL-JSON in, formatted
 * citations, BibTeX and RIS out, and the registry its CSL plugin keeps styles in; and, in the
 * tests, RIS and CSL-JSON read back into CSL items.
 */
declare module '@citation-js/core' {
	/** A CSL-JSON item; see src/build/citations/csl.ts for the fields the site fills. */
	export type CslItem = { id: string; type: string } & Record<string, unknown>;

	export interface CitationItem {
		id: string;
		locator?: string;
		label?: string;
	}

	export interface FormatOptions {
		format?: 'text' | 'html' | 'object';
		template?: string;
		lang?: string;
		entry?: string | CitationItem | (string | CitationItem)[];
		asEntryArray?: boolean;
	}

	export class Cite {
		/** CSL items, or a file's text in any format a loaded plugin reads (RIS, CSL-JSON). */
		constructor(data: CslItem | CslItem[] | string);
		/** The items read, as CSL-JSON. */
		data: CslItem[];
		format(format: 'bibliography', options: FormatOptions & { asEntryArray: true }): [string, string][];
		format(format: 'ris', options: { format: 'object'; spec?: 'old' | 'new' | 'mixed' }): Record<string, string | string[]>[];
		format(format: 'bibliography' | 'citation' | 'bibtex' | 'ris', options?: FormatOptions): string;
	}

	interface Register<T> {
		add(name: string, value: T): void;
		has(name: string): boolean;
		get(name: string): T | undefined;
	}

	export const plugins: {
		config: {
			get(plugin: '@csl'): { styles: Register<string>; locales: Register<string> };
			get(plugin: '@bibtex'): { format: { useIdAsLabel: boolean; checkLabel: boolean } };
		};
	};
}

declare module '@citation-js/plugin-csl';
declare module '@citation-js/plugin-bibtex';
declare module '@citation-js/plugin-ris';
