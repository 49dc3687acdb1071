/**
 * Search knows the topics' spellings: a name typed one way also finds the documents that write it
 * another ("Kim Il-sung" finds "Kim Il Sung"). The other spellings are added beside the words
 * typed, as exact phrases, so that they add documents and never change what the words typed find.
 */
import type { ParsedQuery, Term } from './search-query.ts';
import { aliasKey, createTopicMatcher } from './topic-matcher.ts';

/** A topic's spellings, as `/topics/spellings.json` lists them for search. */
export interface TopicSpellings {
	name: string;
	aliases: string[];
}

/** Other spellings tried for one name, at most. */
const MAX_SPELLINGS = 6;

/** A spelling's words as search tells them apart: "Kim Il-sung" is two words, "Kim Il Sung" three. */
const wordsOf = (text: string): string[] => text.trim().toLowerCase().split(/\s+/);

/** Whether `words` hold `part` as consecutive words: such a spelling finds nothing more than `part`. */
function holds(words: readonly string[], part: readonly string[]): boolean {
	return words.some((_, start) => part.every((word, offset) => words[start + offset] === word));
}

/** An acronym ("US", "U.S.", "USSR") is a name only in capitals: typed "us" is a pronoun. */
const isAcronym = (spelling: string): boolean => /^(?:\p{Lu}\.?){2,}$/u.test(spelling);

/**
 * The other spellings worth searching for a name typed as `typed`, which matched `spelling`, one
 * of the topic's spellings: none for a common word (an alias in lower case, such as "famine",
 * which is no name) or for an acronym typed in lower case; else every other spelling except those
 * that hold the words typed ("famine" in "North Korean famine"), which could only find fewer.
 */
export function otherSpellings(typed: string, spelling: string, spellings: readonly string[]): string[] {
	const single = !/\s|-/.test(typed.trim());
	if (single && !/^\p{Lu}/u.test(spelling)) return [];
	if (isAcronym(spelling) && typed !== spelling) return [];
	const typedWords = wordsOf(typed);
	return spellings.filter((other) => !holds(wordsOf(other), typedWords)).slice(0, MAX_SPELLINGS);
}

/**
 * Adds the topics' other spellings to parsed queries: a run of plain words that names a topic
 * becomes one clause, the words as typed or any other spelling of the name (as a phrase).
 */
export function createSpellings(topics: readonly TopicSpellings[]) {
	const spellings = topics.map(({ name, aliases }, index) => ({ id: String(index), name, aliases }));
	const matcher = createTopicMatcher(spellings, { ignoreCase: true });
	return {
		/** Every word of every spelling, in lower case: a correction that makes a name is likelier. */
		nameWords: new Set(
			spellings.flatMap(({ name, aliases }) => [name, ...aliases].flatMap((spelling) => aliasKey(spelling).toLowerCase().split(' '))),
		),
		expand(query: string, parsed: ParsedQuery): ParsedQuery {
			const plain = parsed.clauses.filter((clause) => clause.length === 1 && !clause[0]!.phrase);
			// Only the plain words can name a topic: the rest of the query is masked out.
			const masked = query.split('').map((char) => (/\s/.test(char) ? char : '|'));
			for (const [term] of plain) masked.splice(term!.start, term!.text.length, ...term!.text.split(''));
			const clauses = [...parsed.clauses];
			for (const match of matcher.matches(masked.join(''))) {
				const end = match.index + match.text.length;
				const named = plain.filter(([term]) => term!.start >= match.index && term!.start < end);
				const topic = spellings[Number(match.topic)]!;
				const all = [topic.name, ...topic.aliases];
				const key = aliasKey(match.text).toLowerCase();
				const spelling = all.find((other) => aliasKey(other).toLowerCase() === key) ?? match.text;
				const others = otherSpellings(match.text, spelling, all);
				if (others.length === 0 || named.length === 0) continue;
				// The name as typed is a phrase too: its words apart ("Kim … Jong … Un…") are no name.
				const own: Term = { text: named.map(([term]) => term!.text).join(' '), phrase: true, start: match.index };
				const clause = [own, ...others.map((text): Term => ({ text, phrase: true, spelling: true, start: match.index }))];
				clauses.splice(clauses.indexOf(named[0]!), named.length, clause);
			}
			return { ...parsed, clauses };
		},
	};
}
