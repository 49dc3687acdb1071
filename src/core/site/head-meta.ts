/**
 * What other sites and programs read from a page's head: Open Graph tags (every page), and on a
 * document's page the Highwire Press `citation_*` tags (Zotero, Google Scholar), the item type of
 * a piece that is not a journal article, and schema.org JSON-LD.
 */
import type { Author, PartialDate } from '../../schemas/common.ts';
import type { DocumentData } from '../../schemas/document.ts';
import { isPeriodical, issueNumber, pageRange } from '../citations/publication.ts';
import { authorName, fullTitle } from './format.ts';
import { siteName } from './site.ts';
import type { WorkData } from '../../schemas/work.ts';

/** A `<meta>` tag as its name (or property) and content. */
export type MetaTag = readonly [name: string, content: string];

const pad = (part: number) => String(part).padStart(2, '0');

/** Highwire's date form, as precise as the source: `2006`, `2006/01` or `2013/04/14`. */
export const highwireDate = ({ year, month, day }: PartialDate): string =>
	[String(year), ...(month ? [pad(month)] : []), ...(day ? [pad(day)] : [])].join('/');

/** Highwire's form of a name: "Family, Given" for a person, the name for an organization. */
const highwireAuthor = (author: Author): string => (author.type === 'person' ? `${author.family}, ${author.given}` : author.name);

/** The `citation_*` meta tags of a document whose page is at `url`, in Highwire's order. */
export function highwireTags(data: DocumentData, url: string): MetaTag[] {
	const { publication } = data;
	const pages = pageRange(publication);
	const issue = issueNumber(publication);
	const tags: (MetaTag | undefined)[] = [
		['citation_title', fullTitle(data)],
		...data.authors.flatMap((author): MetaTag[] => [
			['citation_author', highwireAuthor(author)],
			...(author.type === 'person' && author.affiliation ? [['citation_author_institution', author.affiliation] as const] : []),
		]),
		['citation_publication_date', highwireDate(data.published)],
		// A journal's name only: Zotero takes any page with this tag for a journal article.
		publication.type === 'journal' ? ['citation_journal_title', publication.title] : undefined,
		// A book's or report's `publication.title` is its publisher.
		publication.publisher || !isPeriodical(publication) ? ['citation_publisher', publication.publisher ?? publication.title] : undefined,
		publication.volume ? ['citation_volume', publication.volume] : undefined,
		issue ? ['citation_issue', issue] : undefined,
		pages && ['citation_firstpage', pages.first],
		pages && ['citation_lastpage', pages.last],
		data.keywords.length > 0 ? ['citation_keywords', data.keywords.join('; ')] : undefined,
		['citation_language', data.language],
		['citation_public_url', url],
	];
	return tags.filter((tag) => tag !== undefined);
}

/** Zotero's item types, for what Highwire's tags cannot say the document is. A journal article they say. */
const zoteroTypes: Record<Exclude<DocumentData['publication']['type'], 'journal'>, string> = {
	newspaper: 'newspaperArticle',
	magazine: 'magazineArticle',
	website: 'webpage',
	book: 'book',
	report: 'report',
};

/**
 * What a reference manager needs beyond the `citation_*` tags to save a piece that is not a
 * journal article as what it is: its Zotero item type (`DC.type`, which Zotero's Embedded Metadata
 * translator reads) and, for a newspaper or magazine, the periodical's name and place (PRISM's and
 * EPrints' tags, which it reads where Highwire has none). Nothing for a journal article.
 */
export function itemTypeTags({ publication }: DocumentData): MetaTag[] {
	if (publication.type === 'journal') return [];
	return [
		['DC.type', zoteroTypes[publication.type]],
		...(isPeriodical(publication) ? [['prism.publicationName', publication.title] as const] : []),
		...(isPeriodical(publication) && publication.place ? [['eprints.place_of_pub', publication.place] as const] : []),
	];
}

const organization = (name: string) => ({ '@type': 'Organization', name });

function personOrOrganization(author: Author) {
	return author.type === 'person'
		? {
				'@type': 'Person',
				name: authorName(author),
				givenName: author.given,
				familyName: author.family,
				...(author.affiliation && { affiliation: organization(author.affiliation) }),
			}
		: organization(author.name);
}

/**
 * What the document is part of (schema.org's `isPartOf`): its periodical, through its volume and
 * issue where known, or the website it was published on. A book or report is nothing's part.
 */
function containerOf(data: DocumentData) {
	const { publication } = data;
	if (publication.type === 'website') return { '@type': 'WebSite', name: publication.title };
	if (!isPeriodical(publication)) return undefined;
	const periodical = {
		'@type': publication.type === 'newspaper' ? 'Newspaper' : 'Periodical',
		name: publication.title,
		...(publication.publisher && { publisher: organization(publication.publisher) }),
	};
	const volume = publication.volume && { '@type': 'PublicationVolume', volumeNumber: publication.volume, isPartOf: periodical };
	const issue = issueNumber(publication);
	if (issue) return { '@type': 'PublicationIssue', issueNumber: issue, datePublished: data.published.iso, isPartOf: volume || periodical };
	return volume || periodical;
}

const schemaOrgTypes: Record<WorkData['type'], string> = {
	'article-journal': 'ScholarlyArticle',
	'article-newspaper': 'NewsArticle',
	'article-magazine': 'Article',
	book: 'Book',
	chapter: 'Chapter',
	report: 'Report',
	webpage: 'WebPage',
	document: 'CreativeWork',
};

/** A cited work as schema.org names it: its kind, title and entry on the works-cited page, where the rest of it is. */
function citedWork(work: WorkData, url: string) {
	return { '@type': schemaOrgTypes[work.type], name: work.title, url };
}

/** A journal's research note is scholarly, a newspaper's piece is news; anything else is an article. */
function schemaType(data: DocumentData): 'ScholarlyArticle' | 'NewsArticle' | 'Article' {
	if (data.publication.type === 'journal') return 'ScholarlyArticle';
	return data.publication.type === 'newspaper' ? 'NewsArticle' : 'Article';
}

/**
 * The document as schema.org JSON-LD; `works` are the works it cites, each with its entry's
 * address. Lean: what the page's other tags already say (its description, language, address as
 * the main entity) is not said again.
 */
export function documentJsonLd(data: DocumentData, url: string, works: readonly { data: WorkData; url: string }[]) {
	const { publication } = data;
	const pages = pageRange(publication);
	const publisher = publication.publisher ?? (isPeriodical(publication) || publication.type === 'website' ? undefined : publication.title);
	const container = containerOf(data);
	return {
		'@context': 'https://schema.org',
		'@type': schemaType(data),
		url,
		headline: data.title,
		...(data.subtitle && { name: fullTitle(data) }),
		...(data.authors.length > 0 && { author: data.authors.map(personOrOrganization) }),
		datePublished: data.published.iso,
		...(container && { isPartOf: container }),
		...(publisher && { publisher: organization(publisher) }),
		...(pages && { pageStart: pages.first, pageEnd: pages.last, pagination: publication.pages }),
		...(data.keywords.length > 0 && { keywords: data.keywords }),
		...(data.url && { sameAs: data.url }),
		isAccessibleForFree: true,
		...(works.length > 0 && { citation: works.map(({ data: work, url: workUrl }) => citedWork(work, workUrl)) }),
	};
}

/** The Open Graph tags every page has: what it is, its title, description and address. */
export function openGraphTags(type: 'website' | 'article', title: string, description: string, url: string): MetaTag[] {
	return [
		['og:type', type],
		['og:title', title],
		['og:description', description],
		['og:url', url],
		['og:site_name', siteName],
		['og:locale', 'en_US'],
	];
}

/** A document's Open Graph tags: an article, with its date, its authors' names and its keywords. */
export function articleOpenGraphTags(data: DocumentData, url: string): MetaTag[] {
	return [
		...openGraphTags('article', data.title, data.summary, url),
		['article:published_time', data.published.iso],
		...data.authors.map((author): MetaTag => ['article:author', authorName(author)]),
		...data.keywords.map((keyword): MetaTag => ['article:tag', keyword]),
	];
}
