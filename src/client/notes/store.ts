/**
 * Where a reader's notes are kept: this browser's IndexedDB, on their device only; nothing is
 * ever sent anywhere. Beside the notes, how each noted document is cited, so that the notes leave
 * with their citations offline too; and, in localStorage, which documents have notes, which a
 * document page reads as it loads (../passage-links/passage-link.entry.ts) to load the notes' code only where there are
 * notes to draw.
 */
import { type DBSchema, type IDBPDatabase, openDB } from 'idb';
import type { NotedDocument, ReaderNote } from '../../core/notes/note.ts';
import { noteCitationPath } from '../../core/site/paths.ts';
import { sitePath } from '../../core/site/urls.ts';

interface NotesDatabase extends DBSchema {
	notes: { key: string; value: ReaderNote; indexes: { document: string } };
	documents: { key: string; value: NotedDocument };
}

/** The localStorage key of the documents that have notes, a JSON list of ids; ../passage-links/passage-link.entry.ts reads it by this name. */
const NOTED_KEY = 'reader-notes:documents';

let opened: Promise<IDBPDatabase<NotesDatabase>> | undefined;
const database = () =>
	(opened ??= openDB<NotesDatabase>('reader-notes', 1, {
		upgrade(db) {
			db.createObjectStore('notes', { keyPath: 'id' }).createIndex('document', 'document');
			db.createObjectStore('documents', { keyPath: 'id' });
		},
	}));

export const allNotes = async (): Promise<ReaderNote[]> => (await database()).getAll('notes');

/** Keeps the list of documents with notes as the notes are; storage refused leaves it, and the notes load on a selection instead. */
async function updateNoted(): Promise<void> {
	const documents = [...new Set((await allNotes()).map(({ document }) => document))];
	try {
		localStorage.setItem(NOTED_KEY, JSON.stringify(documents));
	} catch {
		// Without localStorage, a page draws its notes once the reader selects something.
	}
}

export const notesOf = async (document: string): Promise<ReaderNote[]> => (await database()).getAllFromIndex('notes', 'document', document);

/** Keeps the notes, new or changed, in one transaction. */
export async function saveNotes(notes: readonly ReaderNote[]): Promise<void> {
	const transaction = (await database()).transaction('notes', 'readwrite');
	await Promise.all([...notes.map((note) => transaction.store.put(note)), transaction.done]);
	await updateNoted();
}

export async function deleteNote(id: string): Promise<void> {
	await (await database()).delete('notes', id);
	await updateNoted();
}

export const knownIds = async (): Promise<Set<string>> => new Set(await (await database()).getAllKeys('notes'));

export const storedDocument = async (id: string): Promise<NotedDocument | undefined> => (await database()).get('documents', id);

/**
 * How the document is cited, as kept with its notes; fetched from the site (or its offline copy)
 * and kept when there is none yet, or when the site has a newer version (`version`) than the one kept.
 */
export async function notedDocument(id: string, version = 0): Promise<NotedDocument | undefined> {
	const kept = await storedDocument(id);
	if (kept && kept.version >= version) return kept;
	try {
		const response = await fetch(sitePath(noteCitationPath(id)));
		if (!response.ok) throw new Error(`${response.status}`);
		const document = (await response.json()) as NotedDocument;
		await (await database()).put('documents', document);
		return document;
	} catch (error) {
		console.warn(`How to cite ${id} could not be fetched:`, error);
		return kept;
	}
}
