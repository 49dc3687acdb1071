import { z } from 'astro/zod';
import { visibleText } from './common.ts';

/** The kinds of topic, each with its name for one and for a list, in the order the site lists them. */
export const topicKinds = {
	person: { one: 'Person', many: 'People' },
	organization: { one: 'Organization', many: 'Organizations' },
	place: { one: 'Place', many: 'Places' },
	event: { one: 'Event', many: 'Events' },
	concept: { one: 'Concept', many: 'Concepts' },
} as const;
export type TopicKind = keyof typeof topicKinds;

/** A topic id as used in file names and references: lower case words joined by hyphens. */
const topicId = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, { error: 'expected a topic id such as kim-il-sung' });

/**
 * The data of a topic in `content/topics/`: a person, organization, place, event or concept the
 * documents speak of. Unknown fields are errors, not ignored.
 */
export const topicSchema = z.strictObject({
	/** The name the site uses for the topic; it is also matched in the text, like an alias. */
	name: visibleText,
	kind: z.enum(Object.keys(topicKinds) as [TopicKind, ...TopicKind[]]),
	/**
	 * Other names and spellings the documents use, each matched as written, except that its first
	 * letter may be of either case and a space or any hyphen may stand between its words.
	 */
	aliases: z.array(z.string().min(1)).default([]),
	/** The editors' description: one or two sentences, shown on the topic page and in previews. */
	description: visibleText.max(400, { error: 'expected at most 400 characters: a short description' }),
	/** Topics to see also, by id. */
	related: z.array(topicId).default([]),
});
