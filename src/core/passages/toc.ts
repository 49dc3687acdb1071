export interface Heading {
	depth: number;
	slug: string;
	text: string;
}

export interface TocEntry extends Heading {
	children: TocEntry[];
}

export interface TocOptions {
	/** Deepest heading level listed: 3 lists `h2` and `h3` under them; 2 lists `h2` alone. */
	maxDepth?: 2 | 3;
	/** Heading ids that are not sections, such as the footnotes' screen-reader label. */
	exclude?: readonly string[];
}

/** Nests a document's headings (Astro's `getHeadings()`) into a table of contents. */
export function buildToc(headings: readonly Heading[], { maxDepth = 3, exclude = [] }: TocOptions = {}): TocEntry[] {
	const listed = headings.filter((h) => h.depth >= 2 && h.depth <= maxDepth && !exclude.includes(h.slug));
	const top = Math.min(...listed.map((h) => h.depth));
	const toc: TocEntry[] = [];
	for (const heading of listed) {
		const entry: TocEntry = { ...heading, children: [] };
		const parent = toc.at(-1);
		if (heading.depth > top && parent) parent.children.push(entry);
		else toc.push(entry);
	}
	return toc;
}
