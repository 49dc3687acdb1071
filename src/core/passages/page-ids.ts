/**
 * The ids the site's pages give their own parts (src/components/, src/layouts/, the notes
 * remark-rehype makes, the passages' `p-N`), which an id made from a heading's words must not
 * take: a heading "Title" or "P 1" would otherwise share its id with the page's title or a
 * paragraph, and a link to either would land on the other.
 */
const ids = new Set([
	'title',
	'main',
	'editors-summary',
	'document-contents',
	'cite-this',
	'related-documents',
	'see-also',
	'source-and-transcription',
	'topics-in-this-document',
	'footnote-label',
	'mentions',
	'sections-and-paragraphs',
	'site-search-q',
]);

/** The families of ids the pages number or name: passages, notes and their references, topics, citation styles, search's parts, cards. */
const families = [/^p-\d+$/, /^fn-/, /^fnref-/, /^topic-/, /^cite-/, /^search-/, /^card-/, /^in-/];

export const isPageId = (id: string): boolean => ids.has(id) || families.some((family) => family.test(id));
