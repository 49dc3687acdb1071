/**
 * The documents and the works they cite as CSL-JSON items, the form every citation and export
 * of the site is made from (https://citeproc-js.readthedocs.io/en/latest/csl-json/markup.html).
 */
import type { CslItem } from '@citation-js/core';
import type { Author, PartialDate } from '../../schemas/common.ts';
import type { DocumentData, Publication } from '../../schemas/document.ts';
import { isPeriodical, issueNumber } from '../../core/citations/publication.ts';
import { fullTitle } from '../../core/site/format.ts';
import type { WorkData } from '../../schemas/work.ts';

export type { CslItem };

const cslTypes: Record<Publication['type'], string> = {
	journal: 'article-journal',
	newspaper: 'article-newspaper',
	magazine: 'article-magazine',
	website: 'webpage',
	book: 'book',
	report: 'report',
};

const seasons = { spring: 1, summer: 2, autumn: 3, winter: 4 } as const;

function cslName(author: Author) {
	return author.type === 'person' ? { given: author.given, family: author.family } : { literal: author.name };
}

function cslDate(date: PartialDate, season?: keyof typeof seasons) {
	const parts = [date.year, date.month, date.day].filter((part) => part !== undefined);
	return { 'date-parts': [parts], ...(season && { season: seasons[season] }) };
}

/** A page range as CSL writes it, with a hyphen (the styles print the dash); RIS and BibTeX split it there. */
const cslPages = (pages: string | undefined) => pages?.replace('–', '-');

/** Drops the fields that are not known, so that no export carries an empty one. */
function known(item: Record<string, unknown>): Record<string, unknown> {
	return Object.fromEntries(
		Object.entries(item).filter(([, value]) => value !== undefined && !(Array.isArray(value) && value.length === 0)),
	);
}

/** A version of a document's text on this site: its number and the day it was published. */
export interface CitedVersion {
	number: number;
	date: string;
}

/**
 * A document of the library as a CSL item, addressed at its page on this site (`url`); where its
 * text has had more than one version, naming the one cited (CSL's `version`).
 */
export function documentItem(id: string, data: DocumentData, url: string, version?: CitedVersion): CslItem {
	const { publication } = data;
	// A periodical's or website's `publication.title` is what the piece is in; a book's or report's names its publisher.
	const inContainer = isPeriodical(publication) || publication.type === 'website';
	return {
		id,
		type: cslTypes[publication.type],
		...known({
			title: fullTitle(data),
			author: data.authors.map(cslName),
			'container-title': inContainer ? publication.title : undefined,
			publisher: inContainer ? publication.publisher : (publication.publisher ?? publication.title),
			'publisher-place': publication.place,
			volume: publication.volume,
			issue: issueNumber(publication),
			page: cslPages(publication.pages),
			issued: cslDate(data.published),
			keyword: data.keywords.length > 0 ? data.keywords.join(',') : undefined,
			version: version && String(version.number),
			URL: url,
		}),
	};
}

/** A work the documents cite as a CSL item. */
export function workItem(id: string, data: WorkData): CslItem {
	return {
		id,
		type: data.type,
		...known({
			title: data.title,
			author: data.authors.map(cslName),
			'container-title': data.container,
			publisher: data.publisher,
			'publisher-place': data.place,
			volume: data.volume,
			issue: data.issue,
			page: cslPages(data.pages),
			issued: data.published && cslDate(data.published, data.season),
			URL: data.url,
		}),
	};
}
