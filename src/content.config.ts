import { defineCollection } from 'astro:content';
import { DOCUMENTS_DIR, TOPICS_DIR, WORKS_DIR } from 'astro:env/server';
import { checkedEntryData } from './build/content/entry-data.ts';
import { globOneFilePerId } from './build/content/entry-ids.ts';
import { compressedRendering } from './build/content/stored-html.ts';
import { documentSchema } from './schemas/document.ts';
import { topicSchema } from './schemas/topic.ts';
import { workSchema } from './schemas/work.ts';

export const collections = {
	documents: defineCollection({
		// The store keeps each document's rendered text, compressed (src/build/content/stored-html.ts), and not
		// its Markdown as well: that is read from the file where a check needs it (src/data/library.ts).
		loader: compressedRendering(
			checkedEntryData(globOneFilePerId('document', { pattern: '**/*.md', base: DOCUMENTS_DIR, retainBody: false }), documentSchema),
		),
		schema: documentSchema,
	}),
	topics: defineCollection({
		loader: checkedEntryData(globOneFilePerId('topic', { pattern: '**/*.{yaml,yml}', base: TOPICS_DIR }), topicSchema),
		schema: topicSchema,
	}),
	works: defineCollection({
		loader: checkedEntryData(globOneFilePerId('work', { pattern: '**/*.{yaml,yml}', base: WORKS_DIR }), workSchema),
		schema: workSchema,
	}),
};
