import { defineCollection } from 'astro:content';
import { checkedEntryData } from './build/content/entry-data.ts';
import { globOneFilePerId } from './build/content/entry-ids.ts';
import { compressedRendering } from './build/content/stored-html.ts';
import { documentSchema } from './schemas/document.ts';
import { topicSchema } from './schemas/topic.ts';
import { workSchema } from './schemas/work.ts';

// Where the collections live; the tests point them at fixtures to check how bad input fails.
const documentsDir = process.env.DOCUMENTS_DIR ?? './content/documents';
const topicsDir = process.env.TOPICS_DIR ?? './content/topics';
const worksDir = process.env.WORKS_DIR ?? './content/works';

export const collections = {
	documents: defineCollection({
		// The store keeps each document's rendered text, compressed (src/build/content/stored-html.ts), and not
		// its Markdown as well: that is read from the file where a check needs it (src/data/library.ts).
		loader: compressedRendering(
			checkedEntryData(globOneFilePerId('document', { pattern: '**/*.md', base: documentsDir, retainBody: false }), documentSchema),
		),
		schema: documentSchema,
	}),
	topics: defineCollection({
		loader: checkedEntryData(globOneFilePerId('topic', { pattern: '**/*.{yaml,yml}', base: topicsDir }), topicSchema),
		schema: topicSchema,
	}),
	works: defineCollection({
		loader: checkedEntryData(globOneFilePerId('work', { pattern: '**/*.{yaml,yml}', base: worksDir }), workSchema),
		schema: workSchema,
	}),
};
