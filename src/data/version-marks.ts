/**
 * The marks a document's pages carry on the passages later versions changed (src/core/passages/change-marks.ts):
 * on the current page, against version 1, which a link without a version cites; on an earlier
 * version's page, against that version.
 */
import type { MarkLink, PassageMark } from '../core/passages/change-marks.ts';
import { formatDate } from '../core/site/format.ts';
import { documentPath, versionChangeId, versionPath, versionsPath } from '../core/site/paths.ts';
import { passageLabel } from '../core/passages/passages.ts';
import { sitePath } from '../core/site/urls.ts';
import { changesAfter, type LaterChange } from '../build/versions/versions.ts';
import type { VersionFacts } from '../schemas/version.ts';
import type { DocumentVersions } from './corpus.ts';

/** A version's day as the pages write it: "3 December 2026". */
export const versionDay = (iso: string): string => {
	const [year, month, day] = iso.split('-').map(Number) as [number, number, number];
	return formatDate({ iso, year, month, day });
};

const label = (id: string) => passageLabel(id) ?? id;
const verbs: Record<LaterChange['kind'], string> = {
	reworded: 'reworded',
	added: 'added',
	merged: 'merged into another passage',
	removed: 'removed',
};
const labels: Record<LaterChange['kind'], string> = { reworded: 'Reworded', added: 'Added', merged: 'Merged', removed: 'Removed' };

/** The version that took a passage out of the text, if one did. */
const removedIn = (list: readonly VersionFacts[], id: string) =>
	list.find(({ changes }) => changes.some((change) => change.id === id && (change.kind === 'removed' || change.kind === 'merged')));

/**
 * The current page's marks: each passage changed since version 1, and each address of version 1
 * that a later version retired, at the anchor where it now leads.
 */
export function currentPageMarks(id: string, { list, current }: DocumentVersions): PassageMark[] {
	if (current === 1) return [];
	const first = list[0]!;
	const present = new Set(list.at(-1)!.passages);
	const changesHref = (version: number, passage: string) => `${sitePath(versionsPath(id))}#${versionChangeId(version, passage)}`;
	const inFirst = (passage: string): MarkLink => ({
		href: `${sitePath(versionPath(id, 1))}#${passage}`,
		text: `${label(passage)} in version 1`,
	});
	const cites = `version 1 (${versionDay(first.date)}), which a link to this page without a version cites`;
	return [...changesAfter(list, 1)].map(([passage, { version, kind }]): PassageMark => {
		const href = changesHref(version, passage);
		const whatChanged = { href, text: 'What changed' };
		if (!present.has(passage)) {
			const gone = removedIn(list, passage);
			return {
				id: passage,
				href,
				notice: `${label(passage)} of ${cites}, is no longer in the text${gone ? `: version ${gone.version} ${gone.changes.some((change) => change.id === passage && change.kind === 'merged') ? 'merged it into this passage' : 'removed it, and its address leads here'}` : ''}.`,
				links: [inFirst(passage), whatChanged],
			};
		}
		if (kind === 'added') {
			return {
				id: passage,
				label: `${labels[kind]} in version ${version}`,
				href,
				notice: `${label(passage)} is not in ${cites}: version ${version} added it.`,
				links: [whatChanged],
			};
		}
		return {
			id: passage,
			label: `${labels[kind]} in version ${version}`,
			href,
			notice: `${label(passage)} has changed since ${cites}: version ${version} ${verbs[kind]} it.`,
			links: [...(list[0]!.passages.includes(passage) ? [inFirst(passage)] : []), whatChanged],
		};
	});
}

/** An earlier version's marks: each of its passages that a later version changed. */
export function earlierPageMarks(id: string, { list }: DocumentVersions, number: number): PassageMark[] {
	const version = list[number - 1]!;
	const changes = changesAfter(list, number);
	return version.passages
		.filter((passage) => changes.has(passage))
		.map((passage) => {
			const { version: later, kind } = changes.get(passage)!;
			const href = `${sitePath(versionsPath(id))}#${versionChangeId(later, passage)}`;
			return {
				id: passage,
				label: `${labels[kind]} in version ${later}`,
				href,
				notice: `This is ${label(passage)} as version ${number} published it (${versionDay(version.date)}); version ${later} ${verbs[kind]} it.`,
				links: [
					{
						href: `${sitePath(documentPath(id))}#${passage}`,
						text: kind === 'reworded' ? `${label(passage)} now` : 'Where its address leads now',
					},
					{ href, text: 'What changed' },
				],
			};
		});
}
