/**
 * The part of text-fragments-polyfill (GoogleChromeLabs; it ships no types) the site uses: the
 * generator behind Chromium's "Copy link to highlight", which names a selection by as much
 * context as makes it unique on the page.
 */
declare module 'text-fragments-polyfill/dist/fragment-generation-utils.js' {
	/** A text directive's parts, before they are percent-encoded into the address. */
	export interface TextFragment {
		textStart: string;
		textEnd?: string;
		prefix?: string;
		suffix?: string;
	}

	export const GenerateFragmentStatus: {
		SUCCESS: 0;
		INVALID_SELECTION: 1;
		AMBIGUOUS: 2;
		TIMEOUT: 3;
		EXECUTION_FAILED: 4;
	};

	export function generateFragmentFromRange(range: Range): { status: number; fragment?: TextFragment };
}
