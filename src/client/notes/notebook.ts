/**
 * The reader's notebook (src/pages/notes.astro): every highlight and note kept in this browser,
 * by document and passage, each with the words, the note, the date and a link that opens the
 * document at the words; filtered by document, searched by their words; exported, all or one
 * document's, as Markdown, Web Annotations, RIS or CSL-JSON, and Web Annotations imported back.
 * Everything here is read from and kept in this browser: it works offline.
 */
import { inReadingOrder, type NotedDocument, type ReaderNote } from '../../core/notes/note.ts';
import { documentPath } from '../../core/site/paths.ts';
import { sitePath } from '../../core/site/urls.ts';
import notesStylesheet from '../../styles/notes.css?url';
import { el } from '../shared/dom.ts';
import { linkStylesheet } from '../shared/stylesheet.ts';
import { editNote } from './editor.ts';
import { noteEntry } from './note-entry.ts';
import { allNotes, deleteNote, notedDocument, saveNotes, storedDocument } from './store.ts';
import { exportNotes, type NotesFormat, notesFormats } from './notes-files.ts';
import { noteAddress } from '../../core/notes/exports.ts';

const site = location.origin + sitePath();

/** The notebook's controls and its list, in `root`: the document filter and the search, the exports, the import, the counts. */
function notebookView(root: HTMLElement) {
	const filter = el('select', { id: 'notebook-document', name: 'document' });
	const search = el('input', { type: 'search', id: 'notebook-search', name: 'q', autocomplete: 'off' });
	const exportButtons = (Object.keys(notesFormats) as NotesFormat[]).map((format) =>
		el('button', { type: 'button', className: 'notebook-export', value: format }, notesFormats[format].name),
	);
	const exportLegend = el('legend', {}, 'Export the notes of all documents');
	const file = el('input', { type: 'file', id: 'notebook-import', accept: '.jsonld,.json,application/ld+json,application/json' });
	const status = { attributes: { role: 'status' } };
	const imported = el('p', { className: 'notebook-import-status', ...status });
	const count = el('p', { className: 'notebook-count', ...status });
	const undoStatus = el('p', { className: 'notebook-undo', ...status });
	const list = el('div', { className: 'notebook-list' });
	const find = el(
		'form',
		{ className: 'notebook-find', role: 'search' },
		el('p', {}, el('label', { htmlFor: filter.id }, 'Document'), filter),
		el('p', {}, el('label', { htmlFor: search.id }, 'Search your notes'), search),
	);
	find.addEventListener('submit', (event) => event.preventDefault());
	root.replaceChildren(
		find,
		el('fieldset', { className: 'notebook-exports' }, exportLegend, ...exportButtons),
		el(
			'p',
			{ className: 'notebook-import' },
			el('label', { htmlFor: file.id }, 'Import Web Annotations (JSON-LD), as this page exports them'),
			file,
		),
		imported,
		count,
		undoStatus,
		list,
	);
	return { filter, search, exportButtons, exportLegend, file, imported, count, undoStatus, list };
}

/** The notes on document `documentId` (on any, where it is empty) whose words or note hold every word of `query`, by document. */
function notesShown(notes: readonly ReaderNote[], documentId: string, query: string): Map<string, ReaderNote[]> {
	const words = query.trim().toLowerCase().split(/\s+/).filter(Boolean);
	const byDocument = new Map<string, ReaderNote[]>();
	for (const note of notes) {
		if (documentId && note.document !== documentId) continue;
		const haystack = `${note.quote.exact} ${note.note}`.toLowerCase();
		if (!words.every((word) => haystack.includes(word))) continue;
		byDocument.set(note.document, [...(byDocument.get(note.document) ?? []), note]);
	}
	return byDocument;
}

/** What the count says of `shown` notes of `all`. */
function countText(shown: number, all: number): string {
	if (all === 0) return 'You have no notes yet. Select words in a document to highlight them or to add a note.';
	return shown === all
		? `${shown} ${shown === 1 ? 'note or highlight' : 'notes and highlights'}.`
		: `${shown} of ${all} notes and highlights shown.`;
}

/** Each document's notes under its title, the documents in the order of their titles and the notes in reading order. */
function documentSections(
	groups: ReadonlyMap<string, ReaderNote[]>,
	titleOf: (id: string) => string,
	entryOf: (note: ReaderNote) => HTMLLIElement,
): HTMLElement[] {
	return [...groups]
		.sort(([a], [b]) => titleOf(a).localeCompare(titleOf(b)))
		.map(([id, group]) =>
			el(
				'section',
				{ className: 'notebook-document' },
				el('h2', {}, el('a', { href: sitePath(documentPath(id)) }, titleOf(id))),
				el('ol', { className: 'reader-notes-list' }, ...group.sort(inReadingOrder).map(entryOf)),
			),
		);
}

export async function startNotebook(root: HTMLElement): Promise<void> {
	await linkStylesheet(notesStylesheet);
	let notes: ReaderNote[] = [];
	const documents = new Map<string, NotedDocument | undefined>();
	const view = notebookView(root);
	const { filter, search, file } = view;
	const titleOf = (id: string) => documents.get(id)?.title ?? id;
	const notedIds = () => [...new Set(notes.map(({ document }) => document))];

	/** The documents whose notes an export holds: all, or the one chosen, each with all its notes. */
	const exported = () =>
		(filter.value ? [filter.value] : notedIds()).map((id) => ({
			id,
			document: documents.get(id),
			notes: notes.filter((note) => note.document === id).sort(inReadingOrder),
		}));

	function render() {
		const chosen = filter.value;
		filter.replaceChildren(
			el('option', { value: '' }, 'All documents'),
			...notedIds()
				.sort((a, b) => titleOf(a).localeCompare(titleOf(b)))
				.map((id) => el('option', { value: id, selected: id === chosen }, titleOf(id))),
		);
		view.exportLegend.textContent = filter.value ? `Export the notes of “${titleOf(filter.value)}”` : 'Export the notes of all documents';
		for (const button of view.exportButtons) button.disabled = notes.length === 0;
		const groups = notesShown(notes, filter.value, search.value);
		view.count.textContent = countText(
			[...groups.values()].reduce((sum, group) => sum + group.length, 0),
			notes.length,
		);
		view.list.replaceChildren(
			...documentSections(groups, titleOf, (note) =>
				noteEntry(note, { href: noteAddress(note, site), edit: () => void edit(note), remove: () => void remove(note) }),
			),
		);
	}

	async function load() {
		notes = await allNotes();
		for (const id of notedIds()) if (!documents.get(id)) documents.set(id, (await storedDocument(id)) ?? (await notedDocument(id)));
		render();
	}

	async function edit(note: ReaderNote) {
		const result = await editNote(note, false);
		if (result.action === 'delete') return remove(note);
		if (result.action !== 'save' || result.text === note.note) return;
		await saveNotes([{ ...note, note: result.text, modified: new Date().toISOString() }]);
		await load();
	}

	async function remove(note: ReaderNote) {
		await deleteNote(note.id);
		await load();
		const undo = el('button', { type: 'button' }, 'Undo');
		undo.addEventListener('click', async () => {
			await saveNotes([note]);
			view.undoStatus.textContent = 'Restored.';
			await load();
		});
		view.undoStatus.replaceChildren(`Deleted the ${note.note ? 'note' : 'highlight'} on “${note.quote.exact.slice(0, 60)}”. `, undo);
		undo.focus();
	}

	for (const button of view.exportButtons)
		button.addEventListener('click', async () => {
			const format = button.value as NotesFormat;
			const problem = await exportNotes(format, exported(), site, filter.value ? `notes-${filter.value}` : 'notes');
			if (problem) view.imported.textContent = problem;
		});
	filter.addEventListener('change', render);
	search.addEventListener('input', render);
	file.addEventListener('change', async () => {
		const [chosen] = file.files ?? [];
		if (!chosen) return;
		// Loaded when used: its validation is most of its weight.
		const { importAnnotations } = await import('./notes-import.ts');
		view.imported.textContent = await importAnnotations(await chosen.text(), site);
		file.value = '';
		await load();
	});
	await load();
}
