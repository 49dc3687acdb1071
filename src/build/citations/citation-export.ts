/**
 * The files reference managers read, BibTeX, RIS and CSL-JSON, made by citation-js from CSL
 * items; the citations in the styles are `citation-format.ts`'s.
 */
import { Cite, type CslItem, plugins } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-ris';

// BibTeX keys are the items' ids (the documents' and works' own, hyphens and all), unique by
// construction, rather than citation-js's author-year-word labels, which two documents may share.
Object.assign(plugins.config.get('@bibtex').format, { useIdAsLabel: true, checkLabel: false });

const bibtexMonths = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/**
 * An entry's month as BibTeX writes it, the month's macro (`month = jan`), which every style
 * prints in its own form, and its day apart (`day`, biblatex's, which Zotero and JabRef read):
 * citation-js writes `{1}`, or `{jan 3}` with the day, which styles would print as they stand.
 */
const withMonthMacro = (entry: string): string =>
	entry.replace(
		/^\tmonth = \{(?:(\d{1,2})|([a-z]{3}))(?: (\d{1,2}))?\},$/m,
		(_, number: string | undefined, name: string | undefined, day: string | undefined) =>
			`\tmonth = ${name ?? bibtexMonths[Number(number) - 1]},${day ? `\n\tday = {${day}},` : ''}`,
	);

/**
 * The items as a BibTeX file. citation-js writes no `version` for an article; the field (biblatex's)
 * is added to the entry of an item that has one, the version of the text it cites.
 */
function toBibtex(items: CslItem[]): string {
	const entries = new Cite(items).format('bibtex', { format: 'text' }).split(/(?=^@)/m);
	return entries
		.map((entry, index) => {
			const version = items[index]?.version;
			return withMonthMacro(version ? entry.replace(/\n\}(\s*)$/, `\n\tversion = {${version}},\n}$1`) : entry);
		})
		.join('');
}

/**
 * The items as an RIS file, in the tags of the original RIS specification, which reference
 * managers read most widely (the 2011 tags drop a newspaper's day and unsigned authors' names).
 * Two mends to citation-js 0.8: its RIS text folds lines at 70 characters, which cuts web
 * addresses in two for the readers of RIS, so its tags and values are written out here one to a
 * line; and it splits a page range into characters (`SP 9`, `EP 5` for 95-121), so the first and
 * last pages are taken from the item. The version of the text an item cites, which citation-js
 * leaves out, is its `ET` (edition), as Zotero reads it.
 */
function toRis(items: CslItem[]): string {
	const records = new Cite(items).format('ris', { format: 'object', spec: 'old' });
	return records
		.map((record, index) => {
			const [first, last] = typeof items[index]!.page === 'string' ? items[index]!.page.split('-') : [];
			const version = items[index]!.version;
			const pages = first ? { SP: first, ...(last && { EP: last }) } : {};
			return { ...record, ...pages, ...(version ? { ET: `Version ${version}` } : {}) } as typeof record;
		})
		.map(({ TY, ...tags }) =>
			[`TY  - ${TY}`, ...Object.entries(tags).flatMap(([tag, value]) => [value].flat().map((line) => `${tag}  - ${line}`)), 'ER  - '].join(
				'\r\n',
			),
		)
		.join('\r\n\r\n')
		.concat('\r\n');
}

/** The items as CSL-JSON, the form Zotero, Mendeley and pandoc read directly. */
function toCslJson(items: CslItem[]): string {
	return `${JSON.stringify(items, null, 2)}\n`;
}

/** The files the site offers for reference managers, by extension. */
export const exportFormats = {
	bib: { name: 'BibTeX', write: toBibtex, contentType: 'application/x-bibtex; charset=utf-8' },
	ris: { name: 'RIS', write: toRis, contentType: 'application/x-research-info-systems; charset=utf-8' },
	json: { name: 'CSL-JSON', write: toCslJson, contentType: 'application/vnd.citationstyles.csl+json; charset=utf-8' },
} as const;
export type ExportFormat = keyof typeof exportFormats;
