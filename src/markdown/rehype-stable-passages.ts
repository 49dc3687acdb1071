import type { Element, Root } from 'hast';
import { toString } from 'hast-util-to-string';
import { remove } from 'unist-util-remove';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { firstLedger, type Ledger, type LedgerResult, matchLedger, normalize } from '../core/passages/passage-ledger.ts';
import { paragraphId } from '../core/passages/passages.ts';

export interface RehypeStablePassagesOptions {
	/** Which ids the first pass numbered in order: by default `p-N`. */
	paragraphId?: RegExp;
	/** Start of each block's link's accessible name; the block's number follows it (as rehype-paragraph-anchors writes it). */
	labelPrefix?: string;
}

declare module 'vfile' {
	interface DataMap {
		/** The ids the document has published, given with the file; none for a text not yet published. */
		publishedLedger: Ledger | undefined;
		/** The blocks' lasting ids, the ledger for the next build and what changed. */
		passageLedger: LedgerResult;
		/**
		 * For an earlier version of a text, the ids its blocks had when it was published, in reading
		 * order, given with the file: they are its ids, not matched against the ledger.
		 */
		recordedPassageIds: readonly string[] | undefined;
	}
}

const defaults = { paragraphId, labelPrefix: 'Link to paragraph' };

const isParagraphLink = (node: Element) =>
	node.tagName === 'a' && ((node.properties.className as string[] | undefined) ?? []).includes('paragraph-link');

/** A block's own words: not its ¶ link, nor the margin copy of a note it calls. */
function blockText(block: Element): string {
	const words = structuredClone(block);
	remove(
		words,
		(node) => node.type === 'element' && ((node as Element).properties.inert !== undefined || isParagraphLink(node as Element)),
	);
	return toString(words);
}

/** An earlier version's blocks with the ids they were published with: nothing to match, nothing changed. */
const asRecorded = (ids: readonly string[], texts: readonly string[]): LedgerResult => ({
	ids: [...ids],
	ledger: {
		next: 1 + Math.max(0, ...ids.map((id) => Number(id.replace(/^\D+/, '')))),
		passages: ids.map((id, j) => ({ id, text: normalize(texts[j]!) })),
		retired: {},
	},
	changes: [],
	homeless: [],
});

/**
 * Gives each paragraph, list item and quote its lasting id: the one its words had when they were
 * published (`file.data.publishedLedger`), matched by src/core/passages/passage-ledger.ts, in place of the
 * number the first pass gave it in order; and keeps every retired id as an anchor at the start of
 * the block that took its place; or, for an earlier version, the ids it was published with
 * (`file.data.recordedPassageIds`). Adds `passageLedger` to the file's data.
 */
export default function rehypeStablePassages(options: RehypeStablePassagesOptions = {}) {
	const { paragraphId, labelPrefix } = { ...defaults, ...options };
	return (tree: Root, file: VFile) => {
		const blocks: Element[] = [];
		visit(tree, 'element', (node: Element) => {
			if (typeof node.properties.id === 'string' && paragraphId.test(node.properties.id)) blocks.push(node);
		});
		const texts = blocks.map(blockText);
		const recorded = file.data.recordedPassageIds;
		if (recorded && recorded.length !== texts.length) {
			file.fail(`the text has ${texts.length} passages, but its record gives the ids of ${recorded.length}`);
		}
		const result = recorded ? asRecorded(recorded, texts) : matchLedger(file.data.publishedLedger ?? firstLedger(texts), texts);
		const retiredTo = Map.groupBy(Object.entries(result.ledger.retired), ([, home]) => home);
		blocks.forEach((block, index) => {
			const id = result.ids[index]!;
			block.properties.id = id;
			const link = block.children.find((child): child is Element => child.type === 'element' && isParagraphLink(child));
			if (link) {
				const number = id.replace(/^\D+/, '');
				Object.assign(link.properties, { href: `#${id}`, ariaLabel: `${labelPrefix} ${number}`, dataNumber: number });
			}
			const anchors = (retiredTo.get(id) ?? []).map(([retired]): Element => ({
				type: 'element',
				tagName: 'span',
				properties: { id: retired },
				children: [],
			}));
			block.children.unshift(...anchors);
		});
		file.data.passageLedger = result;
	};
}
