/**
 * What reference managers, search engines and feed readers get from the build, read back with
 * parsers (HTML, JSON-LD, BibTeX, RIS, XML) and compared with the documents' own frontmatter,
 * which is read here from the Markdown, independently of the site's code.
 */
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parse as parseBibtex } from '@retorquere/bibtex-parser';
import { parse as parseRis } from 'astrocite-ris';
import { XMLParser } from 'fast-xml-parser';
import type { Element } from 'hast';
import { select, selectAll } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
import { beforeAll, describe, expect, test } from 'vitest';
import { projectRoot } from '../../harness/build.ts';
import { builds, publicSiteUrl as siteUrl } from '../support/builds.ts';
import { type BuiltPage, loadPages, resolveLink } from '../support/dist.ts';
import { type Document, type Frontmatter, readDocuments } from '../support/frontmatter.ts';
import { documentIds } from '../support/pages.ts';

let documents: Document[];
let pages: Map<string, BuiltPage>;

const dist = (file: string) => readFile(join(builds.root.dir, file), 'utf8');

beforeAll(async () => {
	documents = await readDocuments();
	// Every test below loops over these: none may pass for want of documents.
	expect(documents.map(({ id }) => id).sort()).toEqual([...documentIds].sort());
	pages = new Map((await loadPages(builds.root)).map((page) => [page.path, page]));
});

/** A page range written either way, with a hyphen: `95–121` and `95--121` are `95-121`. */
const hyphenated = (pages: string) => pages.replace(/[–-]+/, '-');
/** The first and last page of a range; a single page is both. */
const pageEnds = (pages: string | undefined) => {
	if (!pages) return [];
	const [first, last = first] = pages.split(/[–-]+/);
	return [first!, last];
};

const page = (path: string): BuiltPage => {
	const found = pages.get(path);
	if (!found) throw new Error(`no page at ${path}`);
	return found;
};
const documentPage = (id: string) => page(`/documents/${id}/`);

/** Every `<meta name|property=…>` of a page, as [name, content] in order. */
const metaTags = (found: BuiltPage, prefix: string): [string, string][] =>
	selectAll('head meta', found.tree)
		.map((meta): [string, string] => [String(meta.properties.name ?? meta.properties.property ?? ''), String(meta.properties.content)])
		.filter(([name]) => name.startsWith(prefix));

const issueOf = ({ publication }: Frontmatter) => publication.issue ?? publication.number;
const personName = (author: Frontmatter['authors'][number]) =>
	author.type === 'person' ? `${author.given} ${author.family}` : author.name;

describe('each document page tells reference managers and search engines what it is', () => {
	test('its Highwire citation_* tags state its title, each author, date, journal, issue, pages and address', () => {
		for (const { id, data, date, url } of documents) {
			const tags = metaTags(documentPage(id), 'citation_');
			const values = (name: string) => tags.filter(([tag]) => tag === name).map(([, content]) => content);
			expect(values('citation_title'), id).toEqual([data.title]);
			expect(values('citation_author'), id).toEqual(
				data.authors.map((author) => (author.type === 'person' ? `${author.family}, ${author.given}` : author.name)),
			);
			expect(values('citation_publication_date'), id).toEqual([date.replaceAll('-', '/')]);
			// A journal's name only: Zotero takes any page with this tag for a journal article.
			expect(values('citation_journal_title'), id).toEqual(data.publication.type === 'journal' ? [data.publication.title] : []);
			expect(values('citation_issue'), id).toEqual(issueOf(data) ? [issueOf(data)] : []);
			expect(values('citation_volume'), id).toEqual(data.publication.volume ? [data.publication.volume] : []);
			const [first, last] = pageEnds(data.publication.pages);
			expect(values('citation_firstpage'), id).toEqual(first ? [first] : []);
			expect(values('citation_lastpage'), id).toEqual(last ? [last] : []);
			expect(values('citation_public_url'), id).toEqual([url]);
		}
		// The one person with an affiliation has it right after their name, as Google Scholar reads it.
		const lankov = metaTags(documentPage('natural-death-of-north-korean-stalinism'), 'citation_author');
		expect(lankov).toEqual([
			['citation_author', 'Lankov, Andrei'],
			['citation_author_institution', 'Australian National University; Kookmin University, Seoul'],
		]);
	});

	test('its canonical link and Open Graph address are its public address', () => {
		for (const { id, data, date, url } of documents) {
			const found = documentPage(id);
			expect(select('link[rel=canonical]', found.tree)?.properties.href, id).toBe(url);
			const og = new Map(metaTags(found, 'og:'));
			expect(og.get('og:url'), id).toBe(url);
			expect(og.get('og:type'), id).toBe('article');
			expect(og.get('og:title'), id).toBe(data.title);
			expect(new Map(metaTags(found, 'article:')).get('article:published_time'), id).toBe(date);
			expect(
				metaTags(found, 'article:author').map(([, name]) => name),
				id,
			).toEqual(data.authors.map(personName));
		}
	});

	test('its JSON-LD parses as a ScholarlyArticle or NewsArticle that is part of its periodical', () => {
		const expectedType: Record<string, string> = { journal: 'ScholarlyArticle', newspaper: 'NewsArticle' };
		for (const { id, data, date, url } of documents) {
			const scripts = selectAll('script[type="application/ld+json"]', documentPage(id).tree);
			expect(scripts, id).toHaveLength(1);
			const ld = JSON.parse(toString(scripts[0]!));
			expect(ld['@context']).toBe('https://schema.org');
			expect(ld['@type'], id).toBe(expectedType[data.publication.type]);
			expect(ld.headline).toBe(data.title);
			expect(ld.url).toBe(url);
			expect(ld.datePublished).toBe(date);
			expect((ld.author ?? []).map((author: { '@type': string; name: string }) => [author['@type'], author.name])).toEqual(
				data.authors.map((author) => [author.type === 'person' ? 'Person' : 'Organization', personName(author)]),
			);
			// The periodical, through its issue where the issue is known.
			let part = ld.isPartOf;
			if (issueOf(data)) {
				expect(part['@type'], id).toBe('PublicationIssue');
				expect(part.issueNumber).toBe(issueOf(data));
				part = part.isPartOf;
			}
			expect(part['@type'], id).toBe(data.publication.type === 'newspaper' ? 'Newspaper' : 'Periodical');
			expect(part.name, id).toBe(data.publication.title);
		}
	});

	test('the research note’s JSON-LD lists the seven works its notes cite', () => {
		const script = select('script[type="application/ld+json"]', documentPage('natural-death-of-north-korean-stalinism').tree)!;
		const cited = JSON.parse(toString(script)).citation as { '@type': string; name: string; url: string }[];
		expect(cited.map(({ name }) => name.split(/[:“]/)[0]!.trim()).sort()).toEqual(
			[
				'Reconsidering',
				'Everyday Stalinism',
				'Magnetic Mountain',
				'Central and Eastern Europe 1944–1993',
				'The Political Stalinization of China',
				'The Age of Extremes',
				"Stalin's Successors",
			].sort(),
		);
		expect(cited.filter((work) => work['@type'] === 'Book')).toHaveLength(5);
		expect(cited.filter((work) => work['@type'] === 'ScholarlyArticle')).toHaveLength(2);
		for (const { url } of cited) expect(url).toMatch(new RegExp(`^${siteUrl}/works-cited/#[a-z0-9-]+$`));
	});
});

/** The frontmatter's year, month and day as numbers. */
const dateParts = (date: string) => date.split('-').map(Number);

describe('the library and each document can be downloaded for reference managers', () => {
	test('BibTeX read back with a BibTeX parser gives each document’s fields', async () => {
		const library = parseBibtex(await dist('library.bib'));
		expect(library.errors).toEqual([]);
		expect(library.entries).toHaveLength(documents.length);
		for (const { id, data, date, url } of documents) {
			const entry = library.entries.find(({ fields }) => fields.url === url);
			expect(entry, id).toBeDefined();
			const { fields } = entry!;
			expect(entry!.type).toBe('article');
			expect(entry!.key).toBe(id);
			expect(fields.title).toBe(data.title);
			expect(fields.journal).toBe(data.publication.title);
			expect(fields.number).toBe(issueOf(data));
			expect((fields.author ?? []).map((name) => name.name ?? `${name.firstName} ${name.lastName}`)).toEqual(data.authors.map(personName));
			const [year, month, day] = dateParts(date);
			expect(Number(fields.year)).toBe(year);
			// The month as BibTeX writes it, its macro (the parser reads `jan` as 1), and the day apart.
			expect(Number(fields.month)).toBe(month);
			expect(fields.day && Number(fields.day)).toBe(day);
			if (data.publication.pages) expect(hyphenated(fields.pages ?? '')).toBe(hyphenated(data.publication.pages));
			// Each document's own file holds the same entry.
			const ownText = await dist(`documents/${id}/citation.bib`);
			expect(ownText).toMatch(/^\tmonth = [a-z]{3},$/m);
			const own = parseBibtex(ownText);
			expect(own.entries.map((found) => found.fields)).toEqual([fields]);
		}
	});

	test('RIS read back with an RIS parser gives each document’s fields', async () => {
		const text = await dist('library.ris');
		// RIS readers take a tag to a line; no value may be folded onto a second.
		// RIS lines end in CR LF; a bare line feed would be a value folded onto a second line.
		expect(text).not.toMatch(/(?<!\r)\n/);
		const lines = text.split('\r\n').filter(Boolean);
		expect(lines.length).toBeGreaterThan(documents.length * 5);
		for (const line of lines) expect(line).toMatch(/^[A-Z][A-Z0-9] {2}- [^\r\n]*$/);
		const records = parseRis(text);
		/** Each record's date as its Y1 tag gives it (`2013/4/14/`), which the parser reads to the year only. */
		const dates = lines.filter((line) => line.startsWith('Y1')).map((line) => line.slice(6).split('/').filter(Boolean).map(Number));
		expect(records).toHaveLength(documents.length);
		for (const { id, data, date, url } of documents) {
			const record = records.find((found) => found.URL === url);
			expect(record, id).toBeDefined();
			expect(record!.type).toBe(data.publication.type === 'journal' ? 'article-journal' : 'article-newspaper');
			expect(record!.title).toBe(data.title);
			expect(record!['container-title']).toBe(data.publication.title);
			// RIS has one form for a name: an organization's is read as a given and a family name.
			expect((record!.author ?? []).map((name: { given?: string; family?: string }) => `${name.given} ${name.family}`)).toEqual(
				data.authors.map(personName),
			);
			expect(Number(record!.issued?.['date-parts']?.[0]?.[0])).toBe(dateParts(date)[0]);
			expect(dates[records.indexOf(record!)]).toEqual(dateParts(date));
			expect(record!.issue).toBe(issueOf(data));
			if (data.publication.pages) expect(hyphenated(record!.page ?? '')).toBe(hyphenated(data.publication.pages));
			expect(record!.keyword ?? []).toEqual(data.keywords ?? []);
			expect(parseRis(await dist(`documents/${id}/citation.ris`))).toEqual([record]);
		}
	});

	test('CSL-JSON read back gives each document’s fields, with its date as precise as the source', async () => {
		const items = JSON.parse(await dist('library.json')) as Record<string, unknown>[];
		expect(items).toHaveLength(documents.length);
		for (const { id, data, date, url } of documents) {
			const item = items.find((found) => found.id === id)!;
			expect(item, id).toBeDefined();
			expect(item).toMatchObject({
				type: data.publication.type === 'journal' ? 'article-journal' : 'article-newspaper',
				title: data.title,
				'container-title': data.publication.title,
				issue: issueOf(data),
				issued: { 'date-parts': [dateParts(date)] },
				URL: url,
			});
			// CSL writes a page range with a hyphen; the styles print the dash.
			if (data.publication.pages) expect(item.page).toBe(hyphenated(data.publication.pages));
			expect(item.author ?? []).toEqual(
				data.authors.map((author) =>
					author.type === 'person' ? { given: author.given, family: author.family } : { literal: author.name },
				),
			);
			expect(JSON.parse(await dist(`documents/${id}/citation.json`))).toEqual([item]);
		}
	});

	test('each document page links to its three downloads, named after the document', () => {
		for (const { id } of documents) {
			const links = selectAll('.cite-downloads a', documentPage(id).tree);
			expect(
				links.map((link) => [link.properties.href, link.properties.download]),
				id,
			).toEqual(['bib', 'ris', 'json'].map((extension) => [`/documents/${id}/citation.${extension}`, `${id}.${extension}`]));
		}
	});
});

const xml = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '' });

describe('the library can be followed and found', () => {
	test('the Atom feed parses as XML and has an entry for every document, linking to its page', async () => {
		const { feed } = xml.parse(await dist('feed.xml'));
		expect(feed.xmlns).toBe('http://www.w3.org/2005/Atom');
		expect(feed.id).toBe(`${siteUrl}/`);
		const entries = [feed.entry].flat() as { id: string; title: string | { '#text': string }; link: { href: string }; updated: string }[];
		expect(entries.map(({ link }) => link.href).sort()).toEqual(documents.map(({ url }) => url).sort());
		for (const entry of entries) {
			const { data, date } = documents.find(({ url }) => url === entry.link.href)!;
			expect(entry.id).toBe(entry.link.href);
			expect(typeof entry.title === 'string' ? entry.title : entry.title['#text']).toBe(data.title);
			expect(entry.updated.startsWith(date)).toBe(true);
		}
		// Every page names the feed.
		for (const found of pages.values()) {
			expect(select('link[rel=alternate][type="application/atom+xml"]', found.tree)?.properties.href, found.path).toBe('/feed.xml');
		}
	});

	test('the sitemap parses as XML and lists every document, and every page it lists exists, but no citation page', async () => {
		const index = xml.parse(await dist('sitemap-index.xml'));
		const sitemaps = [index.sitemapindex.sitemap].flat().map(({ loc }: { loc: string }) => loc);
		expect(sitemaps.length).toBeGreaterThan(0);
		const listed: string[] = [];
		for (const sitemap of sitemaps) {
			expect(sitemap.startsWith(`${siteUrl}/`)).toBe(true);
			const { urlset } = xml.parse(await dist(sitemap.slice(siteUrl.length + 1)));
			listed.push(...[urlset.url].flat().map(({ loc }: { loc: string }) => loc));
		}
		for (const { url } of documents) expect(listed).toContain(url);
		for (const loc of listed) expect(pages.has(loc.slice(siteUrl.length)), loc).toBe(true);
		expect(listed).toContain(`${siteUrl}/works-cited/`);
		// A document's citation page is reached from the document; the sitemap lists what is worth finding.
		expect(pages.has('/documents/natural-death-of-north-korean-stalinism/cite/')).toBe(true);
		expect(listed.filter((loc) => loc.endsWith('/cite/'))).toEqual([]);
	});

	test('robots.txt allows crawling and points to the sitemap', async () => {
		const robots = await dist('robots.txt');
		expect(robots).toMatch(/^User-agent: \*$/m);
		expect(robots).toMatch(/^Allow: \/$/m);
		expect(robots).toMatch(new RegExp(`^Sitemap: ${siteUrl}/sitemap-index\\.xml$`, 'm'));
	});
});

/** The works the documents cite, by the note or passage that cites them: the issue's list, read off the texts. */
const expectedCitations: Record<string, [document: string, passage: string][]> = {
	'reichman-reconsidering-stalinism': [['natural-death-of-north-korean-stalinism', 'fn-1']],
	'fitzpatrick-everyday-stalinism': [['natural-death-of-north-korean-stalinism', 'fn-2']],
	'kotkin-magnetic-mountain': [['natural-death-of-north-korean-stalinism', 'fn-2']],
	'berend-central-and-eastern-europe': [['natural-death-of-north-korean-stalinism', 'fn-2']],
	'li-political-stalinization-of-china': [['natural-death-of-north-korean-stalinism', 'fn-3']],
	'hobsbawm-age-of-extremes': [['natural-death-of-north-korean-stalinism', 'fn-4']],
	'bialer-stalins-successors': [['natural-death-of-north-korean-stalinism', 'fn-5']],
	'everything-youve-been-told-about-communism-is-wrong': [['north-korea-is-not-a-socialist-society', 'p-3']],
	'avakian-three-alternative-worlds': [['north-korea-is-not-a-socialist-society', 'p-6']],
};

describe('works cited', () => {
	test('every work in content/works has an entry on /works-cited/, listing exactly the notes and passages that cite it', async () => {
		const works = (await readdir(join(projectRoot, 'content', 'works'))).map((file) => file.replace(/\.yaml$/, '')).sort();
		expect(works).toEqual(Object.keys(expectedCitations).sort());
		const list = page('/works-cited/');
		for (const work of works) {
			const entry = select(`li#${work}`, list.tree);
			expect(entry, work).toBeDefined();
			const citedIn = selectAll('.cited-in a', entry!).map((link) => {
				const target = resolveLink(String(link.properties.href), list)!;
				return [target.path.split('/')[2], target.fragment];
			});
			expect(citedIn, work).toEqual(expectedCitations[work]);
		}
	});

	test('each works-cited link lands on a note or passage that links back to the entry', () => {
		const list = page('/works-cited/');
		let checked = 0;
		for (const entry of selectAll('.works-cited > li', list.tree)) {
			for (const link of selectAll('.cited-in a', entry)) {
				const target = resolveLink(String(link.properties.href), list)!;
				const passage = select(`[id="${target.fragment}"]`, page(target.path).tree);
				expect(passage, String(link.properties.href)).toBeDefined();
				const back = selectAll('a[href]', passage!).map((a) => resolveLink(String(a.properties.href), page(target.path)));
				expect(back, String(link.properties.href)).toContainEqual({ path: '/works-cited/', fragment: entry.properties.id });
				checked++;
			}
		}
		expect(checked).toBe(9);
	});

	test('every link to a work in a document lands on its entry, which lists the passage it stands in', () => {
		let checked = 0;
		for (const { id } of documents) {
			const found = documentPage(id);
			// Not the sidenotes' inert copies, which repeat the notes' links.
			const links = selectAll('.document-text a[data-work]', found.tree).filter((link) => !isInInertCopy(link, found));
			for (const link of links) {
				const target = resolveLink(String(link.properties.href), found)!;
				expect(target.path).toBe('/works-cited/');
				const entry = select(`li[id="${target.fragment}"]`, page('/works-cited/').tree);
				expect(entry, target.fragment).toBeDefined();
				const listed = selectAll('.cited-in a', entry!).map((a) => resolveLink(String(a.properties.href), page('/works-cited/')));
				expect(listed.some((place) => place?.path === `/documents/${id}/` && isAncestorOf(place.fragment, link, found))).toBe(true);
				checked++;
			}
		}
		// Seven titles in the notes; one title and its repetition in the article's passages.
		expect(checked).toBe(10);
	});
});

/** Whether the element with id `id` contains `element`. */
function isAncestorOf(id: string, element: Element, found: BuiltPage): boolean {
	const container = select(`[id="${id}"]`, found.tree);
	return container ? selectAll('a[data-work]', container).includes(element) : false;
}

function isInInertCopy(element: Element, found: BuiltPage): boolean {
	return selectAll('[inert] a[data-work]', found.tree).includes(element);
}

describe('citing a document and its passages', () => {
	test('each document page gives its Chicago note, and links to the other styles and forms on its citation page', () => {
		for (const { id } of documents) {
			const cite = select('section.cite', documentPage(id).tree)!;
			expect(selectAll('h3', cite).map((heading) => toString(heading))).toEqual(['Chicago']);
			const [note, ...others] = selectAll('.citation', cite);
			expect(others).toEqual([]);
			expect(toString(select('dt', note!)!)).toBe('Note');
			expect(toString(select('.citation-text', note!)!)).toBe(
				toString(select('section.cite .citation:first-child .citation-text', page(`/documents/${id}/cite/`).tree)!),
			);
			const all = selectAll('a', cite).find((link) => toString(link) === 'All citations')!;
			expect(resolveLink(String(all.properties.href), documentPage(id))?.path).toBe(`/documents/${id}/cite/`);
		}
	});

	test('each citation page gives the Chicago note and bibliography entry, APA and MLA citations and references', () => {
		for (const { id, data, date } of documents) {
			const cite = select('section.cite', page(`/documents/${id}/cite/`).tree)!;
			expect(cite, id).toBeDefined();
			const labels = selectAll('h3', cite).map((heading) => toString(heading));
			expect(labels).toEqual(['Chicago', 'APA', 'MLA']);
			// The styles' citations; the reference files' text follows them (see below).
			const citations = selectAll('.citations:not(.reference-files) .citation', cite).map(
				(row) => [toString(select('dt', row)!), toString(select('.citation-text', row)!)] as const,
			);
			expect(citations.map(([label]) => label)).toEqual([
				'Note',
				'Bibliography',
				'In-text citation',
				'Reference list',
				'In-text citation',
				'Works cited',
			]);
			// The styles differ in form, but every full reference names the title and periodical; the
			// note and the references end with the document's address.
			// In the text: the author's family name (or the body's name), or for an unsigned piece its
			// quoted title; APA adds the year.
			const [author] = data.authors;
			const who = author ? (author.type === 'person' ? author.family : author.name) : undefined;
			const year = date.slice(0, 4);
			expect(
				citations.filter(([label]) => label === 'In-text citation').map(([, text]) => text),
				id,
			).toEqual(who ? [`(${who}, ${year})`, `(${who})`] : [`(“${data.title},” ${year})`, `(“${data.title}”)`]);
			for (const [label, text] of citations) {
				if (label === 'In-text citation') continue;
				expect(text.toLowerCase(), `${id} ${label}`).toContain(data.title.toLowerCase());
				expect(text, `${id} ${label}`).toContain(data.publication.title);
				expect(text, `${id} ${label}`).toContain(`${siteUrl}/documents/${id}/`);
			}
		}
	});

	test('the citation page cites every section and paragraph of the document, each with its number or title and its link', () => {
		for (const { id } of documents) {
			const doc = documentPage(id);
			const cites = page(`/documents/${id}/cite/`);
			const paragraphs = selectAll('.document-text [id^="p-"]', doc.tree).map((element) => String(element.properties.id));
			const sections = selectAll('.document-text :is(h2, h3)[id]', doc.tree)
				.filter((heading) => heading.properties.id !== 'footnote-label')
				.map((heading) => [String(heading.properties.id), toString(heading)] as const);
			const entries = selectAll('article.passage-citation', cites.tree);
			expect(entries.length, id).toBe(paragraphs.length + sections.length);
			for (const paragraph of paragraphs) {
				const entry = select(`article:has(> .heading > [id="${paragraph}"])`, cites.tree);
				expect(entry, `${id} ${paragraph}`).toBeDefined();
				const [chicago, apa, mla, link] = selectAll('.citation-text', entry!).map((text) => toString(text));
				const number = paragraph.slice(2);
				expect(chicago).toContain(`para. ${number}, ${siteUrl}/documents/${id}/#${paragraph}.`);
				expect(apa).toMatch(new RegExp(`, para\\. ${number}\\)$`));
				// After a quoted title, MLA's comma stands inside the quotation marks.
				expect(mla).toMatch(new RegExp(`,”? para\\. ${number}\\)$`));
				expect(link).toBe(`${siteUrl}/documents/${id}/#${paragraph}`);
				const opening = select('.passage-opening a', entry!)!;
				expect(resolveLink(String(opening.properties.href), cites)).toEqual({ path: `/documents/${id}/`, fragment: paragraph });
			}
			for (const [section, title] of sections) {
				const entry = select(`article:has(> .heading > [id="${section}"])`, cites.tree)!;
				const [chicago, apa, mla, link] = selectAll('.citation-text', entry).map((text) => toString(text));
				expect(chicago).toContain(`sec. ${title}, ${siteUrl}/documents/${id}/#${section}.`);
				expect(apa).toContain(`Section ${title})`);
				expect(mla).toContain(`sec. ${title})`);
				expect(link).toBe(`${siteUrl}/documents/${id}/#${section}`);
			}
		}
	});

	test('every document page links to its citation page', () => {
		for (const { id } of documents) {
			const links = selectAll('section.cite a', documentPage(id).tree).map(
				(link) => resolveLink(String(link.properties.href), documentPage(id))?.path,
			);
			expect(links, id).toContain(`/documents/${id}/cite/`);
		}
	});

	test('each citation page shows the reference files’ text, to copy, as the files have it', async () => {
		for (const { id } of documents) {
			const files = selectAll('.reference-files .citation', page(`/documents/${id}/cite/`).tree);
			expect(
				files.map((file) => toString(select('dt', file)!)),
				id,
			).toEqual(['BibTeX', 'RIS', 'CSL-JSON']);
			for (const [index, extension] of ['bib', 'ris', 'json'].entries()) {
				expect(toString(select('pre.citation-text', files[index]!)!), `${id}.${extension}`).toBe(
					(await dist(`documents/${id}/citation.${extension}`)).replace(/\r\n/g, '\n'),
				);
			}
		}
	});

	test('the title block’s “Cite” says where it leads, the citation page, which gives every style and file', () => {
		for (const { id } of documents) {
			const cite = selectAll('.title-block dl > div', documentPage(id).tree).find((row) => toString(select('dt', row)!) === 'Cite')!;
			const link = select('a', cite)!;
			expect(toString(link), id).toBe('The citation page: Chicago, APA, MLA; BibTeX, RIS, CSL-JSON');
			const target = resolveLink(String(link.properties.href), documentPage(id));
			expect(target, id).toEqual({ path: `/documents/${id}/cite/`, fragment: '' });
		}
	});
});

describe('under a base path', () => {
	const reader = (file: string) => readFile(join(builds.reader.dir, file), 'utf8');
	const lankovUrl = `${siteUrl}/reader/documents/natural-death-of-north-korean-stalinism/`;

	test('a document’s canonical link, citation_public_url, JSON-LD and citations name its address under the base', async () => {
		const found = (await loadPages(builds.reader)).find(
			({ path }) => path === '/reader/documents/natural-death-of-north-korean-stalinism/',
		)!;
		expect(select('link[rel=canonical]', found.tree)?.properties.href).toBe(lankovUrl);
		expect(metaTags(found, 'citation_public_url')).toEqual([['citation_public_url', lankovUrl]]);
		expect(JSON.parse(toString(select('script[type="application/ld+json"]', found.tree)!)).url).toBe(lankovUrl);
		expect(toString(select('section.cite .citation-text', found.tree)!)).toContain(lankovUrl);
		expect(JSON.parse(await reader('library.json')).map(({ URL }: { URL: string }) => URL)).toContain(lankovUrl);
	});

	test('the feed, sitemap and robots.txt name addresses under the base', async () => {
		const { feed } = xml.parse(await reader('feed.xml'));
		expect([feed.entry].flat().map(({ id }: { id: string }) => id)).toContain(lankovUrl);
		const { urlset } = xml.parse(await reader('sitemap-0.xml'));
		const listed = [urlset.url].flat().map(({ loc }: { loc: string }) => loc);
		expect(listed).toContain(lankovUrl);
		expect(listed.filter((loc) => loc.endsWith('/cite/'))).toEqual([]);
		expect(await reader('robots.txt')).toContain(`Sitemap: ${siteUrl}/reader/sitemap-index.xml`);
	});
});

describe('provenance', () => {
	test('each document page says where it was first published, at what address, what the transcription removed, and whether it is an excerpt', () => {
		for (const { id, data } of documents) {
			const block = select('section.provenance', documentPage(id).tree);
			expect(block, id).toBeDefined();
			const text = toString(block!).replace(/\s+/g, ' ');
			expect(text, id).toContain(data.publication.title);
			if (data.url)
				expect(
					selectAll('a', block!).map((link) => link.properties.href),
					id,
				).toContain(data.url);
			for (const note of data.transcription ?? []) expect(text, id).toContain(note.replace(/\s+/g, ' '));
			expect(selectAll('li', block!), id).toHaveLength(data.transcription?.length ?? 0);
			expect(text, id).toContain(data.excerpt ? 'This page holds an excerpt of it.' : 'This page holds its full text.');
		}
	});
});
