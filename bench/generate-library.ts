/**
 * Writes a library of N Markdown documents recombined from the real corpus, repeatably: every
 * document draws from its own PRNG seeded with (seed, its number), so the same seed gives the
 * same files, and the library of 100 starts with the 10 documents of the library of 10.
 */
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { stringify } from 'yaml';
import { type DocumentKind, documentKinds, type Publication } from '../src/schemas/document.ts';
import type { Corpus } from './corpus.ts';
import { Random } from './random.ts';

const capitalize = (word: string): string => word[0]!.toUpperCase() + word.slice(1);

/** Plain sentences from a Markdown block, for a summary: no list markers, emphasis, links or tags. */
function plainText(markdown: string): string {
	return markdown
		.replace(/^(?:[-*]|\d+\.)\s+/gm, '')
		.replace(/<[^>]*>/g, '')
		.replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
		.replace(/[*_]/g, '')
		.replace(/\s+/g, ' ')
		.trim();
}

function summaryFrom(paragraph: string, random: Random): string {
	const sentences = plainText(paragraph).split(/(?<=[.!?])\s+/);
	return sentences.slice(0, random.int(1, 2)).join(' ');
}

/**
 * A date as precise as a source might give it, 1990–2025: a year, a month or a day; always a day
 * for a newspaper or magazine, which are cited by the day of the issue.
 */
function publishedDate(random: Random, publication: Publication): number | string {
	const year = random.int(1990, 2025);
	const month = String(random.int(1, 12)).padStart(2, '0');
	const day = String(random.int(1, 28)).padStart(2, '0');
	if (publication.type === 'newspaper' || publication.type === 'magazine') return `${year}-${month}-${day}`;
	return random.pick([year, `${year}-${month}`, `${year}-${month}-${day}`]);
}

/**
 * Appends a footnote reference. A block that ends in `]` gets a space first, or `…][^1]` would
 * read as a reference-style link instead of a footnote.
 */
const withReference = (block: string, label: number): string => `${block}${block.endsWith(']') ? ' ' : ''}[^${label}]`;

/** One document: frontmatter and Markdown, from its own PRNG stream. */
function generateDocument(corpus: Corpus, seed: number, index: number): string {
	const random = new Random(seed, index);
	// The first document cites every work the corpus cites, in every note and passage that does,
	// so every library cites them all (a work that no document cites stops the build).
	const citesAll = index === 1;
	const citing = corpus.paragraphs.filter((paragraph) => paragraph.includes('](work:'));
	const paragraphs = [...random.take(corpus.paragraphs, random.int(8, 30)), ...(citesAll ? citing : [])];
	const paragraphCount = paragraphs.length;
	const headingCount = random.int(2, 5);
	const noteCount = citesAll ? corpus.footnotes.length : random.int(0, 6);

	const notedAt = random.positions(noteCount, 0, paragraphCount - 1);
	notedAt.forEach((at, n) => (paragraphs[at] = withReference(paragraphs[at]!, n + 1)));

	// A heading before some paragraphs, never before the first: documents open with text.
	const headings = random.take(corpus.headings, headingCount);
	const headingAt = new Map(random.positions(headingCount, 1, paragraphCount - 1).map((at, n) => [at, headings[n]!]));
	const blocks = paragraphs.flatMap((paragraph, at) => (headingAt.has(at) ? [`## ${headingAt.get(at)}`, paragraph] : [paragraph]));
	const notes = random.take(corpus.footnotes, noteCount).map((note, n) => `[^${n + 1}]: ${note}`);

	const publication = random.pick(corpus.publications);
	const frontmatter = {
		title: random.take(corpus.words, random.int(3, 7)).map(capitalize).join(' '),
		kind: random.pick(Object.keys(documentKinds) as DocumentKind[]),
		authors: random.pick(corpus.authorLists),
		publication,
		published: publishedDate(random, publication),
		keywords: random.take(corpus.words, random.int(0, 4)),
		summary: summaryFrom(random.pick(corpus.paragraphs), random),
	};
	return `---\n${stringify(frontmatter)}---\n\n${[...blocks, ...notes].join('\n\n')}\n`;
}

/** Writes documents `doc-0001.md` … into `dir`, emptied first so no earlier run's files remain. */
export async function generateLibrary(corpus: Corpus, size: number, dir: string, seed: number): Promise<void> {
	await rm(dir, { recursive: true, force: true });
	await mkdir(dir, { recursive: true });
	for (let index = 1; index <= size; index++) {
		const name = `doc-${String(index).padStart(4, '0')}.md`;
		await writeFile(join(dir, name), generateDocument(corpus, seed, index));
	}
}
