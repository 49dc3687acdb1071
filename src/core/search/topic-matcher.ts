/**
 * Finds the topics' names and aliases in running text. An alias matches as written, except that
 * its first letter may be of either case (it may start a sentence or a title), any space or
 * hyphen may stand between its words ("Kim Il Sung", "Kim Il-sung", "Kim Il‑sung") and a straight
 * or curly apostrophe may stand for the other. It matches whole words only, and where aliases
 * overlap the longest wins ("Chairman Kim Jong-il" over "Chairman Kim").
 */

export interface TopicNames {
	id: string;
	name: string;
	aliases: readonly string[];
}

interface AliasMatch {
	topic: string;
	/** The text as the document writes it. */
	text: string;
	/** Where it starts in the text searched. */
	index: number;
}

export interface AliasConflict {
	/** The alias as the second topic writes it. */
	alias: string;
	/** The topic that has it first, and the other. */
	topics: [string, string];
}

const separator = /[\s\u00a0\u2010\u2011-]+/gu;
const apostrophe = /['\u2019]/gu;

/** The form two spellings share when they match the same words. */
export function aliasKey(text: string): string {
	const key = text.trim().replace(separator, ' ').replace(apostrophe, '\u2019');
	return key.charAt(0).toLowerCase() + key.slice(1);
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

function aliasPattern(alias: string): string {
	const words = alias.trim().split(separator);
	const pattern = words.map((word) => escapeRegExp(word).replace(apostrophe, "['\u2019]")).join('[\\s\\u00a0\\u2010\\u2011-]+');
	const first = alias.trim().charAt(0);
	const upper = first.toUpperCase();
	const lower = first.toLowerCase();
	return upper === lower ? pattern : `[${upper}${lower}]${pattern.slice(escapeRegExp(first).length)}`;
}

/** Every name and alias of the topics, once each, with the topic it belongs to. */
function aliasesOf(topics: readonly TopicNames[]): { alias: string; topic: string }[] {
	return topics.flatMap((topic) => [topic.name, ...topic.aliases].map((alias) => ({ alias, topic: topic.id })));
}

/** Aliases (names included) that two topics both claim, in the forms that match the same words. */
export function findAliasConflicts(topics: readonly TopicNames[]): AliasConflict[] {
	const owners = new Map<string, { alias: string; topic: string }>();
	const conflicts: AliasConflict[] = [];
	for (const { alias, topic } of aliasesOf(topics)) {
		const key = aliasKey(alias);
		const owner = owners.get(key);
		if (!owner) owners.set(key, { alias, topic });
		else if (owner.topic !== topic) conflicts.push({ alias, topics: [owner.topic, topic] });
	}
	return conflicts;
}

export interface TopicMatcher {
	/** The mentions of any topic in `text`, in order, none overlapping another. */
	matches(text: string): AliasMatch[];
}

export interface TopicMatcherOptions {
	/** Match regardless of case, as in what a reader types into search ("kim il-sung"). */
	ignoreCase?: boolean;
}

/** A matcher for these topics; their aliases must not conflict (see `findAliasConflicts`). */
export function createTopicMatcher(topics: readonly TopicNames[], { ignoreCase = false }: TopicMatcherOptions = {}): TopicMatcher {
	const keyOf = (text: string) => (ignoreCase ? aliasKey(text).toLowerCase() : aliasKey(text));
	const topicByKey = new Map(aliasesOf(topics).map(({ alias, topic }) => [keyOf(alias), topic]));
	const alternatives = [...new Set(aliasesOf(topics).map(({ alias }) => alias.trim()))]
		.sort((a, b) => b.length - a.length)
		.map(aliasPattern);
	if (alternatives.length === 0) return { matches: () => [] };
	// Letters and digits of any script end a word; the alternation tries the longest alias first.
	const pattern = new RegExp(`(?<![\\p{L}\\p{N}_])(?:${alternatives.join('|')})(?![\\p{L}\\p{N}_])`, ignoreCase ? 'giu' : 'gu');
	return {
		matches(text) {
			return [...text.matchAll(pattern)].map((match) => ({
				topic: topicByKey.get(keyOf(match[0]))!,
				text: match[0],
				index: match.index,
			}));
		},
	};
}
