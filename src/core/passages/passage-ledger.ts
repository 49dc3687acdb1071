/**
 * Passage addresses that last. A document's ledger records every paragraph id it has published
 * (`p-N`), with the text it stood for, in reading order; the next build matches the text's blocks
 * against it, so that an address keeps pointing at the same words however the text around them
 * changes: a block whose words are much the same keeps its id (a typo fixed), a new block gets a
 * number never used before (nothing after it is renumbered), a split block keeps its id on its
 * first part, and the id of a block that is gone lands on the block that took its place (the one
 * it was merged into, or else the next one, or else the last).
 */

interface LedgerEntry {
	id: string;
	/** The block's words as last published, for the next build to match. */
	text: string;
}

export interface Ledger {
	/** The number the next new block gets: no number is given twice. */
	next: number;
	/** The published blocks, in reading order. */
	passages: LedgerEntry[];
	/** Ids no longer in the text, each with the id of the block that took its place. */
	retired: Record<string, string>;
}

/** What a build did to a document's addresses, for the build to say. */
export type LedgerChange =
	| { kind: 'edited'; id: string }
	| { kind: 'added'; id: string; after: string | undefined }
	| { kind: 'split'; id: string; from: string }
	| { kind: 'merged'; id: string; into: string }
	| { kind: 'removed'; id: string; landsOn: string };

export interface LedgerResult {
	/** The id of each block, in reading order. */
	ids: string[];
	/** The ledger for the next build; equal to the one given when nothing changed. */
	ledger: Ledger;
	changes: LedgerChange[];
	/** Published ids that would lead nowhere: the text has no block left for them. */
	homeless: string[];
}

/** The first ledger of a text: its blocks numbered in order from `p-1`. */
export const firstLedger = (texts: readonly string[], prefix = 'p-'): Ledger => ({
	next: texts.length + 1,
	passages: texts.map((text, index) => ({ id: `${prefix}${index + 1}`, text: normalize(text) })),
	retired: {},
});

/** A block's words as the ledger keeps them: white space folded. */
export const normalize = (text: string): string => text.replace(/\s+/g, ' ').trim();

const wordsOf = (text: string) =>
	normalize(text)
		.toLowerCase()
		.match(/[\p{L}\p{N}]+/gu) ?? [];

/** How many words two texts share, each word counted as often as both have it. */
function shared(a: readonly string[], b: readonly string[]): number {
	const counts = new Map<string, number>();
	for (const word of a) counts.set(word, (counts.get(word) ?? 0) + 1);
	let common = 0;
	for (const word of b) {
		const left = counts.get(word) ?? 0;
		if (left > 0) {
			common++;
			counts.set(word, left - 1);
		}
	}
	return common;
}

/** Below this, two blocks are not the same passage. */
const SAME = 0.5;
/** A block this much made of another's words is part of it (one half of a split, one side of a merge). */
const PART = 0.8;
/** Blocks this short are matched by their words alone, never as a part of another. */
const MIN_PART_WORDS = 4;

/** The share of `part`'s words that stand in `whole`. */
const containedIn = (part: readonly string[], whole: readonly string[]) => (part.length === 0 ? 0 : shared(part, whole) / part.length);

/**
 * How much two blocks are the same passage, from 0 to 1: their shared words against all of them
 * (Dice), or, for a block that is much of the other (a split or merged one), nearly as much.
 */
function sameness(a: readonly string[], b: readonly string[]): number {
	if (a.length === 0 && b.length === 0) return 1;
	const common = shared(a, b);
	const dice = (2 * common) / (a.length + b.length);
	const shorter = Math.min(a.length, b.length);
	return shorter >= MIN_PART_WORDS ? Math.max(dice, 0.9 * (common / shorter)) : dice;
}

/**
 * Matches old blocks to new ones, in order, one to one, for the most sameness in all (a longest
 * common subsequence weighted by sameness). Returns the old index matched to each new block.
 */
function align(old: readonly string[][], current: readonly string[][]): (number | undefined)[] {
	const rows = old.length + 1;
	const columns = current.length + 1;
	const score = new Float64Array(rows * columns);
	const at = (i: number, j: number) => i * columns + j;
	for (let i = 1; i < rows; i++) {
		for (let j = 1; j < columns; j++) {
			const same = sameness(old[i - 1]!, current[j - 1]!);
			const diagonal = same >= SAME ? score[at(i - 1, j - 1)]! + same : -Infinity;
			score[at(i, j)] = Math.max(score[at(i - 1, j)]!, score[at(i, j - 1)]!, diagonal);
		}
	}
	const matched: (number | undefined)[] = Array.from({ length: current.length });
	// Back from the end. Among equally good alignments, a new block is matched to the earlier of two
	// old ones (a merged block keeps the first id), and an old block to the earlier of two new ones
	// (a split block keeps its id on its first part).
	for (let i = old.length, j = current.length; i > 0 && j > 0;) {
		if (score[at(i, j)] === score[at(i - 1, j)]) i--;
		else if (score[at(i, j)] === score[at(i, j - 1)]) j--;
		else {
			matched[j - 1] = i - 1;
			i--;
			j--;
		}
	}
	return matched;
}

/** Matches a text's blocks (`texts`, in reading order) against its ledger: see the module's comment. */
export function matchLedger(ledger: Ledger, texts: readonly string[], prefix = 'p-'): LedgerResult {
	const old = ledger.passages.map(({ text }) => wordsOf(text));
	const current = texts.map(wordsOf);
	// Most builds meet most texts as their ledger has them: each block is then its own match, the
	// only best alignment, found without weighing every pair of blocks.
	const unchanged = texts.length === ledger.passages.length && texts.every((text, j) => normalize(text) === ledger.passages[j]!.text);
	const matched = unchanged ? texts.map((_, j) => j) : align(old, current);
	let next = ledger.next;
	const changes: LedgerChange[] = [];
	const ids = matched.map((index, j) => {
		if (index !== undefined) {
			const entry = ledger.passages[index]!;
			if (normalize(texts[j]!) !== entry.text) changes.push({ kind: 'edited', id: entry.id });
			return entry.id;
		}
		return `${prefix}${next++}`;
	});
	// New blocks: a second part of a split block, or a passage of their own.
	matched.forEach((index, j) => {
		if (index !== undefined) return;
		const before = j > 0 ? matched[j - 1] : undefined;
		const from = before !== undefined && current[j]!.length >= MIN_PART_WORDS && containedIn(current[j]!, old[before]!) >= PART;
		changes.push(from ? { kind: 'split', id: ids[j]!, from: ids[j - 1]! } : { kind: 'added', id: ids[j]!, after: ids[j - 1] });
	});
	// Old blocks no longer in the text: merged into a neighbour that holds their words, or else
	// replaced by the block that now stands where they stood (the next one kept, or else the last).
	const newIndexOf = new Map(matched.flatMap((index, j) => (index === undefined ? [] : [[index, j] as const])));
	const retired: Record<string, string> = { ...ledger.retired };
	const gone: string[] = [];
	ledger.passages.forEach((entry, index) => {
		if (newIndexOf.has(index)) return;
		if (ids.length === 0) {
			gone.push(entry.id);
			return;
		}
		const neighbours = [newIndexOf.get(index - 1), newIndexOf.get(index + 1)].filter((j) => j !== undefined);
		const into = neighbours.find((j) => old[index]!.length >= MIN_PART_WORDS && containedIn(old[index]!, current[j]!) >= PART);
		if (into !== undefined) {
			retired[entry.id] = ids[into]!;
			changes.push({ kind: 'merged', id: entry.id, into: ids[into]! });
			return;
		}
		const later = [...newIndexOf].filter(([other]) => other > index).map(([, j]) => j);
		const place = later.length > 0 ? Math.min(...later) : ids.length - 1;
		retired[entry.id] = ids[place]!;
		changes.push({ kind: 'removed', id: entry.id, landsOn: ids[place]! });
	});
	// An address retired before follows its successor, wherever that has gone since.
	const present = new Set(ids);
	const landing = (id: string, seen = new Set<string>()): string | undefined =>
		present.has(id) ? id : retired[id] === undefined || seen.has(id) ? undefined : landing(retired[id], seen.add(id));
	const homes = Object.keys(retired).map((id) => [id, landing(id)] as const);
	return {
		ids,
		ledger: {
			next,
			passages: ids.map((id, j) => ({ id, text: normalize(texts[j]!) })),
			retired: Object.fromEntries(homes.filter((entry): entry is readonly [string, string] => entry[1] !== undefined)),
		},
		changes,
		homeless: [...gone, ...homes.filter(([, home]) => home === undefined).map(([id]) => id)],
	};
}

/** Whether a reader would see the paragraphs' numbers out of sequence: gaps or new numbers in between. */
export const numbersAreConsecutive = (ids: readonly string[], prefix = 'p-'): boolean =>
	ids.every((id, index) => id === `${prefix}${index + 1}`);

/** Every address a ledger has published: its passages' ids and its retired ones. */
const publishedIds = ({ passages, retired }: Ledger): string[] => [...passages.map(({ id }) => id), ...Object.keys(retired)];

/**
 * What `current` would lose of the addresses `earlier` published: ids it knows neither as a
 * passage nor as retired, retired ids it gives to a passage again, and a `next` lowered, which
 * would give a published number again.
 */
export function lostAddresses(
	earlier: Ledger,
	current: Ledger,
): { dropped: string[]; reused: string[]; next?: { earlier: number; current: number } } {
	const known = new Set(publishedIds(current));
	const passages = new Set(current.passages.map(({ id }) => id));
	return {
		dropped: publishedIds(earlier).filter((id) => !known.has(id)),
		reused: Object.keys(earlier.retired).filter((id) => passages.has(id)),
		...(current.next < earlier.next && { next: { earlier: earlier.next, current: current.next } }),
	};
}
