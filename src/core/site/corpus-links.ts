/** Checks the links a document makes into the site: to its own anchors, other documents, topics, works and pages. */

/** A stand-in origin: a document's links are read as if from its page on this site. */
const origin = 'https://corpus.invalid';

/** What the site holds, for a link to be checked against. */
export interface LinkTargets {
	/** A document's anchors, or undefined for a document that does not exist. */
	anchorsOf(id: string): ReadonlySet<string> | undefined;
	hasTopic(id: string): boolean;
	hasWork(id: string): boolean;
}

/** The site's pages that hold no document, topic or work, which a document may link to. */
const sitePages = new Set([
	'/',
	'/search/',
	'/topics/',
	'/works-cited/',
	'/feed.xml',
	'/library.bib',
	'/library.ris',
	'/library.json',
	'/library.epub',
]);

/**
 * What is wrong with a link from document `from`, or undefined when nothing is: a link to a
 * document that does not exist, or to an anchor its document lacks, to a topic or a cited work
 * that does not exist, or to a page the site does not have. Links to other sites are not the
 * site's to check. A text fragment (`#p-3:~:text=…`) is checked for its anchor only.
 */
export function linkProblem(href: string, from: string, targets: LinkTargets): string | undefined {
	let url: URL;
	try {
		url = new URL(href, `${origin}/documents/${from}/`);
	} catch {
		return `the link "${href}" is not a valid address`;
	}
	if (url.origin !== origin) return undefined;
	const [, section, part] = /^\/(documents|topics|works-cited)\/([^/]+)\/$/.exec(url.pathname) ?? [];
	const id = part === undefined ? undefined : decodeURIComponent(part);
	if (section === 'topics') return targets.hasTopic(id!) ? undefined : `the link "${href}" points to a topic that does not exist: "${id}"`;
	if (section === 'works-cited')
		return targets.hasWork(id!) ? undefined : `the link "${href}" points to a cited work that does not exist: "${id}"`;
	if (section !== 'documents') return sitePages.has(url.pathname) ? undefined : `the link "${href}" points to no page of this site`;
	const anchors = targets.anchorsOf(id!);
	if (!anchors) return `the link "${href}" points to a document that does not exist: "${id}"`;
	const anchor = decodeURIComponent(url.hash.slice(1).split(':~:')[0]!);
	if (anchor === '' || anchors.has(anchor)) return undefined;
	return id === from
		? `the link "${href}" points to "#${anchor}", which is no anchor in this document`
		: `the link "${href}" points to "#${anchor}", which is no anchor in the document "${id}"`;
}

/** The line of a Markdown text where `href` is first written, counted from 1, if it is found. */
export function lineOf(markdown: string, href: string): number | undefined {
	// As a Markdown link's target if it is one, else wherever the address stands (an HTML link).
	const asTarget = markdown.indexOf(`(${href}`);
	const at = asTarget >= 0 ? asTarget : markdown.indexOf(href);
	return at < 0 ? undefined : markdown.slice(0, at).split('\n').length;
}
