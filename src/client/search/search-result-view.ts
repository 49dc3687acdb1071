/**
 * A search result as the list shows it: its title's link, its facts, and the links to its
 * passages, each with its words. Everything from the index is shown as text: no excerpt is ever
 * parsed as HTML.
 */
import { withHighlight } from '../../core/search/search.ts';
import type { ExcerptPart } from '../../core/search/search-passages.ts';
import type { Found } from './engine.ts';
import { el } from '../shared/dom.ts';

function excerpt(parts: readonly ExcerptPart[], className: string): HTMLElement {
	return el('p', { className }, ...parts.map(({ text, marked }) => (marked ? el('mark', {}, text) : text)));
}

/** Its authors, publication and date; for a query, its number of matches. */
function facts({ data, matches, spellings }: Found, countMatches: boolean): string {
	const facts = [data.meta.authors, data.meta.publication, data.meta.date].filter(Boolean);
	if (countMatches) facts.push(`${matches.count} ${matches.count === 1 ? 'match' : 'matches'}`);
	// A result found only through another spelling of a name says which.
	if (spellings.length > 0) facts.push(`as ${spellings.map((spelling) => `“${spelling}”`).join(', ')}`);
	return facts.join(' · ');
}

/**
 * A result, its title a heading of level `headingLevel`, with its number of matches when
 * `countMatches` (a search for words, not only filters).
 */
export function renderResult(found: Found, headingLevel: 2 | 3, countMatches: boolean): HTMLLIElement {
	const { data, matches, words } = found;
	// `highlight` on result links lets the document page mark the searched words, as it spells them.
	const link = (url: string, text: string) => el('a', { href: withHighlight(url, words), dataset: { resultLink: '' } }, text);
	const { passages } = matches;
	// Each passage link stands with its words; the first passage's are the result's own excerpt.
	return el(
		'li',
		{ className: 'search-result' },
		el(`h${headingLevel}`, { className: 'result-title' }, link(data.url, data.meta.title ?? data.url)),
		el('p', { className: 'result-facts' }, facts(found, countMatches)),
		passages.length === 0
			? excerpt(matches.excerpt, 'result-excerpt')
			: el(
					'ul',
					{ className: 'result-passages' },
					...passages.map((passage, index) =>
						el(
							'li',
							{},
							link(passage.url, passage.title),
							index === 0 ? excerpt(matches.excerpt, 'result-excerpt') : excerpt(passage.excerpt, 'passage-excerpt'),
						),
					),
				),
	);
}
