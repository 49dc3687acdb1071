/**
 * COinS (ContextObjects in Spans: an OpenURL 1.0 ContextObject in the `title` of an empty
 * `<span class="Z3988">`), made from a CSL item. Zotero and its peers offer each span on a page as
 * an item to save, so a list of documents or works saves as several items at once; and it says
 * what Highwire's tags cannot: a newspaper or magazine piece as such (`rft.type`), and an
 * organization as one name (`rft.aucorp`), not a first and a last.
 */
import type { CslItem } from './csl.ts';

type Format = { format: 'journal' | 'book'; genre: string } | { format: 'dc'; type: string };

/** The ContextObject format of each CSL type, with its genre, or the Zotero item type Dublin Core items take. */
const formats: Record<string, Format> = {
	'article-journal': { format: 'journal', genre: 'article' },
	book: { format: 'book', genre: 'book' },
	chapter: { format: 'book', genre: 'bookitem' },
	report: { format: 'book', genre: 'report' },
	'article-newspaper': { format: 'dc', type: 'newspaperArticle' },
	'article-magazine': { format: 'dc', type: 'magazineArticle' },
	webpage: { format: 'dc', type: 'webpage' },
	document: { format: 'dc', type: 'document' },
};

interface CslName {
	given?: string;
	family?: string;
	literal?: string;
}

/** The item's date as far as it is known: `2006`, `2006-01` or `2013-04-14`. */
function isoDate(item: CslItem): string | undefined {
	const parts = (item.issued as { 'date-parts'?: number[][] } | undefined)?.['date-parts']?.[0];
	return parts?.map((part, index) => (index === 0 ? String(part) : String(part).padStart(2, '0'))).join('-');
}

/** The item's title and the title of what it is in, under the keys its format gives them. */
function titleFields(format: Format, title?: string, container?: string): [string, string | undefined][] {
	if (format.format === 'dc') {
		// The type first: Zotero reads `rft.title` as the item's own title only once it knows the item is no journal's.
		return [
			['rft.type', format.type],
			['rft.title', title],
			['rft.source', container],
		];
	}
	if (format.format === 'journal') {
		return [
			['rft.genre', format.genre],
			['rft.atitle', title],
			['rft.jtitle', container],
		];
	}
	// A chapter is titled as an article in the book the book title names; a book or report is titled as a book.
	return format.genre === 'bookitem'
		? [
				['rft.genre', format.genre],
				['rft.atitle', title],
				['rft.btitle', container],
			]
		: [
				['rft.genre', format.genre],
				['rft.btitle', title],
			];
}

/** The keys and values of the item's ContextObject, in the order Zotero reads them. */
export function contextObject(item: CslItem): [string, string][] {
	const text = (field: string) => (typeof item[field] === 'string' ? (item[field] as string) : undefined);
	const format = formats[item.type] ?? formats.document!;
	const [firstPage, lastPage] = text('page')?.split('-') ?? [];
	const fields: [string, string | undefined][] = [
		['url_ver', 'Z39.88-2004'],
		['ctx_ver', 'Z39.88-2004'],
		['rft_val_fmt', `info:ofi/fmt:kev:mtx:${format.format}`],
		...titleFields(format, text('title'), text('container-title')),
		['rft.date', isoDate(item)],
		['rft.volume', text('volume')],
		['rft.issue', text('issue')],
		['rft.spage', firstPage],
		['rft.epage', lastPage && lastPage !== firstPage ? lastPage : undefined],
		...((item.author as CslName[] | undefined) ?? []).flatMap((name): [string, string | undefined][] =>
			name.literal !== undefined
				? [['rft.aucorp', name.literal]]
				: [
						['rft.aulast', name.family],
						['rft.aufirst', name.given],
					],
		),
		['rft.pub', text('publisher')],
		['rft.place', text('publisher-place')],
		// Not `rft_id`: Zotero takes that one for a link it has already visited, and drops the date it saves it on.
		['rft.identifier', text('URL')],
	];
	return fields.filter((field): field is [string, string] => field[1] !== undefined && field[1] !== '');
}

/**
 * The span's `title`: the ContextObject as `key=value` pairs, each value percent-encoded. (Zotero
 * reads `+` as a space, so a `+` in a value is lost; encodeURIComponent writes spaces as `%20`.)
 */
export const coinsTitle = (item: CslItem): string =>
	contextObject(item)
		.map(([key, value]) => `${key}=${encodeURIComponent(value)}`)
		.join('&');
