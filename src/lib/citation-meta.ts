/**
 * What reference managers and search engines read from a document's page: Highwire Press
 * `citation_*` tags (Zotero, Google Scholar), schema.org JSON-LD and Open Graph.
 */
import type { Author, DocumentData, PartialDate } from './document-schema';
import type { WorkData } from './work-schema';

type Tag = readonly [name: string, content: string];

const pad = (part: number) => String(part).padStart(2, '0');

/** Highwire's date form, as precise as the source: `2006`, `2006/01` or `2013/04/14`. */
export const highwireDate = ({ year, month, day }: PartialDate): string =>
	[String(year), ...(month ? [pad(month)] : []), ...(day ? [pad(day)] : [])].join('/');

/** Highwire's form of a name: "Family, Given" for a person, the name for an organization. */
export const highwireAuthor = (author: Author): string => (author.type === 'person' ? `${author.family}, ${author.given}` : author.name);

const isPeriodical = (data: DocumentData) => ['journal', 'newspaper', 'magazine'].includes(data.publication.type);

/** The `citation_*` meta tags of a document whose page is at `url`, in Highwire's order. */
export function highwireTags(data: DocumentData, url: string): Tag[] {
	const { publication } = data;
	const [firstPage, lastPage] = publication.pages?.split(/[–-]/) ?? [];
	const tags: (Tag | undefined)[] = [
		['citation_title', data.subtitle ? `${data.title}: ${data.subtitle}` : data.title],
		...data.authors.flatMap((author): Tag[] => [
			['citation_author', highwireAuthor(author)],
			...(author.type === 'person' && author.affiliation ? [['citation_author_institution', author.affiliation] as const] : []),
		]),
		['citation_publication_date', highwireDate(data.published)],
		// Highwire has one tag for a periodical's title; Zotero and Google Scholar read newspapers' from it too.
		isPeriodical(data) ? ['citation_journal_title', publication.title] : undefined,
		publication.publisher || !isPeriodical(data) ? ['citation_publisher', publication.publisher ?? publication.title] : undefined,
		publication.volume ? ['citation_volume', publication.volume] : undefined,
		publication.issue || publication.number ? ['citation_issue', (publication.issue ?? publication.number)!] : undefined,
		firstPage ? ['citation_firstpage', firstPage] : undefined,
		lastPage ? ['citation_lastpage', lastPage] : undefined,
		data.keywords.length > 0 ? ['citation_keywords', data.keywords.join('; ')] : undefined,
		['citation_language', 'en'],
		['citation_public_url', url],
	];
	return tags.filter((tag) => tag !== undefined);
}

function personOrOrganization(author: Author) {
	return author.type === 'person'
		? {
				'@type': 'Person',
				name: `${author.given} ${author.family}`,
				givenName: author.given,
				familyName: author.family,
				...(author.affiliation && { affiliation: { '@type': 'Organization', name: author.affiliation } }),
			}
		: { '@type': 'Organization', name: author.name, ...(author.place && { location: author.place }) };
}

const periodicalTypes = { journal: 'Periodical', newspaper: 'Newspaper', magazine: 'Periodical' } as const;

/** The periodical the document appeared in, through its issue or volume where known (schema.org's `isPartOf`). */
function periodicalOf(data: DocumentData) {
	const { publication } = data;
	if (!isPeriodical(data)) return { '@type': 'Book', name: publication.title };
	const type = periodicalTypes[publication.type as keyof typeof periodicalTypes];
	const periodical = {
		'@type': type,
		name: publication.title,
		...(publication.publisher && { publisher: { '@type': 'Organization', name: publication.publisher } }),
		...(publication.place && { locationCreated: publication.place }),
	};
	const volume = publication.volume && { '@type': 'PublicationVolume', volumeNumber: publication.volume, isPartOf: periodical };
	const issueNumber = publication.issue ?? publication.number;
	if (issueNumber) return { '@type': 'PublicationIssue', issueNumber, datePublished: data.published.iso, isPartOf: volume || periodical };
	return volume || periodical;
}

const workTypes: Record<WorkData['type'], string> = {
	'article-journal': 'ScholarlyArticle',
	'article-newspaper': 'NewsArticle',
	'article-magazine': 'Article',
	book: 'Book',
	chapter: 'Chapter',
	report: 'Report',
	webpage: 'WebPage',
	document: 'CreativeWork',
};

/** A cited work as schema.org describes it. */
function citedWork(work: WorkData, url: string) {
	return {
		'@type': workTypes[work.type],
		name: work.title,
		url,
		...(work.authors.length > 0 && { author: work.authors.map(personOrOrganization) }),
		...(work.published && { datePublished: work.published.iso }),
		...(work.container && { isPartOf: { '@type': 'Periodical', name: work.container } }),
		...(work.publisher && { publisher: { '@type': 'Organization', name: work.publisher } }),
	};
}

/** The schema.org type of a document: a journal's research note is scholarly, a newspaper's piece is news. */
export function schemaType(data: DocumentData): 'ScholarlyArticle' | 'NewsArticle' | 'Article' {
	if (data.publication.type === 'journal') return 'ScholarlyArticle';
	return data.publication.type === 'newspaper' ? 'NewsArticle' : 'Article';
}

/** The document as schema.org JSON-LD; `works` are the works it cites, each with its entry's address. */
export function documentJsonLd(data: DocumentData, url: string, works: readonly { data: WorkData; url: string }[]) {
	const [firstPage, lastPage] = data.publication.pages?.split(/[–-]/) ?? [];
	return {
		'@context': 'https://schema.org',
		'@type': schemaType(data),
		'@id': url,
		url,
		mainEntityOfPage: url,
		headline: data.title,
		name: data.subtitle ? `${data.title}: ${data.subtitle}` : data.title,
		...(data.authors.length > 0 && { author: data.authors.map(personOrOrganization) }),
		datePublished: data.published.iso,
		isPartOf: periodicalOf(data),
		...(data.publication.publisher && { publisher: { '@type': 'Organization', name: data.publication.publisher } }),
		...(firstPage && { pageStart: firstPage }),
		...(lastPage && { pageEnd: lastPage }),
		...(data.publication.pages && { pagination: data.publication.pages }),
		...(data.keywords.length > 0 && { keywords: data.keywords }),
		...(data.url && { sameAs: data.url }),
		description: data.summary,
		inLanguage: 'en',
		isAccessibleForFree: true,
		...(works.length > 0 && { citation: works.map(({ data: work, url: workUrl }) => citedWork(work, workUrl)) }),
	};
}

/** Open Graph tags of a document (`og:*`, `article:*`). */
export function openGraphTags(data: DocumentData, url: string, siteName: string): Tag[] {
	return [
		['og:type', 'article'],
		['og:title', data.title],
		['og:description', data.summary],
		['og:url', url],
		['og:site_name', siteName],
		['og:locale', 'en_US'],
		['article:published_time', data.published.iso],
		...data.authors.map((author): Tag => ['article:author', author.type === 'person' ? `${author.given} ${author.family}` : author.name]),
		...data.keywords.map((keyword): Tag => ['article:tag', keyword]),
	];
}
