import { describe, expect, test } from 'vitest';
import { entryId, sharedIds, sharedIdsMessage } from '../../src/build/content/entry-ids.ts';

describe('an entry’s id', () => {
	test('is its file’s name, slugged as Astro slugs it: lower case, punctuation dropped, spaces as hyphens', () => {
		expect(entryId('natural-death-of-north-korean-stalinism.md')).toBe('natural-death-of-north-korean-stalinism');
		expect(entryId('natural-death-of-north-korean-stalinism~.md')).toBe('natural-death-of-north-korean-stalinism');
		expect(entryId('My Doc.md')).toBe('my-doc');
		expect(entryId('kim-il-sung.yaml')).toBe('kim-il-sung');
		expect(entryId('asia/Korea.md')).toBe('asia/korea');
	});
});

describe('files that share an id', () => {
	test('are found in any case and with any punctuation, each id with its files', () => {
		expect(sharedIds(['my-doc.md', 'My Doc.md', 'other.md', 'stalinism.md', 'stalinism~.md', 'Stalinism!.md'])).toEqual([
			['my-doc', ['My Doc.md', 'my-doc.md']],
			['stalinism', ['Stalinism!.md', 'stalinism.md', 'stalinism~.md']],
		]);
		expect(sharedIds(['a.md', 'b.md'])).toEqual([]);
	});

	test('are named in the message, with their folder', () => {
		expect(sharedIdsMessage('document', 'content/documents', [['my-doc', ['My Doc.md', 'my-doc.md']]])).toBe(
			'Two files give one document id (a file\'s id is its name in lower case, without punctuation); rename or remove all but one:\n  "my-doc": content/documents/My Doc.md, content/documents/my-doc.md',
		);
	});
});
