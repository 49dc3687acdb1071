/** A short passage around a mention: the words before it, the mention, the words after it. */
export interface MentionExcerpt {
	before: string;
	match: string;
	after: string;
}

/**
 * Up to `words` words on each side of `text[start, end)`, and no more than `chars` characters, with
 * an ellipsis where the passage goes on. Runs of white space become one space; the words
 * themselves are never changed, and a word is cut only where one alone is longer than `chars`
 * (a long address), with an ellipsis where it is cut.
 */
export function excerptAround(text: string, start: number, end: number, words = 12, chars = 100): MentionExcerpt {
	const squash = (part: string) => part.replace(/\s+/g, ' ');
	const beforeWords = squash(text.slice(0, start)).trimStart().split(' ');
	const afterWords = squash(text.slice(end)).trimEnd().split(' ');
	// The last word before and the first after may be parts of the mention's own word ("Kim’s").
	const before = beforeWords.slice(-words - 1);
	const after = afterWords.slice(0, words + 1);
	while (before.length > 1 && before.join(' ').length > chars) before.shift();
	while (after.length > 1 && after.join(' ').length > chars) after.pop();
	let beforeText = before.join(' ');
	let afterText = after.join(' ');
	let beforeCut = before.length < beforeWords.length;
	let afterCut = after.length < afterWords.length;
	if (beforeText.length > chars) [beforeText, beforeCut] = [beforeText.slice(-chars), true];
	if (afterText.length > chars) [afterText, afterCut] = [afterText.slice(0, chars), true];
	return {
		before: (beforeCut ? '…' : '') + beforeText,
		match: text.slice(start, end),
		after: afterText + (afterCut ? '…' : ''),
	};
}

/** The first `words` words of a passage, to recognise it by, with an ellipsis where it goes on. */
export function openingWords(text: string, words: number): string {
	const all = text.trim().split(/\s+/);
	return all.slice(0, words).join(' ') + (all.length > words ? '…' : '');
}
