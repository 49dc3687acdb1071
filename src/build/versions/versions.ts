/**
 * Versions of a document. Every text the site has published stays readable at its own address:
 * the first is version 1; an edit of the words, described by the editors in the document's
 * `revision:`, makes the next. Pure: src/data/versions.ts reads and writes the records.
 */
import { createHash } from 'node:crypto';
import type { LedgerChange } from '../../core/passages/passage-ledger.ts';
import { passageLabel } from '../../core/passages/passages.ts';
import type { PassageChange, VersionFacts } from '../../schemas/version.ts';

/** A recorded version: its facts and its text as published, from its file. */
export interface VersionRecord extends VersionFacts {
	/** The file that records it. */
	path: string;
	/** The Markdown of the text as published. */
	body: string;
	/** The lines of its file above `body`, so that a problem names the file's own line. */
	linesAboveText: number;
}

/** What a version's record holds: its facts and its text. */
export type NewVersion = VersionFacts & { body: string };

/** A text with its white space folded: rewrapping lines changes no words. */
const folded = (body: string): string => body.replace(/\s+/g, ' ').trim();

/** The digest a record keeps of its text, to tell when the text was altered. */
export const textDigest = (body: string): string => `sha256:${createHash('sha256').update(folded(body)).digest('hex')}`;

/** Whether two texts are the same words, however their lines are wrapped. */
export const sameText = (a: string, b: string): boolean => folded(a) === folded(b);

/** The document's text as this build reads it, with what the passage ledger made of it. */
export interface CurrentText {
	/** The document's file, for the problems. */
	filePath: string;
	body: string;
	/** The editors' description of its latest change, from the frontmatter. */
	revision: string | undefined;
	/** Its passages' ids, in reading order. */
	ids: readonly string[];
	/** What its passages' addresses went through since the ledger was written. */
	changes: readonly LedgerChange[];
	/** Today, `YYYY-MM-DD`: the date a version published now is given. */
	today: string;
}

const quote = (text: string) => `“${text}”`;

/** A change of passages, as the problem that asks for a revision note names it. */
function changeSummary(changes: readonly PassageChange[]): string {
	if (changes.length === 0) return 'no paragraph’s words changed, but its notes, headings or marks did';
	const label = (id: string) => passageLabel(id) ?? id;
	return changes
		.map((change) => {
			switch (change.kind) {
				case 'edited':
					return `${label(change.id)} reworded`;
				case 'added':
					return `${label(change.id)} added`;
				case 'split':
					return `${label(change.from)} split (${label(change.id)} is its second part)`;
				case 'merged':
					return `${label(change.id)} merged into ${label(change.into)}`;
				case 'removed':
					return `${label(change.id)} removed`;
			}
		})
		.join(', ');
}

/** A change of the ledger as a version's record keeps it: only the fields it has. */
const recordedChange = (change: LedgerChange): PassageChange =>
	change.kind === 'added' && change.after === undefined ? { kind: 'added', id: change.id } : (change as PassageChange);

/**
 * What this build publishes of a document against its recorded versions: nothing new when the
 * words are those of the latest; version 1 for a document never recorded; the next version when the
 * words changed and `revision:` describes the change. Otherwise problems that say what to write.
 */
export function nextVersion(records: readonly VersionRecord[], text: CurrentText): { version?: NewVersion; problems: string[] } {
	const { filePath, body, revision, ids, today } = text;
	const changes = text.changes.map(recordedChange);
	const facts = { date: today, digest: textDigest(body), passages: [...ids], changes };
	const latest = records.at(-1);
	if (!latest) {
		if (revision !== undefined) {
			return {
				problems: [
					`${filePath}: revision: there is no published version to revise: the text is published as version 1, which needs no note; remove the field.`,
				],
			};
		}
		return { version: { version: 1, ...facts, changes: [], body }, problems: [] };
	}
	const was = `version ${latest.version}, published ${latest.date}${latest.revision ? ` (${quote(latest.revision)})` : ''}`;
	if (sameText(body, latest.body)) {
		if (revision === latest.revision) return { problems: [] };
		return {
			problems: [
				`${filePath}: revision: ${revision === undefined ? 'missing' : quote(revision)}, but the text is that of ${was}: ${
					latest.revision ? `write back ${quote(latest.revision)}` : 'remove the field'
				}, or change the words it describes.`,
			],
		};
	}
	if (revision === undefined || revision === latest.revision) {
		return {
			problems: [
				`${filePath}: its text is no longer that of ${was}: ${changeSummary(changes)}. To publish it as version ${latest.version + 1}, say what changed in its frontmatter, e.g.\n  revision: "Restored the paragraph on the famine from the printed page."`,
			],
		};
	}
	const { date, ...rest } = facts;
	return { version: { version: latest.version + 1, date, revision, ...rest, body }, problems: [] };
}

/** How a later version changed a passage. */
export interface LaterChange {
	/** The first version after the one read that changed it. */
	version: number;
	kind: 'reworded' | 'added' | 'merged' | 'removed';
}

/**
 * The passages that versions after `after` changed, each with the first of them that did: what a
 * link made when version `after` was current no longer finds as it was.
 */
export function changesAfter(records: readonly VersionFacts[], after: number): Map<string, LaterChange> {
	const changed = new Map<string, LaterChange>();
	const note = (id: string, version: number, kind: LaterChange['kind']) => {
		if (!changed.has(id)) changed.set(id, { version, kind });
	};
	for (const { version, changes } of records.filter((record) => record.version > after)) {
		for (const change of changes) {
			if (change.kind === 'edited') note(change.id, version, 'reworded');
			else if (change.kind === 'added' || change.kind === 'split') note(change.id, version, 'added');
			else note(change.id, version, change.kind);
		}
	}
	return changed;
}
