/**
 * How a parsed query is searched with Pagefind, which knows only lists of words (all of them) and
 * one exact phrase per search: the searches to run, and how their results combine into one list.
 * A query without syntax or other spellings is one search, as Pagefind would run it.
 */
import { type ParsedQuery, pagefindTerm, type Term } from './search-query.ts';

/** One of a clause's terms, with the searches that find and rank it. */
interface Alternative {
	term: Term;
	/** The search whose results hold the term (for a phrase, Pagefind's exact mode). */
	query: string;
	/** The search that scores it: a phrase's words as words, since exact mode scores every page alike. */
	scoredBy: string;
}

export interface SearchPlan {
	/** The query as typed, when it has no syntax: its results keep their score and matches. */
	whole?: string;
	/** The plain words, all required, as one search. */
	words?: string;
	/** Clauses met by any one of their terms: phrases, OR, a name in several spellings. */
	clauses: Alternative[][];
	/** The searches for what leaves a document out. */
	excluded: string[];
	/** Every distinct search to run; `null` is Pagefind's search for every page. */
	queries: (string | null)[];
}

const alternative = (term: Term): Alternative => ({ term, query: pagefindTerm(term), scoredBy: term.text });
const isPlainWord = (clause: readonly Term[]): boolean => clause.length === 1 && !clause[0]!.phrase;

export function planSearch(query: string, parsed: ParsedQuery): SearchPlan {
	const plain = parsed.clauses.filter(isPlainWord).map(([term]) => term!.text);
	const clauses = parsed.clauses.filter((clause) => !isPlainWord(clause)).map((clause) => clause.map(alternative));
	const whole = parsed.syntax || !query.trim() ? undefined : query.trim();
	const words = plain.length > 0 && (clauses.length > 0 || !whole) ? plain.join(' ') : undefined;
	const excluded = parsed.excluded.map(pagefindTerm);
	const positive = [whole, words, ...clauses.flat().flatMap(({ query, scoredBy }) => [query, scoredBy])].filter(
		(search): search is string => search !== undefined,
	);
	const queries = [...new Set<string | null>(positive.length > 0 ? [...positive, ...excluded] : [null, ...excluded])];
	return { ...(whole !== undefined && { whole }), ...(words !== undefined && { words }), clauses, excluded, queries };
}

/** A search's results, by page id. */
export type Hits<T> = ReadonlyMap<string, T>;

export interface Combined<T> {
	id: string;
	score: number;
	/** The searches that found this page, whose matches are its matches (`null`: every page). */
	foundBy: { query: string | null; result: T }[];
	/** The other spellings that found it, where it lacks the words typed. */
	spellings: string[];
}

/**
 * The pages a plan finds, best first: those that meet every clause and hold nothing excluded.
 * A page the query as typed finds keeps that search's score and matches; another, found through
 * a phrase or another spelling, scores the sum of its clauses' best scores and has their
 * matches: the words typed where the page has them, another spelling only where it has only that.
 */
export function combineResults<T extends { score: number }>(plan: SearchPlan, hitsOf: (query: string | null) => Hits<T>): Combined<T>[] {
	const positive = [plan.whole, plan.words, ...plan.clauses.flat().map(({ query }) => query)].filter(
		(search): search is string => search !== undefined,
	);
	// A query that only leaves out starts from every page.
	const candidates = new Set(positive.length > 0 ? positive.flatMap((query) => [...hitsOf(query).keys()]) : hitsOf(null).keys());
	const excluded = new Set(plan.excluded.flatMap((query) => [...hitsOf(query).keys()]));
	const combined: Combined<T>[] = [];
	for (const id of candidates) {
		if (excluded.has(id)) continue;
		if (positive.length === 0) {
			const result = hitsOf(null).get(id)!;
			combined.push({ id, score: result.score, foundBy: [{ query: null, result }], spellings: [] });
			continue;
		}
		const met = meetsClauses(plan, hitsOf, id);
		const whole = plan.whole === undefined ? undefined : hitsOf(plan.whole).get(id);
		// Found as typed: that search's score, with the phrases' and names' matches where it has them.
		if (whole) combined.push({ id, foundBy: [{ query: plan.whole!, result: whole }], spellings: [], ...met, score: whole.score });
		else if (met) combined.push({ id, ...met });
	}
	return combined.sort((a, b) => b.score - a.score);
}

/** Whether a page has the plain words and meets every clause of a plan, with its score and matches. */
function meetsClauses<T extends { score: number }>(
	plan: SearchPlan,
	hitsOf: (query: string | null) => Hits<T>,
	id: string,
): Omit<Combined<T>, 'id'> | undefined {
	if (plan.words === undefined && plan.clauses.length === 0) return undefined;
	const foundBy: Combined<T>['foundBy'] = [];
	const spellings: string[] = [];
	let score = 0;
	if (plan.words !== undefined) {
		const result = hitsOf(plan.words).get(id);
		if (!result) return undefined;
		foundBy.push({ query: plan.words, result });
		score += result.score;
	}
	// Each clause by its first term the page has: the words typed come before other spellings.
	for (const clause of plan.clauses) {
		const met = clause.find(({ query }) => hitsOf(query).has(id));
		if (!met) return undefined;
		const result = hitsOf(met.query).get(id)!;
		foundBy.push({ query: met.query, result });
		score += (hitsOf(met.scoredBy).get(id) ?? result).score;
		if (met.term.spelling) spellings.push(met.term.text);
	}
	return { score, foundBy, spellings };
}
