/**
 * The reader's queries for a realistic library, drawn from its own text so that each has one right
 * answer: the document that alone holds what was typed, and the passage holding it first.
 *
 * - `exact-form`: a word one document alone holds in the form typed, while other documents hold
 *   another form of it ("stiffness" where many say "stiff"): search must put the word as typed first.
 * - `phrase`: three words, quoted, that stand together and in that order in one document only.
 * - `name`: a capitalized word, not at a sentence's start, that one document alone holds.
 * - `misspelling`: such a rare word with two inner letters swapped, spelt as no word of the library.
 */
import { holds, readVocabulary, type Vocabulary } from '../src/core/search/spelling-correction.ts';
import type { QualityCase } from '../harness/search-quality.ts';
import type { RealisticDocument } from './realistic-library.ts';
import { Random } from './random.ts';

export type ReaderQuery = Pick<QualityCase, 'query' | 'document' | 'passage'> & { kind: 'exact-form' | 'phrase' | 'name' | 'misspelling' };

/** Queries of each kind, at most. */
const PER_KIND = 20;

const wordPattern = /\p{L}+(?:['’]\p{L}+)*/gu;
const wordsOf = (text: string): string[] => text.toLowerCase().match(wordPattern) ?? [];

interface WordStats {
	/** How many documents hold the word. */
	documents: number;
	/** The last document counted, so that each counts once. */
	last: number;
}

/** The blocks of a document with their passage ids: paragraphs `p-N`, notes `fn-N`. */
const blocksOf = (document: RealisticDocument): { id: string; text: string }[] => [
	...document.paragraphs.map((text, at) => ({ id: `p-${at + 1}`, text })),
	...document.notes.map((text, at) => ({ id: `fn-${at + 1}`, text })),
];

/** The first block of a document that holds `word` as a whole word, in any case. */
function passageWith(document: RealisticDocument, word: string): string | undefined {
	return blocksOf(document).find(({ text }) => wordsOf(text).includes(word))?.id;
}

/** Other forms of `word` that many documents hold: a shorter form it begins with, or a longer one. */
function otherForms(word: string, stats: ReadonlyMap<string, WordStats>): boolean {
	for (let cut = 1; cut <= 5 && word.length - cut >= 4; cut++) if ((stats.get(word.slice(0, -cut))?.documents ?? 0) >= 3) return true;
	for (const suffix of ['s', 'es', 'ed', 'ing', 'ly', 'ness', 'ment']) if ((stats.get(word + suffix)?.documents ?? 0) >= 3) return true;
	return false;
}

/** A word with two inner letters swapped, so that no word of the library is spelt so or begins so. */
function misspelt(word: string, random: Random, vocabulary: Vocabulary): string | undefined {
	for (let attempt = 0; attempt < 5; attempt++) {
		const at = random.int(1, word.length - 3);
		if (word[at] === word[at + 1]) continue;
		const typo = word.slice(0, at) + word[at + 1] + word[at] + word.slice(at + 2);
		if (!holds(vocabulary, typo)) return typo;
	}
	return undefined;
}

/** Three words in a row from a random block of a random document, each common enough to be no clue alone. */
function phraseCandidate(documents: readonly RealisticDocument[], random: Random, stats: ReadonlyMap<string, WordStats>) {
	const document = random.pick(documents);
	const block = random.pick(blocksOf(document));
	const words = block.text.split(/\s+/);
	const start = random.int(0, Math.max(0, words.length - 3));
	const phrase = words.slice(start, start + 3).join(' ');
	// Plain words only, so that what is typed is what the text says, each held by many documents.
	if (!/^[A-Za-z]+ [A-Za-z]+ [A-Za-z]+$/.test(phrase)) return undefined;
	if (!wordsOf(phrase).every((word) => (stats.get(word)?.documents ?? 0) >= 20)) return undefined;
	return { phrase, document, passage: block.id };
}

/** The set of queries for a library: up to 20 of each kind, the same for the same library and seed. */
export function readerQueries(documents: readonly RealisticDocument[], seed: number): ReaderQuery[] {
	const stats = new Map<string, WordStats>();
	documents.forEach((document, index) => {
		for (const { text } of blocksOf(document)) {
			for (const word of wordsOf(text)) {
				const counted = stats.get(word);
				if (!counted) stats.set(word, { documents: 1, last: index });
				else if (counted.last !== index) [counted.documents, counted.last] = [counted.documents + 1, index];
			}
		}
	});
	const vocabulary = readVocabulary([...stats].map(([word, { documents }]) => [word, documents]));
	const random = new Random(seed, 0);
	const queries: ReaderQuery[] = [];
	const take = (found: ReaderQuery[]) => queries.push(...random.shuffle(found).slice(0, PER_KIND));

	// Words one document alone holds, by the document that holds them.
	const unique: { word: string; document: RealisticDocument }[] = [];
	const seen = new Set<string>();
	for (const document of documents) {
		for (const { text } of blocksOf(document)) {
			for (const word of wordsOf(text)) {
				if (seen.has(word) || stats.get(word)!.documents !== 1 || !/^[a-z]+$/.test(word)) continue;
				seen.add(word);
				unique.push({ word, document });
			}
		}
	}
	const asQuery = (query: string, word: string, document: RealisticDocument, kind: ReaderQuery['kind']): ReaderQuery => ({
		query,
		document: document.id,
		passage: passageWith(document, word)!,
		kind,
	});
	take(
		unique
			.filter(({ word }) => word.length >= 6 && otherForms(word, stats))
			.map(({ word, document }) => asQuery(word, word, document, 'exact-form')),
	);
	// A name: written with a capital where it stands inside a sentence, never in lower case.
	const names = unique.filter(
		({ word, document }) =>
			word.length >= 5 &&
			blocksOf(document).some(({ text }) => new RegExp(`[a-z,;] ${word.charAt(0).toUpperCase()}${word.slice(1)}\\b`).test(text)) &&
			!blocksOf(document).some(({ text }) => new RegExp(`\\b${word}\\b`).test(text)),
	);
	take(names.map(({ word, document }) => asQuery(word.charAt(0).toUpperCase() + word.slice(1), word, document, 'name')));
	take(
		unique
			.filter(({ word }) => word.length >= 8)
			.flatMap(({ word, document }) => {
				const typo = misspelt(word, random, vocabulary);
				return typo ? [asQuery(typo, word, document, 'misspelling')] : [];
			}),
	);
	// Phrases: candidates drawn at random, kept when one document alone holds them.
	const phrases: ReaderQuery[] = [];
	const lowered = documents.map((document) => blocksOf(document).map(({ text }) => ` ${wordsOf(text).join(' ')} `));
	for (let attempt = 0; attempt < 400 && phrases.length < PER_KIND; attempt++) {
		const candidate = phraseCandidate(documents, random, stats);
		if (!candidate) continue;
		const needle = ` ${wordsOf(candidate.phrase).join(' ')} `;
		const holders = lowered.filter((blocks) => blocks.some((block) => block.includes(needle))).length;
		if (holders !== 1) continue;
		const passage = blocksOf(candidate.document).find((_, at) => lowered[documents.indexOf(candidate.document)]![at]!.includes(needle))!.id;
		phrases.push({ query: `"${candidate.phrase}"`, document: candidate.document.id, passage, kind: 'phrase' });
	}
	take(phrases);
	return queries;
}
