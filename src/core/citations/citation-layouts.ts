/**
 * A document's citation of a passage, from the layout its style made once with stand-ins for the
 * locator and the passage's anchor (see `citationLayouts` in ../../build/citations/citation-format.ts). Apart from
 * citeproc, so that a reader's browser can fill a layout in: the notes cite their passages so.
 */
import { htmlText } from './html-text.ts';

export const locatorToken = 'LOCATOR0TOKEN';
export const anchorToken = 'ANCHOR0TOKEN';

/** The layout's citation of one passage, by a paragraph's number or a section's title, and its anchor, as HTML. */
export const fillLayout = (layout: string, locator: string, anchor: string): string =>
	layout.replaceAll(locatorToken, htmlText(locator)).replaceAll(anchorToken, htmlText(anchor));
