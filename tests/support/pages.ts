/** The ids of the three real documents, as in content/documents/. */
export const documentIds = [
	'natural-death-of-north-korean-stalinism',
	'north-korea-is-not-a-socialist-society',
	'support-north-koreas-workers',
];

/**
 * The site's kinds of page, as paths under the base: the library, each document, a document's
 * citations, the topics, a topic, the works cited, search, the reader's notebook and a 404.
 */
export const sitePaths = [
	'',
	'search/',
	'documents/natural-death-of-north-korean-stalinism/',
	'documents/north-korea-is-not-a-socialist-society/',
	'documents/support-north-koreas-workers/',
	'documents/natural-death-of-north-korean-stalinism/cite/',
	'topics/',
	'topics/kim-il-sung/',
	'works-cited/',
	'notes/',
	'no-such-page/',
];
