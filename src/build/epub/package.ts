/**
 * An EPUB 3 file from its parts: the package document (metadata, manifest, spine), the
 * navigation document, the stylesheet and the content documents, zipped with `mimetype` first and
 * stored, as the OCF container requires.
 */
import type { Element, ElementContent } from 'hast';
import { toXast } from 'hast-util-to-xast';
import { h } from 'hastscript';
import type { Root as XmlRoot, Element as XmlElement } from 'xast';
import { toXml } from 'xast-util-to-xml';
import { x } from 'xastscript';
import { strToU8, zipSync } from 'fflate';

/** An entry of the contents: a title, where it is, and the entries below it. */
export interface NavEntry {
	title: string;
	href: string;
	children: NavEntry[];
}

/** One content document: an XHTML file of the book, in reading order. */
export interface Chapter {
	/** Its file name in the book, e.g. `natural-death-of-north-korean-stalinism.xhtml`. */
	file: string;
	/** The XHTML document (`xhtmlDocument`), made as each chapter is, so that a library's trees are not all held at once. */
	content: string;
	/** Its entries in the book's contents. */
	nav: NavEntry;
}

export interface Book {
	/** The book's unique identifier: its address on the site. */
	identifier: string;
	title: string;
	/** The authors, each as a reader sees the name. */
	creators: string[];
	/** BCP 47, e.g. `en`. */
	language: string;
	/** When the text was published: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`. */
	date?: string;
	/** Who publishes this edition. */
	publisher: string;
	/** Where the text first appeared, as a reference. */
	source?: string;
	description?: string;
	/** When this edition was made (`dcterms:modified`). */
	modified: Date;
	stylesheet: string;
	chapters: Chapter[];
}

const OPF = 'http://www.idpf.org/2007/opf';
const EPUB_NS = 'http://www.idpf.org/2007/ops';
const DC = 'http://purl.org/dc/elements/1.1/';

/** Where the book's files are, inside the container. */
const ROOT = 'EPUB';
const NAV = 'nav.xhtml';
const STYLESHEET = 'style.css';

const xmlDocument = (root: XmlElement, doctype = false): string =>
	toXml(
		{
			type: 'root',
			children: [
				{ type: 'instruction', name: 'xml', value: 'version="1.0" encoding="UTF-8"' },
				...(doctype ? [{ type: 'doctype' as const, name: 'html' }] : []),
				root,
			],
		} satisfies XmlRoot,
		{ closeEmptyElements: true },
	);

/** A content document: XHTML with EPUB's namespace for `epub:type`. */
export function xhtmlDocument(title: string, language: string, body: ElementContent[]): string {
	const html: Element = h('html', { 'xmlns:epub': EPUB_NS, lang: language, 'xml:lang': language }, [
		h('head', [h('meta', { charset: 'utf-8' }), h('title', title), h('link', { rel: 'stylesheet', href: STYLESHEET })]),
		h('body', body),
	]);
	return xmlDocument(toXast(html) as XmlElement, true);
}

const navList = (entries: readonly NavEntry[]): Element =>
	h(
		'ol',
		entries.map(({ title, href, children }) => h('li', [h('a', { href }, title), ...(children.length > 0 ? [navList(children)] : [])])),
	);

function packageDocument(book: Book): string {
	const modified = book.modified.toISOString().replace(/\.\d+Z$/, 'Z');
	const item = (id: string, href: string, mediaType: string, properties?: string) =>
		x('item', { id, href, 'media-type': mediaType, ...(properties && { properties }) });
	return xmlDocument(
		x('package', { xmlns: OPF, version: '3.0', 'unique-identifier': 'identifier', 'xml:lang': book.language }, [
			x('metadata', { 'xmlns:dc': DC }, [
				x('dc:identifier', { id: 'identifier' }, book.identifier),
				x('dc:title', book.title),
				...book.creators.map((creator) => x('dc:creator', creator)),
				x('dc:language', book.language),
				book.date ? x('dc:date', book.date) : undefined,
				x('dc:publisher', book.publisher),
				book.source ? x('dc:source', book.source) : undefined,
				book.description ? x('dc:description', book.description) : undefined,
				x('meta', { property: 'dcterms:modified' }, modified),
			]),
			x('manifest', [
				item('nav', NAV, 'application/xhtml+xml', 'nav'),
				item('style', STYLESHEET, 'text/css'),
				...book.chapters.map(({ file }, index) => item(`c${index + 1}`, file, 'application/xhtml+xml')),
			]),
			x(
				'spine',
				book.chapters.map((_, index) => x('itemref', { idref: `c${index + 1}` })),
			),
		]),
	);
}

const container = xmlDocument(
	x('container', { version: '1.0', xmlns: 'urn:oasis:names:tc:opendocument:xmlns:container' }, [
		x('rootfiles', [x('rootfile', { 'full-path': `${ROOT}/package.opf`, 'media-type': 'application/oebps-package+xml' })]),
	]),
);

/** The book as an EPUB file. */
export function packageEpub(book: Book): Uint8Array<ArrayBuffer> {
	const nav = xhtmlDocument(book.title, book.language, [
		h('nav', { 'epub:type': 'toc', id: 'toc', role: 'doc-toc' }, [h('h1', 'Contents'), navList(book.chapters.map(({ nav }) => nav))]),
	]);
	const mtime = book.modified;
	const file = (text: string): [Uint8Array, { mtime: Date }] => [strToU8(text), { mtime }];
	// fflate writes the file into an ArrayBuffer of its own (a Response body needs one, not a shared one).
	return zipSync(
		{
			// First and stored, so that a reader knows the file from its first bytes.
			mimetype: [strToU8('application/epub+zip'), { level: 0, mtime }],
			'META-INF/container.xml': file(container),
			[`${ROOT}/package.opf`]: file(packageDocument(book)),
			[`${ROOT}/${NAV}`]: file(nav),
			[`${ROOT}/${STYLESHEET}`]: file(book.stylesheet),
			...Object.fromEntries(book.chapters.map(({ file: name, content }) => [`${ROOT}/${name}`, file(content)])),
		},
		{ level: 9 },
	) as Uint8Array<ArrayBuffer>;
}
