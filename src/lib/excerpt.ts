/** A short passage around a mention: the words before it, the mention, the words after it. */
export interface MentionExcerpt {
	before: string;
	match: string;
	after: string;
}

/**
 * Up to `words` words on each side of `text[start, end)`, with an ellipsis where the passage
 * goes on. Runs of white space become one space; the words themselves are never changed.
 */
export function excerptAround(text: string, start: number, end: number, words = 12): MentionExcerpt {
	const squash = (part: string) => part.replace(/\s+/g, ' ');
	const beforeWords = squash(text.slice(0, start)).trimStart().split(' ');
	const afterWords = squash(text.slice(end)).trimEnd().split(' ');
	// The last word before and the first after may be parts of the mention's own word ("Kim’s").
	const before = beforeWords.slice(-words - 1).join(' ');
	const after = afterWords.slice(0, words + 1).join(' ');
	return {
		before: (beforeWords.length > words + 1 ? '…' : '') + before,
		match: text.slice(start, end),
		after: after + (afterWords.length > words + 1 ? '…' : ''),
	};
}

/** The first `words` words of a passage, to recognise it by, with an ellipsis where it goes on. */
export function openingWords(text: string, words: number): string {
	const all = text.trim().split(/\s+/);
	return all.slice(0, words).join(' ') + (all.length > words ? '…' : '');
}
