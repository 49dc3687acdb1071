/**
 * The small dialog in which a reader writes or changes a note: the words it is on, a labelled
 * field, and Save, Delete (for a note that exists) and Cancel. Modal, so that the keyboard stays in
 * it; Esc cancels, and the focus goes back to where it was.
 */
import type { ReaderNote } from '../../core/notes/note.ts';
import { el } from '../shared/dom.ts';
import { placeOf } from './note-entry.ts';

export type EditorResult = { action: 'save'; text: string } | { action: 'delete' } | { action: 'cancel' };

/** Asks for the note's words; `isNew` for a note not yet kept, which has nothing to delete. */
export function editNote(note: ReaderNote, isNew: boolean): Promise<EditorResult> {
	const title = el('h2', { id: 'note-editor-title' }, `${isNew ? 'New note' : 'Your note'} on ${placeOf(note)}`);
	const field = el('textarea', { id: 'note-editor-text', name: 'note', rows: 5, value: note.note });
	const label = el('label', { htmlFor: 'note-editor-text' }, 'Your note');
	const save = el('button', { type: 'submit', value: 'save', className: 'note-editor-save' }, 'Save');
	const remove = el('button', { type: 'submit', value: 'delete', className: 'note-editor-delete' }, 'Delete');
	const cancel = el('button', { type: 'submit', value: 'cancel', className: 'note-editor-cancel', formNoValidate: true }, 'Cancel');
	const form = el(
		'form',
		{ method: 'dialog' },
		title,
		el('blockquote', { className: 'note-editor-quote' }, el('p', {}, note.quote.exact)),
		label,
		field,
		el('p', { className: 'note-editor-buttons' }, save, ...(isNew ? [] : [remove]), cancel),
	);
	const dialog = el('dialog', { className: 'note-editor' }, form);
	dialog.setAttribute('aria-labelledby', title.id);
	document.body.append(dialog);
	return new Promise((resolve) => {
		dialog.addEventListener(
			'close',
			() => {
				const action = dialog.returnValue;
				dialog.remove();
				resolve(action === 'save' ? { action, text: field.value.trim() } : action === 'delete' ? { action } : { action: 'cancel' });
			},
			{ once: true },
		);
		dialog.showModal();
		field.focus();
	});
}
