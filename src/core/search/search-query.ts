/**
 * A reader's query as search understands it: words that must all be found, `"exact phrases"`
 * anywhere among them, `-word` and `-"phrase"` to leave out the documents that hold them, and
 * `OR` between two terms for either. A query without any of this is a list of words, as before.
 */

/** A word, several words (all of them, in any order), or an exact phrase. */
export interface Term {
	text: string;
	phrase: boolean;
	/** Another spelling of the words the reader typed, added by search (see search-spellings.ts). */
	spelling?: boolean;
	/** Where the term starts in the query as typed. */
	start: number;
}

export interface ParsedQuery {
	/** Every clause must match, through any one of its terms. */
	clauses: Term[][];
	/** A document holding any of these is left out. */
	excluded: Term[];
	/** Whether the query uses any syntax (a phrase, an exclusion, OR). */
	syntax: boolean;
}

/** `-"phrase"`, `"phrase"` (unclosed while it is being typed), `-word`, or a word. */
const token = /(-?)"([^"]*)"?|(-?)(\S+)/g;

/** Parses a query; never fails: what is not syntax is a word. */
export function parseQuery(query: string): ParsedQuery {
	const clauses: Term[][] = [];
	const excluded: Term[] = [];
	let syntax = false;
	let joinNext = false;
	for (const match of query.matchAll(token)) {
		const [, phraseMinus, phrase, wordMinus, word] = match;
		const text = (phrase ?? word ?? '').trim().replace(/\s+/g, ' ');
		const isPhrase = phrase !== undefined;
		// OR joins the term before it to the one after it; at either end it is a word like any other.
		if (!isPhrase && text === 'OR' && clauses.length > 0 && !joinNext) {
			joinNext = true;
			continue;
		}
		const minus = (isPhrase ? phraseMinus : wordMinus) === '-';
		if (!/[\p{L}\p{N}]/u.test(text)) continue; // a lone mark, or an empty phrase
		const term: Term = { text, phrase: isPhrase, start: match.index + (minus ? 1 : 0) + (isPhrase ? 1 : 0) };
		syntax ||= isPhrase || minus || joinNext;
		// An OR before a term left out joins nothing ("famine OR -China"), and is dropped.
		if (minus) excluded.push(term);
		else if (joinNext) clauses.at(-1)!.push(term);
		else clauses.push([term]);
		joinNext = false;
	}
	// A dangling OR at the end was a word after all.
	if (joinNext) clauses.push([{ text: 'OR', phrase: false, start: query.lastIndexOf('OR') }]);
	return { clauses, excluded, syntax };
}

/** What Pagefind is asked for a term: a phrase in quotes (its exact mode), words as they are. */
export const pagefindTerm = ({ text, phrase }: Term): string => (phrase ? `"${text}"` : text);
