import { fromHtml } from 'hast-util-from-html';
import { type Schema, sanitize } from 'hast-util-sanitize';
import type { Element } from 'hast';
import type { Root } from 'mdast';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { fileLine } from './file-lines.ts';

export interface RemarkHtmlAllowlistOptions {
	/** The HTML a document may hold, as hast-util-sanitize reads it: what it would remove stops the build. */
	schema: Schema;
	/** The schemes a link or image may use; an address without one (within the site) always may. */
	protocols: readonly string[];
}

/**
 * What the documents use: the editors' marks (`<ins class="editorial-gap">` for a gap in the
 * source, an executive summary's `<section>`), and the small inline elements of scholarly prose,
 * in any language and direction. No addresses, scripts, styles, forms, frames or metadata.
 */
const documentHtml: Schema = {
	tagNames: ['abbr', 'br', 'cite', 'del', 'ins', 'q', 'section', 'small', 'span', 'sub', 'sup'],
	attributes: {
		'*': ['lang', 'dir'],
		abbr: ['title'],
		ins: [['className', 'editorial-gap'], 'dataPagefindIgnore'],
		del: [['className', 'editorial-gap']],
		section: [['className', 'executive-summary'], 'ariaLabelledBy'],
	},
	// Ids and references to them are kept as written: the page checks that its ids are unique.
	clobber: [],
	allowComments: true,
	protocols: {},
};

// `work:` is a link to a cited work, which the second pass resolves (rehype-work-citations).
const defaults: RemarkHtmlAllowlistOptions = { schema: documentHtml, protocols: ['http', 'https', 'mailto', 'work'] };

/** Why hast-util-sanitize would change the element (its own tag and attributes, not its content), if it would. */
function refusal(element: Element, schema: Schema): string | undefined {
	const alone: Element = { ...element, children: [] };
	const kept = sanitize(alone, schema);
	const tag = `<${element.tagName}>`;
	if (kept.type !== 'element') return `${tag} is not allowed in a document`;
	for (const [name, value] of Object.entries(element.properties)) {
		if (JSON.stringify(kept.properties[name]) !== JSON.stringify(value)) {
			return `${tag} may not have the attribute ${name}${typeof value === 'string' || Array.isArray(value) ? ` = "${String(value)}"` : ''}`;
		}
	}
	return undefined;
}

/**
 * Stops the build, naming the file and line, where a document holds HTML beyond what documents may
 * (`documentHtml`), an HTML comment never closed (which would leave out the rest of the text), or a
 * link to an address of another scheme than `protocols` (`javascript:`). Every problem of the
 * file at once. Adds nothing to the file's data.
 */
export default function remarkHtmlAllowlist(options: Partial<RemarkHtmlAllowlistOptions> = {}) {
	const { schema, protocols } = { ...defaults, ...options };
	return (tree: Root, file: VFile) => {
		const problems: string[] = [];
		visit(tree, 'html', (node) => {
			if (/^\s*<!--/.test(node.value) && !node.value.includes('-->')) {
				problems.push(`${fileLine(file, node)}: an HTML comment "<!--" is never closed with "-->": the rest of the text would be left out`);
			}
			visit(fromHtml(node.value, { fragment: true }), 'element', (element) => {
				const why = refusal(element, schema);
				if (why) problems.push(`${fileLine(file, node, element.position?.start.line)}: ${why}`);
			});
		});
		visit(tree, ['link', 'image', 'definition'], (node) => {
			const url = (node as { url: string }).url;
			const scheme = /^([a-z][a-z\d+.-]*):/i.exec(url.trim())?.[1]?.toLowerCase();
			if (scheme && !protocols.includes(scheme)) {
				problems.push(
					`${fileLine(file, node)}: the link to "${url}" may not be followed from a document: only ${protocols.join(', ')} addresses`,
				);
			}
		});
		if (problems.length > 0) file.fail(`HTML a document may not hold:\n  ${problems.join('\n  ')}`);
	};
}
