/**
 * What a version changed of the one before, passage by passage, with the words inserted and
 * deleted: the list `/documents/<id>/versions/` shows. Pure: the texts come from the versions' pages.
 */
import { diffWords } from 'diff';
import { passageLabel } from '../../core/passages/passages.ts';
import type { PassageChange } from '../../schemas/version.ts';

/** A run of words: as both versions have it, or inserted or deleted by the later one. */
export interface DiffPart {
	text: string;
	change?: 'inserted' | 'deleted';
}

export interface ChangedPassage {
	id: string;
	kind: PassageChange['kind'];
	/** What happened, in words: "¶ 12 split from ¶ 5". */
	summary: string;
	/** Whether the passage is in the earlier version and in the later one, to link to it there. */
	inEarlier: boolean;
	inLater: boolean;
	parts: DiffPart[];
}

const label = (id: string) => passageLabel(id) ?? id;

/** The words of `before` and `after`, each run marked as kept, inserted or deleted. */
export function wordDiff(before: string, after: string): DiffPart[] {
	return diffWords(before, after).map(({ value, added, removed }) => ({
		text: value,
		...(added ? { change: 'inserted' as const } : removed ? { change: 'deleted' as const } : {}),
	}));
}

/**
 * The passages a version changed (`changes`, as its record keeps them), in the later version's
 * reading order, with their words: `earlier` and `later` map each version's passage ids to their text,
 * `order` is the later version's ids in reading order.
 */
export function versionDiff(
	changes: readonly PassageChange[],
	earlier: ReadonlyMap<string, string>,
	later: ReadonlyMap<string, string>,
	order: readonly string[],
): ChangedPassage[] {
	const text = (texts: ReadonlyMap<string, string>, id: string) => texts.get(id) ?? '';
	const changed = changes.map((change) => {
		const { id } = change;
		const at = (home: string, after = 0) => order.indexOf(home) + after;
		/** The passage's entry: what happened, which versions have it, its words, and where it stands in the later one. */
		const entry = (summary: string, inEarlier: boolean, inLater: boolean, parts: DiffPart[], position: number) => ({
			id,
			kind: change.kind,
			summary,
			inEarlier,
			inLater,
			parts,
			at: position,
		});
		const inserted: DiffPart[] = [{ text: text(later, id), change: 'inserted' }];
		switch (change.kind) {
			case 'edited':
				return entry(`${label(id)} reworded`, true, true, wordDiff(text(earlier, id), text(later, id)), at(id));
			case 'added':
				return entry(`${label(id)} added`, false, true, inserted, at(id));
			case 'split':
				return entry(`${label(id)} split from ${label(change.from)}, which keeps the first part`, false, true, inserted, at(id));
			case 'merged':
				return entry(`${label(id)} merged into ${label(change.into)}, where its address now leads`, true, false, [], at(change.into, 0.5));
			case 'removed':
				return entry(
					`${label(id)} removed; its address now leads to ${label(change.landsOn)}`,
					true,
					false,
					[{ text: text(earlier, id), change: 'deleted' }],
					at(change.landsOn, -0.5),
				);
		}
	});
	return changed.sort((a, b) => a.at - b.at).map(({ at: _, ...passage }) => passage);
}
