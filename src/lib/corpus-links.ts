/** Checks the links a document makes into the corpus: to its own anchors and to other documents. */

/** A stand-in origin: a document's links are read as if from its page on this site. */
const origin = 'https://corpus.invalid';

/**
 * What is wrong with a link from document `from`, or undefined when nothing is: a link to a
 * document that does not exist, or to an anchor its document lacks. Links to other sites and to
 * other pages of this one are not the corpus's to check. A text fragment (`#p-3:~:text=…`) is
 * checked for its anchor only.
 */
export function linkProblem(href: string, from: string, anchorsOf: (id: string) => ReadonlySet<string> | undefined): string | undefined {
	let url: URL;
	try {
		url = new URL(href, `${origin}/documents/${from}/`);
	} catch {
		return `the link "${href}" is not a valid address`;
	}
	if (url.origin !== origin) return undefined;
	const document = /^\/documents\/([^/]+)\/$/.exec(url.pathname)?.[1];
	if (document === undefined) return undefined;
	const id = decodeURIComponent(document);
	const anchors = anchorsOf(id);
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
