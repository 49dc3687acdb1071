/**
 * The documents' ledgers of published passage addresses (src/core/passages/passage-ledger.ts), one JSON
 * file a document beside the documents' folder: `content/passages/<id>.json`. The build reads
 * each, and writes it back when the text's passages changed, like a lockfile: commit it with the
 * text it records. A ledger is written whole or not at all (a temporary file, then renamed): a
 * build stopped midway never leaves one cut short.
 */
import { existsSync } from 'node:fs';
import { mkdir, readdir, readFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { DOCUMENTS_DIR, PASSAGES_DIR } from 'astro:env/server';
import writeFileAtomic from 'write-file-atomic';
import type { Ledger, LedgerChange } from '../core/passages/passage-ledger.ts';
import { passageLedgerSchema } from '../schemas/passage-ledger.ts';

// Beside the documents' folder, wherever the tests or the benchmark put that.
export const ledgerDir = resolve(PASSAGES_DIR ?? join(dirname(resolve(DOCUMENTS_DIR)), 'passages'));

export const ledgerPath = (id: string): string => join(ledgerDir, `${id}.json`);

/** A document's ledger, or undefined for a document not yet published; a malformed one is a problem named by its file and field. */
export async function readLedger(id: string): Promise<{ ledger?: Ledger; problems: string[] }> {
	const path = ledgerPath(id);
	if (!existsSync(path)) return { problems: [] };
	let json: unknown;
	try {
		json = JSON.parse(await readFile(path, 'utf8'));
	} catch (error) {
		return { problems: [`${path}: not JSON: ${(error as Error).message}`] };
	}
	const parsed = passageLedgerSchema.safeParse(json);
	if (parsed.success) return { ledger: parsed.data, problems: [] };
	return { problems: parsed.error.issues.map((issue) => `${path}: ${issue.path.join('.') || '(the whole file)'}: ${issue.message}`) };
}

/** The ids of the documents that have a ledger. */
export async function ledgerIds(): Promise<string[]> {
	if (!existsSync(ledgerDir)) return [];
	return (await readdir(ledgerDir)).filter((file) => file.endsWith('.json')).map((file) => file.slice(0, -'.json'.length));
}

const byNumber = (a: string, b: string) => Number(a.slice(2)) - Number(b.slice(2));
/** The file's text: retired ids in order, so that the same ledger is always the same file. */
const serialize = ({ next, passages, retired }: Ledger) =>
	`${JSON.stringify({ next, passages, retired: Object.fromEntries(Object.entries(retired).sort(([a], [b]) => byNumber(a, b))) }, null, '\t')}\n`;

/** Writes a document's ledger when it differs from the one on disk; says whether it did. */
export async function writeLedger(id: string, ledger: Ledger, published: Ledger | undefined): Promise<boolean> {
	if (published && serialize(published) === serialize(ledger)) return false;
	await mkdir(ledgerDir, { recursive: true });
	await writeFileAtomic(ledgerPath(id), serialize(ledger));
	return true;
}

/** What happened to a document's addresses, in a line the build prints. */
export function describeChanges(id: string, changes: readonly LedgerChange[]): string {
	const said = changes.map((change) => {
		switch (change.kind) {
			case 'edited':
				return `${change.id} keeps its address, its words changed`;
			case 'added':
				return `${change.id} is new${change.after ? `, after ${change.after}` : ', at the start'}`;
			case 'split':
				return `${change.from} was split: it keeps the first part, ${change.id} is the rest`;
			case 'merged':
				return `${change.id} was merged into ${change.into}, where its address now lands`;
			case 'removed':
				return `${change.id} is gone: its address now lands on ${change.landsOn}, which took its place`;
		}
	});
	return `${id}: ${said.join('; ')}.`;
}
