/**
 * The notebook's import of Web Annotations (./notes-files.ts exports them): each annotation of a
 * text of this site is kept as a note, but for those this browser has already (by their ids), so
 * that importing a file twice, or into the browser that made it, adds nothing twice.
 */
import { notePlace, notesFromAnnotations } from '../../core/notes/annotation-import.ts';
import { knownIds, notedDocument, saveNotes } from './store.ts';

/** Imports the file's annotations; says what it brought and what it could not read. */
export async function importAnnotations(text: string, site: string): Promise<string> {
	let json: unknown;
	try {
		json = JSON.parse(text);
	} catch {
		return 'Nothing was imported: the file is not JSON-LD (JSON).';
	}
	const { notes, problems } = notesFromAnnotations(json, (source) => notePlace(source, site), new Date().toISOString());
	const known = await knownIds();
	const fresh = notes.filter(({ id }) => !known.has(id));
	await saveNotes(fresh);
	for (const id of new Set(fresh.map(({ document }) => document))) await notedDocument(id);
	const plural = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`;
	return [
		`Imported ${plural(fresh.length, 'note or highlight', 'notes and highlights')}`,
		notes.length > fresh.length ? `; ${plural(notes.length - fresh.length, 'was', 'were')} here already` : '',
		'.',
		...problems.map((problem) => ` ${problem}`),
	].join('');
}
