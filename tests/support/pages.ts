/** The site's kinds of page, as paths under the base: the library, each document, the topics, a topic, search and a 404. */
export const sitePaths = [
	'',
	'search/',
	'documents/natural-death-of-north-korean-stalinism/',
	'documents/north-korea-is-not-a-socialist-society/',
	'documents/support-north-koreas-workers/',
	'topics/',
	'topics/kim-il-sung/',
	'no-such-page/',
];
