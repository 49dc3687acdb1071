/**
 * The raw material of the generated libraries: the three real documents, split into their
 * paragraphs, headings and footnote texts, plus the authors, publications and words they hold.
 * Nothing comes from outside them.
 */
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parse } from 'yaml';
import type { Author } from '../src/schemas/common.ts';
import type { Publication } from '../src/schemas/document.ts';

export interface Corpus {
	/** Markdown blocks of running text (paragraphs and lists), without footnote references. */
	paragraphs: string[];
	/** Heading texts, without their `#`s. */
	headings: string[];
	/** Footnote texts, without their `[^n]: ` label. */
	footnotes: string[];
	/** Author lists as the real documents sign them, and single people their notes cite. */
	authorLists: Author[][];
	publications: Publication[];
	/** Words of four letters or more from the text, for titles. */
	words: string[];
}

const headingPattern = /^#{1,6}\s+(.+)$/;
const footnotePattern = /^\[\^[^\]\s]+\]:\s+([\s\S]+)$/;

/** Frontmatter (YAML between the `---` lines) and body of a Markdown document. */
function splitDocument(markdown: string): { frontmatter: Record<string, unknown>; body: string } {
	const match = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(markdown);
	if (!match) throw new Error('a document without frontmatter');
	return { frontmatter: parse(match[1]!) as Record<string, unknown>, body: match[2]! };
}

/**
 * Makes a block stand alone in another document: no footnote references (the generator adds
 * its own, each with a note) and no links to headings of the page it came from.
 */
const standalone = (block: string): string =>
	block
		.replace(/\[\^[^\]\s]+\]/g, '')
		.replace(/\[([^\]]+)\]\(#[^)]*\)/g, '$1')
		.replace(/^ {1,3}(?=\S)/gm, '')
		.trim();

/** People the notes cite as authors: "Henry Reichman, “Reconsidering…”", "Eric Hobsbawm, *The Age…*". */
function citedPeople(footnotes: readonly string[]): Author[] {
	const people = new Map<string, Author>();
	for (const note of footnotes) {
		for (const [, given, family] of note.matchAll(/\b([A-Z][a-z]+(?:-[a-z]+)?) ([A-Z][a-z]+), [*“]/g)) {
			people.set(`${given} ${family}`, { type: 'person', given: given!, family: family! });
		}
	}
	return [...people.values()];
}

/** Journals the notes cite with volume and number: "*Theory and Society* 17, no. 1". */
function citedJournals(footnotes: readonly string[]): Publication[] {
	return footnotes.flatMap((note) =>
		[...note.matchAll(/\*([^*]+)\* (\d+), no\. (\d+)/g)].map(([, title, volume, number]): Publication => ({
			title: title!,
			type: 'journal',
			volume: volume!,
			number: number!,
		})),
	);
}

export async function readCorpus(documentsDir: string): Promise<Corpus> {
	const files = (await readdir(documentsDir)).filter((name) => name.endsWith('.md')).sort();
	const corpus: Corpus = { paragraphs: [], headings: [], footnotes: [], authorLists: [], publications: [], words: [] };
	for (const file of files) {
		const { frontmatter, body } = splitDocument(await readFile(join(documentsDir, file), 'utf8'));
		corpus.authorLists.push(frontmatter.authors as Author[]);
		corpus.publications.push(frontmatter.publication as Publication);
		for (const block of body.split(/\n\s*\n/).map((text) => text.trim())) {
			if (block === '' || block.startsWith('<')) continue; // HTML wrappers such as <section>
			const heading = headingPattern.exec(block);
			const footnote = footnotePattern.exec(block);
			if (heading) corpus.headings.push(heading[1]!.trim());
			else if (footnote) corpus.footnotes.push(footnote[1]!.trim());
			else corpus.paragraphs.push(standalone(block));
		}
	}
	corpus.authorLists.push(...citedPeople(corpus.footnotes).map((person) => [person]));
	corpus.publications.push(...citedJournals(corpus.footnotes));
	const words = corpus.paragraphs.join(' ').match(/\b[A-Za-z]{4,}\b/g) ?? [];
	corpus.words = [...new Set(words.map((word) => word.toLowerCase()))].sort();
	return corpus;
}
