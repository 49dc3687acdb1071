import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { documentSchema } from './lib/document-schema';

/** Where the documents live; the tests point it at fixtures to check how bad input fails. */
const documentsDir = process.env.DOCUMENTS_DIR ?? './content/documents';

export const collections = {
	documents: defineCollection({
		loader: glob({ pattern: '**/*.md', base: documentsDir }),
		schema: documentSchema,
	}),
};
