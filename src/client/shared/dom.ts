/** Building the scripts' markup. */

/** `document.createElement` with properties and children; text children become text nodes. */
export function el<K extends keyof HTMLElementTagNameMap>(
	tag: K,
	properties: Partial<HTMLElementTagNameMap[K]> & { dataset?: Record<string, string> } = {},
	...children: (Node | string)[]
): HTMLElementTagNameMap[K] {
	const { dataset, ...rest } = properties;
	const element = Object.assign(document.createElement(tag), rest);
	Object.assign(element.dataset, dataset);
	element.append(...children);
	return element;
}
