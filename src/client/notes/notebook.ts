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

export async function startNotebook(root: HTMLElement): Promise<void> {
	await linkStylesheet(notesStylesheet);
	let notes: ReaderNote[] = [];
	const documents = new Map<string, NotedDocument | undefined>();

	const filter = el('select', { id: 'notebook-document', name: 'document' });
	const search = el('input', { type: 'search', id: 'notebook-search', name: 'q', autocomplete: 'off' });
	const count = el('p', { className: 'notebook-count' });
	count.setAttribute('role', 'status');
	const list = el('div', { className: 'notebook-list' });
	const exportButtons = (Object.keys(notesFormats) as NotesFormat[]).map((format) => {
		const button = el('button', { type: 'button', className: 'notebook-export', value: format }, notesFormats[format].name);
		button.addEventListener('click', async () => {
			const problem = await exportNotes(format, shownDocuments(), site, filter.value ? `notes-${filter.value}` : 'notes');
			if (problem) imported.textContent = problem;
		});
		return button;
	});
	const exportLegend = el('legend', {}, 'Export the notes of all documents');
	const file = el('input', { type: 'file', id: 'notebook-import', accept: '.jsonld,.json,application/ld+json,application/json' });
	const imported = el('p', { className: 'notebook-import-status' });
	imported.setAttribute('role', 'status');
	const undoStatus = el('p', { className: 'notebook-undo' });
	undoStatus.setAttribute('role', 'status');

	root.replaceChildren(
		el(
			'form',
			{ className: 'notebook-find', role: 'search' },
			el('p', {}, el('label', { htmlFor: filter.id }, 'Document'), filter),
			el('p', {}, el('label', { htmlFor: search.id }, 'Search your notes'), search),
		),
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
	root.querySelector('form')!.addEventListener('submit', (event) => event.preventDefault());

	const titleOf = (id: string) => documents.get(id)?.title ?? id;

	/** The notes the filter and the search let through, by document. */
	function shown(): Map<string, ReaderNote[]> {
		const words = search.value.trim().toLowerCase().split(/\s+/).filter(Boolean);
		const byDocument = new Map<string, ReaderNote[]>();
		for (const note of notes) {
			if (filter.value && note.document !== filter.value) continue;
			const haystack = `${note.quote.exact} ${note.note}`.toLowerCase();
			if (!words.every((word) => haystack.includes(word))) continue;
			byDocument.set(note.document, [...(byDocument.get(note.document) ?? []), note]);
		}
		return byDocument;
	}

	/** The documents whose notes an export holds: all, or the one chosen, each with all its notes. */
	function shownDocuments() {
		const ids = filter.value ? [filter.value] : [...new Set(notes.map(({ document }) => document))];
		return ids.map((id) => ({ id, document: documents.get(id), notes: notes.filter((note) => note.document === id).sort(inReadingOrder) }));
	}

	function render() {
		const chosen = filter.value;
		filter.replaceChildren(
			el('option', { value: '' }, 'All documents'),
			...[...new Set(notes.map(({ document }) => document))]
				.sort((a, b) => titleOf(a).localeCompare(titleOf(b)))
				.map((id) => el('option', { value: id, selected: id === chosen }, titleOf(id))),
		);
		exportLegend.textContent = filter.value ? `Export the notes of “${titleOf(filter.value)}”` : 'Export the notes of all documents';
		for (const button of exportButtons) button.disabled = notes.length === 0;
		const groups = shown();
		const total = [...groups.values()].reduce((sum, group) => sum + group.length, 0);
		count.textContent =
			notes.length === 0
				? 'You have no notes yet. Select words in a document to highlight them or to add a note.'
				: total === notes.length
					? `${total} ${total === 1 ? 'note or highlight' : 'notes and highlights'}.`
					: `${total} of ${notes.length} notes and highlights shown.`;
		list.replaceChildren(
			...[...groups]
				.sort(([a], [b]) => titleOf(a).localeCompare(titleOf(b)))
				.map(([id, group]) =>
					el(
						'section',
						{ className: 'notebook-document' },
						el('h2', {}, el('a', { href: sitePath(documentPath(id)) }, titleOf(id))),
						el(
							'ol',
							{ className: 'reader-notes-list' },
							...group
								.sort(inReadingOrder)
								.map((note) =>
									noteEntry(note, { href: noteAddress(note, site), edit: () => void edit(note), remove: () => void remove(note) }),
								),
						),
					),
				),
		);
	}

	async function load() {
		notes = await allNotes();
		for (const id of new Set(notes.map(({ document }) => document)))
			if (!documents.get(id)) documents.set(id, (await storedDocument(id)) ?? (await notedDocument(id)));
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
			undoStatus.textContent = 'Restored.';
			await load();
		});
		undoStatus.replaceChildren(`Deleted the ${note.note ? 'note' : 'highlight'} on “${note.quote.exact.slice(0, 60)}”. `, undo);
		undo.focus();
	}

	filter.addEventListener('change', render);
	search.addEventListener('input', render);
	file.addEventListener('change', async () => {
		const [chosen] = file.files ?? [];
		if (!chosen) return;
		// Loaded when used: its validation is most of its weight.
		const { importAnnotations } = await import('./notes-import.ts');
		imported.textContent = await importAnnotations(await chosen.text(), site);
		file.value = '';
		await load();
	});
	await load();
}
