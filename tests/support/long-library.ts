/**
 * A library that stretches the pages that list things: the three real documents, one very long
 * document (some 20,000 words in 200 paragraphs under ten headings) and a few long ones, all made
 * of the real documents' sentences, with every paragraph of the long ones naming the United States.
 */
import { copyFile, mkdir, readdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { stringify } from 'yaml';
import { readCorpus } from '../../bench/corpus.ts';
import { projectRoot } from '../../harness/build.ts';

/** The real documents' running text as plain sentences: no Markdown, links, notes or tags. */
function sentencesOf(paragraphs: readonly string[]): string[] {
	return paragraphs
		.map((paragraph) =>
			paragraph
				.replace(/^(?:[-*]|\d+\.)\s+/gm, '')
				.replace(/<[^>]*>/g, '')
				.replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
				.replace(/[*_#>`]/g, '')
				.replace(/\s+/g, ' ')
				.trim(),
		)
		.flatMap((text) => text.split(/(?<=[.!?])\s+(?=[A-Z“"])/))
		.filter((sentence) => sentence.split(' ').length >= 4 && /^[A-Z“"]/.test(sentence));
}

export interface LongLibrary {
	/** The folder to build from (`DOCUMENTS_DIR`); the ledgers go beside it. */
	documents: string;
	/** The id of the very long document. */
	longId: string;
	/** The ids of the other long documents. */
	otherIds: string[];
}

/**
 * Writes the library into `dir` (emptied first). `paragraphs` paragraphs of about `words` words
 * in the very long document, `others` more documents of `otherParagraphs` paragraphs each.
 */
export async function writeLongLibrary(
	dir: string,
	{ paragraphs = 200, words = 100, others = 8, otherParagraphs = 60 } = {},
): Promise<LongLibrary> {
	await rm(dir, { recursive: true, force: true });
	const documents = join(dir, 'documents');
	await mkdir(documents, { recursive: true });
	const real = join(projectRoot, 'content', 'documents');
	// The real documents mention every topic and cite every work: a build stops on one that none does.
	for (const name of await readdir(real)) await copyFile(join(real, name), join(documents, name));

	const corpus = await readCorpus(real);
	const sentences = sentencesOf(corpus.paragraphs);
	const naming = sentences.filter((sentence) => /United States|U\.S\.|Washington/.test(sentence));
	if (naming.length === 0) throw new Error('no sentence of the real documents names the United States');
	let next = 0;
	/** A paragraph of about `words` words: the next real sentences, and one naming the United States. */
	const paragraph = (n: number) => {
		const taken = [naming[n % naming.length]!];
		let count = taken[0]!.split(' ').length;
		while (count < words) {
			const sentence = sentences[next++ % sentences.length]!;
			taken.push(sentence);
			count += sentence.split(' ').length;
		}
		return taken.join(' ');
	};
	const write = async (id: string, title: string, count: number, published: string) => {
		const blocks: string[] = [];
		for (let n = 0; n < count; n++) {
			if (n > 0 && n % 20 === 0) blocks.push(`## ${corpus.headings[(n / 20) % corpus.headings.length]}`);
			blocks.push(paragraph(n));
		}
		const frontmatter = {
			title,
			kind: 'report',
			authors: [{ type: 'person', given: 'Andrei', family: 'Lankov' }],
			publication: { title: 'Asia Policy', type: 'journal', number: '1', publisher: 'The National Bureau of Asian Research' },
			published,
			summary: 'A long document made of the real documents’ sentences, to test the pages that list its passages.',
		};
		await writeFile(join(documents, `${id}.md`), `---\n${stringify(frontmatter)}---\n\n${blocks.join('\n\n')}\n`);
	};
	const longId = 'a-very-long-report';
	await write(longId, 'A Very Long Report on North Korea and the United States', paragraphs, '2024-03');
	const otherIds = Array.from({ length: others }, (_, n) => `long-report-${n + 1}`);
	for (const [n, id] of otherIds.entries()) await write(id, `Long Report Number ${n + 1}`, otherParagraphs, `${2010 + n}-05`);
	return { documents, longId, otherIds };
}
