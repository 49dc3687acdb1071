import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Element, Root } from 'hast';
import { select, selectAll } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
import { remove } from 'unist-util-remove';
import { beforeAll, describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { projectRoot } from '../../harness/build.ts';
import { builds } from '../support/builds.ts';
import { type BuiltPage, loadPages, resolveLink } from '../support/dist.ts';
import { documentIds } from '../support/pages.ts';

interface Topic {
	id: string;
	name: string;
	kind: string;
	aliases: string[];
}

let pages: Map<string, BuiltPage>;
let topics: Topic[];

beforeAll(async () => {
	pages = new Map((await loadPages(builds.root)).map((page) => [page.path, page]));
	const dir = join(projectRoot, 'content', 'topics');
	const files = (await readdir(dir)).filter((file) => file.endsWith('.yaml'));
	topics = await Promise.all(
		files.map(async (file) => {
			const data = parse(await readFile(join(dir, file), 'utf8')) as Omit<Topic, 'id'>;
			return { id: file.replace(/\.yaml$/, ''), ...data, aliases: data.aliases ?? [] };
		}),
	);
});

const page = (path: string): BuiltPage => {
	const found = pages.get(path);
	if (!found) throw new Error(`no page at ${path}`);
	return found;
};
const collapse = (text: string) => text.replace(/\s+/g, ' ').trim();
const passageSelector = '[id^="p-"], li[id^="fn-"]';

/**
 * The spec of a mention, independently of the site's matcher: the alias as written, except its
 * first letter's case and any space or hyphen between words, as a whole word.
 */
function mentionPattern(alias: string): RegExp {
	const escaped = alias.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/[\s\u2010\u2011-]+/g, '[\\s\\u00a0\\u2010\\u2011-]+');
	const first = alias[0]!;
	return new RegExp(`(?<![\\p{L}\\p{N}_])[${first.toUpperCase()}${first.toLowerCase()}]${escaped.slice(1)}(?![\\p{L}\\p{N}_])`, 'u');
}

/** A passage's own words: not those of passages inside it, footnote markers, margin copies or the author's links. */
function ownText(passage: Element): string {
	const copy = structuredClone(passage);
	remove(copy, (node) => {
		if (node === copy || node.type !== 'element') return false;
		const element = node as Element;
		const id = String(element.properties.id ?? '');
		return (
			/^(p|fn)-/.test(id) ||
			element.tagName === 'sup' ||
			element.properties.inert !== undefined ||
			(element.tagName === 'a' && !String(element.properties.className ?? '').includes('topic-link'))
		);
	});
	return collapse(toString(copy));
}

/** The passages of a document page that name a topic, by id. */
function passagesNaming(tree: Root, topic: Topic): string[] {
	const patterns = [topic.name, ...topic.aliases].map(mentionPattern);
	return selectAll(passageSelector, select('.document-text', tree)!)
		.filter((passage) => patterns.some((pattern) => pattern.test(ownText(passage))))
		.map((passage) => String(passage.properties.id));
}

const documentPage = (id: string) => page(`/documents/${id}/`);

describe('topic pages', () => {
	test('every topic page lists, for each document, exactly the passages that name the topic under any of its spellings', () => {
		let listed = 0;
		for (const topic of topics) {
			const topicPage = page(`/topics/${topic.id}/`);
			for (const id of documentIds) {
				const expected = passagesNaming(documentPage(id).tree, topic);
				const links = selectAll('.mention-link', topicPage.tree)
					.map((link) => resolveLink(String(link.properties.href), topicPage)!)
					.filter(({ path }) => path === `/documents/${id}/`)
					.map(({ fragment }) => fragment);
				expect(links, `${topic.id} in ${id}`).toEqual(expected);
				listed += links.length;
			}
		}
		expect(listed).toBeGreaterThan(60);
	});

	test('each listed passage link lands on a passage that holds the mention its excerpt marks', () => {
		for (const topic of topics) {
			const topicPage = page(`/topics/${topic.id}/`);
			const items = selectAll('.mentions li', topicPage.tree);
			expect(items.length, topic.id).toBeGreaterThan(0);
			for (const item of items) {
				const target = resolveLink(String(select('.mention-link', item)!.properties.href), topicPage)!;
				const passage = select(`[id="${target.fragment}"]`, page(target.path).tree);
				const mention = toString(select('mark', item)!);
				expect(passage, `${topic.id}: ${target.path}#${target.fragment}`).toBeDefined();
				expect(
					[topic.name, ...topic.aliases].some((alias) => mentionPattern(alias).test(mention)),
					mention,
				).toBe(true);
				expect(ownText(passage!)).toContain(mention);
			}
		}
	});

	test('the Kim Il Sung page gathers both spellings, from both documents that use them', () => {
		const kim = page('/topics/kim-il-sung/');
		const marks = selectAll('.mentions mark', kim.tree).map((mark) => toString(mark));
		expect(new Set(marks.map((mark) => mark.replace(/\u2011/g, '-')))).toEqual(new Set(['Kim Il Sung', 'Kim Il-sung']));
		expect(selectAll('.mentions-in h3', kim.tree).map((heading) => toString(heading))).toEqual([
			'Support North Korea’s workers, not fake socialism or international diplomacy',
			'The Natural Death of North Korean Stalinism',
		]);
	});

	test('a topic page names its other spellings, but none its name already shows (“famine” in “North Korean famine”)', () => {
		const spellings = (id: string) => {
			const aliases = select('.aliases', page(`/topics/${id}/`).tree);
			return aliases ? toString(aliases) : undefined;
		};
		expect(topics.find(({ id }) => id === 'north-korean-famine')?.aliases).toEqual(['famine']);
		expect(spellings('north-korean-famine')).toBeUndefined();
		expect(topics.find(({ id }) => id === 'soviet-union')?.aliases).toEqual(['USSR', 'Soviet Russia', 'Soviet']);
		expect(spellings('soviet-union')).toBe('Also written: USSR; Soviet Russia.');
	});

	test('the topics page lists every topic under its kind', () => {
		const index = page('/topics/');
		for (const topic of topics) {
			const group = select(`section[aria-labelledby="${topic.kind}"]`, index.tree);
			expect(group, topic.kind).toBeDefined();
			const names = selectAll('dt a', group!).map((link) => toString(link));
			expect(names, topic.kind).toContain(topic.name);
		}
	});
});

describe('topic links in the documents', () => {
	/** The document text's topic links, section by section: a heading or a <section> starts one. */
	function linksBySection(tree: Root): { inHeadingOrLink: number; repeats: string[]; total: number } {
		let section = 0;
		const seen = new Set<string>();
		const repeats: string[] = [];
		let total = 0;
		let inHeadingOrLink = 0;
		const walk = (node: Element, closed: boolean) => {
			for (const child of node.children) {
				if (child.type !== 'element') continue;
				if (/^h[1-6]$/.test(child.tagName) || child.tagName === 'section') section++;
				if (String(child.properties.className ?? '').includes('topic-link')) {
					total++;
					if (closed) inHeadingOrLink++;
					const key = `${section} ${child.properties.dataTopic}`;
					if (seen.has(key)) repeats.push(key);
					seen.add(key);
					continue;
				}
				walk(child, closed || /^h[1-6]$/.test(child.tagName) || child.tagName === 'a' || child.tagName === 'sup');
				if (child.tagName === 'section') section++;
			}
		};
		walk(select('.document-text', tree)!, false);
		return { inHeadingOrLink, repeats, total };
	}

	test.each(documentIds)('%s links a topic once a section at most, never inside headings, links or note markers', (id) => {
		const { inHeadingOrLink, repeats, total } = linksBySection(documentPage(id).tree);
		expect(total).toBeGreaterThan(5);
		expect(inHeadingOrLink).toBe(0);
		expect(repeats).toEqual([]);
	});

	test.each(documentIds)('%s lists exactly the topics its passages name, each linking to its page', (id) => {
		const { tree } = documentPage(id);
		const expected = topics.filter((topic) => passagesNaming(tree, topic).length > 0).map((topic) => topic.name);
		const listed = selectAll('.document-topics dt a', tree);
		expect(listed.map((link) => toString(link)).sort()).toEqual(expected.sort());
		for (const link of listed) {
			expect(link.properties.dataPagefindFilter).toBe('topic');
			expect(pages.has(resolveLink(String(link.properties.href), documentPage(id))!.path)).toBe(true);
		}
	});

	test.each(documentIds)('%s names the documents it shares topics with, the topics, and passages that hold them', (id) => {
		const { tree } = documentPage(id);
		const own = new Set(topics.filter((topic) => passagesNaming(tree, topic).length > 0).map((topic) => topic.id));
		const related = selectAll('.related-list > li', tree);
		const others = documentIds.filter((other) => other !== id);
		const sharing = others.filter((other) =>
			topics.some((topic) => own.has(topic.id) && passagesNaming(documentPage(other).tree, topic).length > 0),
		);
		expect(
			related.map((item) => resolveLink(String(select('.related-title', item)!.properties.href), documentPage(id))!.path).sort(),
		).toEqual(sharing.map((other) => `/documents/${other}/`).sort());
		for (const item of related) {
			const other = resolveLink(String(select('.related-title', item)!.properties.href), documentPage(id))!.path;
			for (const shared of selectAll('.shared-topics > li', item)) {
				const topicLink = resolveLink(String(select('a', shared)!.properties.href), documentPage(id))!.path;
				const topic = topics.find(({ id: topicId }) => topicLink === `/topics/${topicId}/`)!;
				expect(own.has(topic.id)).toBe(true);
				const passages = selectAll('.passage-links a:not(.more-passages)', shared).map((link) =>
					resolveLink(String(link.properties.href), documentPage(id))!,
				);
				expect(passages.length).toBeGreaterThan(0);
				// Beyond the first few, a link leads to the rest, on the topic's page.
				const more = select('.more-passages', shared);
				if (more)
					expect(resolveLink(String(more.properties.href), documentPage(id))).toEqual({
						path: topicLink,
						fragment: `in-${other.split('/')[2]}`,
					});
				for (const passage of passages) {
					expect(passage.path).toBe(other);
					expect(passagesNaming(page(other).tree, topic)).toContain(passage.fragment);
				}
			}
		}
	});
});

describe('links inside a document', () => {
	test('each entry of the Lankov note’s outline links to its section where the excerpt holds it, and only there', () => {
		const { tree } = documentPage('natural-death-of-north-korean-stalinism');
		const headings = new Map(
			selectAll('.document-text :is(h2, h3)', tree).map((heading) => [collapse(toString(heading)).toLowerCase(), heading]),
		);
		const outline = select('#organization-of-the-essay', tree)!;
		const section = selectAll('.executive-summary p, .executive-summary li', tree).filter(
			(block) => (block.position?.start.offset ?? 0) > (outline.position?.start.offset ?? 0),
		);
		const link = select('a[href^="#pre-1990"]', section[0]!);
		expect(link).toBeDefined();
		expect(headings.has("pre-1990 north korea: the world's purest stalinism?")).toBe(true);
		for (const entry of ['The Information Flows In', 'The Economic System', 'Diminishing Political Control']) {
			const item = section.find((block) => toString(block).trim() === entry);
			expect(item, entry).toBeDefined();
			expect(select('a[href^="#"]:not(.paragraph-link)', item!), entry).toBeUndefined();
			expect(headings.has(entry.toLowerCase()), `${entry} is not in the excerpt`).toBe(false);
		}
	});
});

describe('passage anchors', () => {
	test.each(documentIds)('%s numbers its passages p-1… in order, each id once, the same in two separate builds', async (id) => {
		const ids = (tree: Root) => selectAll('[id^="p-"]', tree).map((element) => String(element.properties.id));
		const root = ids(documentPage(id).tree);
		expect(root).toEqual(root.map((_, index) => `p-${index + 1}`));
		const reader = (await loadPages(builds.reader)).find((built) => built.path === `/reader/documents/${id}/`)!;
		expect(ids(reader.tree)).toEqual(root);
	});
});
