import type { Element, Root } from 'hast';
import { h } from 'hastscript';
import type { VFile } from 'vfile';

export interface RehypeExcerptNoteOptions {
	/** Frontmatter field that holds the note; a document without it is left as it is. */
	field?: string;
	/** Visible label that marks the note as the editors', not the author's. */
	label?: string;
}

const defaults: Required<RehypeExcerptNoteOptions> = { field: 'excerpt', label: 'Editors’ note' };

const isFootnotes = (node: Root['children'][number]): node is Element =>
	node.type === 'element' && node.properties.dataFootnotes !== undefined;

/**
 * Ends the text of an excerpt with the editors' note that says where the source goes on.
 * The note stands right after the author's last words and before the footnotes, so that
 * a reader (or a screen reader) meets it where the text breaks off.
 */
export default function rehypeExcerptNote(options: RehypeExcerptNoteOptions = {}) {
	const { field, label } = { ...defaults, ...options };
	return (tree: Root, file: VFile) => {
		const note: unknown = file.data.astro?.frontmatter?.[field];
		if (typeof note !== 'string' || note.trim() === '') return;
		const aside = h('aside.excerpt-note', { ariaLabel: label, dataPagefindIgnore: '' }, [
			h('p', [h('strong.editorial-label', label), ' ', note.trim()]),
		]);
		const footnotes = tree.children.findIndex(isFootnotes);
		tree.children.splice(footnotes === -1 ? tree.children.length : footnotes, 0, aside);
	};
}
