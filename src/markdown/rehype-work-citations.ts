import type { Element, Root } from 'hast';
import { visitParents } from 'unist-util-visit-parents';
import type { VFile } from 'vfile';
import { passageId } from '../core/passages/passages.ts';

export interface RehypeWorkCitationsOptions {
	/** The address of a work's entry on the works-cited page. */
	href: (work: string) => string;
	/** The scheme of a link to a work in the Markdown: `[title](work:reichman-reconsidering-stalinism)`. */
	scheme?: string;
	/** Which ids mark a passage: by default `p-N` and the notes' `fn-N`. */
	passageId?: RegExp;
}

/** A passage that cites a work. */
export interface WorkCitation {
	work: string;
	/** The id of the passage or note that cites it, or undefined when the link stands in none. */
	passage: string | undefined;
}

declare module 'vfile' {
	interface DataMap {
		/** Every passage's citation of a work, in reading order, once per work and passage. */
		workCitations: WorkCitation[];
	}
}

const defaults = { scheme: 'work:', passageId };

const isInert = (node: Element) => node.properties.inert !== undefined;

/** A malformed escape is left as written, to be reported as an unknown work with the rest. */
function decodedOrAsWritten(id: string): string {
	try {
		return decodeURIComponent(id);
	} catch {
		return id;
	}
}

/**
 * Turns each link to a work (`work:<id>`) into a link to its entry on the works-cited page and
 * records which passage or note cites it. Copies made inert (the sidenotes) have their links
 * turned too, but cite nothing of their own. Adds `workCitations` to the file's data; whether
 * each work exists is for the caller, which knows the works, to check.
 */
export default function rehypeWorkCitations(options: RehypeWorkCitationsOptions) {
	const { href, scheme, passageId } = { ...defaults, ...options };

	return (tree: Root, file: VFile) => {
		const citations: WorkCitation[] = [];
		const seen = new Set<string>();
		visitParents(tree, 'element', (node: Element, ancestors) => {
			const target = node.properties.href;
			if (node.tagName !== 'a' || typeof target !== 'string' || !target.startsWith(scheme)) return;
			const work = decodedOrAsWritten(target.slice(scheme.length));
			node.properties.href = href(work);
			node.properties.dataWork = work;
			const enclosing = (ancestors as (Root | Element)[]).filter((ancestor): ancestor is Element => ancestor.type === 'element');
			if (enclosing.some(isInert)) return;
			const passage = enclosing.findLast(({ properties }) => typeof properties.id === 'string' && passageId.test(properties.id))?.properties
				.id as string | undefined;
			const key = `${work} ${passage}`;
			if (seen.has(key)) return;
			seen.add(key);
			citations.push({ work, passage });
		});
		file.data.workCitations = citations;
	};
}
