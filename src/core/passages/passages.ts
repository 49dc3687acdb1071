/**
 * The passages of a document by their anchors: paragraphs, list items and quotes are `p-N`
 * (numbered through the document by rehype-paragraph-anchors), notes are `fn-N` (remark-gfm).
 */

/** A paragraph's id: `p-12`. */
export const paragraphId = /^p-(\d+)$/;

/** A passage's id: a paragraph's or a note's. */
export const passageId = /^(p|fn)-\d+$/;

/** A paragraph's number, from its id: `p-12` is 12; undefined for any other id. */
export function paragraphNumber(id: string): number | undefined {
	const match = paragraphId.exec(id);
	return match ? Number(match[1]) : undefined;
}

/** What a passage anchor is called for readers: `p-12` is "¶ 12", `fn-3` is "Note 3". */
export function passageLabel(id: string): string | undefined {
	const paragraph = paragraphNumber(id);
	if (paragraph !== undefined) return `¶ ${paragraph}`;
	const note = /^fn-(.+)$/.exec(id);
	return note ? `Note ${note[1]}` : undefined;
}
