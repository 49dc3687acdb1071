/** Building the scripts' markup: one typed helper for every enhancement. */

/** What `el` sets on an element: its properties, and the data and other attributes it has no property for. */
type Properties<K extends keyof HTMLElementTagNameMap> = Partial<Omit<HTMLElementTagNameMap[K], 'dataset' | 'attributes'>> & {
	dataset?: Record<string, string>;
	/** Attributes without a property every browser reflects (`aria-labelledby`, `aria-hidden`, `role`). */
	attributes?: Record<string, string>;
};

/** `document.createElement` with properties and children; text children become text nodes. */
export function el<K extends keyof HTMLElementTagNameMap>(
	tag: K,
	properties: Properties<K> = {},
	...children: (Node | string)[]
): HTMLElementTagNameMap[K] {
	const { dataset, attributes, ...rest } = properties;
	const element = Object.assign(document.createElement(tag), rest);
	Object.assign(element.dataset, dataset);
	for (const [name, value] of Object.entries(attributes ?? {})) element.setAttribute(name, value);
	element.append(...children);
	return element;
}
