/**
 * The documents' rendered text, kept compressed in Astro's content store. The store holds every
 * entry for the whole build, and the build holds several copies of it at once (the loader's, the
 * module the pages import, its source and its parsed data); ten thousand documents' HTML in each
 * was most of a large library's memory. Deflated, it is a fraction of that; the corpus inflates a
 * document's text once, when it links it (`src/data/corpus.ts`). Nothing renders the stored HTML
 * itself (no page uses `<Content />`), so it need not be HTML in the store.
 */
import { deflateRawSync, inflateRawSync } from 'node:zlib';
import type { Loader, LoaderContext } from 'astro/loaders';

/** How a stored text is encoded, in its `rendered.metadata`: a store written before is read as it is. */
const ENCODING = 'deflate-raw+base64';

interface Rendered {
	html: string;
	metadata?: Record<string, unknown>;
}

/** The loader, with every entry's rendered HTML stored compressed. */
export function compressedRendering(loader: Loader): Loader {
	if (typeof loader.load !== 'function') return loader;
	const load = loader.load.bind(loader);
	return {
		...loader,
		load: (context: LoaderContext) =>
			load({
				...context,
				store: {
					...context.store,
					set: ({ rendered, ...entry }) =>
						context.store.set({
							...entry,
							...(rendered && {
								rendered: {
									...rendered,
									html: deflateRawSync(rendered.html).toString('base64'),
									metadata: { ...rendered.metadata, htmlEncoding: ENCODING },
								},
							}),
						}),
				},
			}),
	};
}

/** An entry's rendered HTML as the Markdown pipeline made it. */
export function storedHtml(rendered: Rendered): string {
	return rendered.metadata?.htmlEncoding === ENCODING
		? inflateRawSync(Buffer.from(rendered.html, 'base64')).toString('utf8')
		: rendered.html;
}
