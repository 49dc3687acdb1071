/**
 * The documents as EPUB books: each document on its own (`/documents/<id>/<id>.epub`) and the
 * whole library as one (`/library.epub`). A document's chapter holds its title block, its text
 * with its notes, and its source and transcription notes, with the passage ids of its page.
 */
import { h } from 'hastscript';
import { type Chapter, packageEpub, xhtmlDocument } from '../build/epub/package.ts';
import { epubStylesheet } from '../build/epub/stylesheet.ts';
import { bookLink } from '../build/epub/links.ts';
import { epubText } from '../build/epub/text.ts';
import { authorDetail, authorList, authorName, formatDate, formatPublisher, kindLabel, publicationDetails } from '../core/site/format.ts';
import { documentPath, documentsPath, libraryFilePath } from '../core/site/paths.ts';
import { langOf, siteDescription, siteLanguage, siteName } from '../core/site/site.ts';
import type { Author } from '../schemas/common.ts';
import { absoluteUrl, sitePath } from '../core/site/urls.ts';
import { getCorpus } from './corpus.ts';
import { type DocumentEntry, getLibrary } from './library.ts';

/** When this build made the books: their `dcterms:modified`. */
const modified = new Date();

const chapterFile = (id: string) => `${id}.xhtml`;

/** "Andrei Lankov (Australian National University; …)": an author with where they stood. */
const withDetail = (author: Author) => (authorDetail(author) ? `${authorName(author)} (${authorDetail(author)})` : authorName(author));

/** The periodical or publisher, its issue and pages, and its publisher: "Asia Policy, no. 1, pp. 95–121 (…)". */
function publicationLine({ publication }: DocumentEntry['data']): string {
	const details = publicationDetails(publication);
	const publisher = formatPublisher(publication);
	return `${publication.title}${details ? `, ${details}` : ''}${publisher ? ` (${publisher})` : ''}`;
}

/** Where a document's links lead from a book that holds the documents `inBook`. */
const resolver =
	(inBook: ReadonlySet<string>) =>
	(entry: DocumentEntry) =>
	(href: string): string =>
		bookLink(href, { page: absoluteUrl(documentPath(entry.id)), documentsPath: sitePath(documentsPath), inBook, chapterFile });

async function chapter(entry: DocumentEntry, resolve: (href: string) => string): Promise<Chapter> {
	const { data } = entry;
	const file = chapterFile(entry.id);
	const { body, sections } = epubText((await getCorpus()).document(entry.id).html, { resolve, file });
	const address = absoluteUrl(documentPath(entry.id));
	// The editors' words are in the site's language; the document's own (title and text), in its own.
	const lang = langOf(data.language);
	const titleBlock = h('header', { 'epub:type': 'titlepage' }, [
		h('p.kind', kindLabel(data)),
		h('h1', { id: 'title', lang }, data.title),
		data.subtitle ? h('p.subtitle', { lang }, data.subtitle) : undefined,
		h('p.attribution', data.authors.length === 0 ? 'Unsigned' : data.authors.map(withDetail).join('; ')),
		h('p', [
			h('cite', data.publication.title),
			publicationLine(data).slice(data.publication.title.length),
			`, ${formatDate(data.published)}.`,
		]),
		h('p', ['Read online: ', h('a', { href: address }, address)]),
	]);
	const provenance = h('section.provenance', { id: 'source-and-transcription' }, [
		h('h2', 'Source and transcription'),
		h('p', [
			`${authorList(data.authors)}, “${data.title}”, ${publicationLine(data)}, ${formatDate(data.published)}. `,
			...(data.url ? ['First published online at ', h('a', { href: data.url }, data.url), '. '] : []),
			data.excerpt ? 'This book holds an excerpt of it.' : 'This book holds its full text.',
		]),
		...(data.transcription.length > 0
			? [
					h('p', 'Transcription notes:'),
					h(
						'ul',
						data.transcription.map((note) => h('li', note)),
					),
				]
			: []),
	]);
	return {
		file,
		content: xhtmlDocument(data.title, siteLanguage, [
			h('article', { id: entry.id }, [titleBlock, ...(lang ? [h('div', { lang }, body)] : body), provenance]),
		]),
		nav: {
			title: data.title,
			href: file,
			children: [...sections, { title: 'Source and transcription', href: `${file}#source-and-transcription`, children: [] }],
		},
	};
}

/** One document as an EPUB book. */
export async function documentEpub(entry: DocumentEntry): Promise<Uint8Array<ArrayBuffer>> {
	const { data } = entry;
	return packageEpub({
		identifier: absoluteUrl(documentPath(entry.id)),
		title: data.title,
		creators: data.authors.map(authorName),
		language: data.language,
		date: data.published.iso,
		publisher: siteName,
		source: `${publicationLine(data)}, ${formatDate(data.published)}`,
		description: data.summary,
		modified,
		stylesheet: epubStylesheet,
		chapters: [await chapter(entry, resolver(new Set([entry.id]))(entry))],
	});
}

/** The whole library as one EPUB book, newest first, as the library lists it. */
export async function libraryEpub(): Promise<Uint8Array<ArrayBuffer>> {
	const library = await getLibrary();
	const resolve = resolver(new Set(library.map(({ id }) => id)));
	// One after another: each chapter's tree is dropped once it is written out.
	const chapters: Chapter[] = [];
	for (const entry of library) chapters.push(await chapter(entry, resolve(entry)));
	const contents = h('section', { id: 'library', 'epub:type': 'titlepage' }, [
		h('h1', siteName),
		h('p', siteDescription),
		h('p', ['Read online: ', h('a', { href: absoluteUrl('') }, absoluteUrl(''))]),
	]);
	return packageEpub({
		identifier: absoluteUrl(libraryFilePath('epub')),
		title: siteName,
		creators: [...new Set(library.flatMap(({ data }) => data.authors.map(authorName)))],
		language: siteLanguage,
		publisher: siteName,
		description: siteDescription,
		modified,
		stylesheet: epubStylesheet,
		chapters: [
			{
				file: 'library.xhtml',
				content: xhtmlDocument(siteName, siteLanguage, [contents]),
				nav: { title: siteName, href: 'library.xhtml', children: [] },
			},
			...chapters,
		],
	});
}
