/**
 * Links a stylesheet that only a script's own content needs (the search's results, the marks of
 * searched words), the first time it is asked for, so that the stylesheet every page loads stays
 * small. Resolves once it has loaded, or failed to: the content is then shown unstyled rather
 * than not at all.
 */
const linked = new Map<string, Promise<void>>();

export function linkStylesheet(href: string): Promise<void> {
	let loaded = linked.get(href);
	if (!loaded) {
		// Not `el` (./dom.ts): this is in every page's first script, and makes one element.
		const link = Object.assign(document.createElement('link'), { rel: 'stylesheet', href });
		loaded = new Promise((resolve) => {
			link.addEventListener('load', () => resolve(), { once: true });
			link.addEventListener('error', () => resolve(), { once: true });
		});
		document.head.append(link);
		linked.set(href, loaded);
	}
	return loaded;
}
