import { describe, expect, test } from 'vitest';
import { keysAt, problemsOf, readYaml, yamlOfFile } from '../../src/build/content/entry-data.ts';
import { documentSchema } from '../../src/schemas/document.ts';

const markdown = `---
title: The Natural Death of North Korean Stalinism
kind: research-note
authors:
  - type: person
    given: Andrei
    famly: Lankov
publication:
  title: Asia Policy
  type: journal
  number: '1'
published: 2020-13-45
titel: A misspelt field
summary: An editorial summary.
---

The text.
`;

/** The document's problems, as the build reports them. */
function problems(source: string): string[] {
	const { yaml, firstLine } = yamlOfFile(source, true);
	const read = readYaml(yaml, firstLine);
	const parsed = documentSchema.safeParse(read.data);
	return parsed.success ? [] : problemsOf('content/documents/x.md', parsed.error.issues, read, documentSchema);
}

describe('an entry’s data', () => {
	test('is its Markdown file’s frontmatter, from the file’s second line, or its YAML file whole', () => {
		expect(yamlOfFile('---\ntitle: A\n---\n\nText.', true)).toEqual({ yaml: 'title: A', firstLine: 2 });
		expect(yamlOfFile('Text alone.', true)).toEqual({ yaml: '', firstLine: 1 });
		expect(yamlOfFile('name: A\n', false)).toEqual({ yaml: 'name: A\n', firstLine: 1 });
	});

	test('reads dates as written: an impossible one is not rolled over into another', () => {
		const { data } = readYaml('a: 2020-13-45\nb: 2013-04-14\nc: 2006\nd: "2013-02-30"', 1);
		expect(data).toEqual({ a: '2020-13-45', b: '2013-04-14', c: 2006, d: '2013-02-30' });
	});

	test('knows the line of the file each field is written on', () => {
		const { yaml, firstLine } = yamlOfFile(markdown, true);
		const { lineOf } = readYaml(yaml, firstLine);
		expect(lineOf(['title'])).toBe(2);
		expect(lineOf(['published'])).toBe(12);
		expect(lineOf(['authors', 0, 'famly'])).toBe(7);
		// A field not written: the line of the one it belongs in.
		expect(lineOf(['publication', 'volume'])).toBe(8);
	});
});

describe('a document’s problems', () => {
	test('are each named with the file’s own line and the field, a misspelt field with the one it meant, all at once in the order of the file', () => {
		expect(problems(markdown)).toEqual([
			'content/documents/x.md:5: authors.0.family: missing: this field is required',
			'content/documents/x.md:7: authors.0.famly: no such field; did you mean "family"?',
			'content/documents/x.md:12: published: "2020-13-45" is not a date: there is no month 13',
			'content/documents/x.md:13: titel: no such field; did you mean "title"?',
		]);
	});

	test('name a missing field at the start of the frontmatter, whatever kind of value it takes', () => {
		const found = problems('---\nkind: research-note\n---\n');
		expect(found).toContain('content/documents/x.md:2: title: missing: this field is required');
		expect(found).toContain('content/documents/x.md:2: published: missing: this field is required');
		expect(problems('---\ntitle: A\n---\n')).toContain('content/documents/x.md:2: kind: missing: this field is required');
	});

	test('include a YAML error, with its line', () => {
		const { yaml, firstLine } = yamlOfFile('---\ntitle: A\nsummary: "unclosed\n---\n', true);
		expect(readYaml(yaml, firstLine).errors[0]?.line).toBe(3);
	});

	test('suggest from the fields of the object the misspelt one is in', () => {
		expect(keysAt(documentSchema, [])).toContain('summary');
		expect(keysAt(documentSchema, ['publication'])).toContain('volume');
		expect(keysAt(documentSchema, ['authors', 0])).toEqual(expect.arrayContaining(['given', 'family', 'name']));
	});
});
