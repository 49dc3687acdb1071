/**
 * The page's list of the reader's notes, after the text: for a keyboard and a screen reader, and
 * for print (where the reader chooses whether it is printed), with a status line that says what
 * was just done. Hidden while there is nothing to list or say.
 */
import { notesPath } from '../../core/site/paths.ts';
import { sitePath } from '../../core/site/urls.ts';
import { el } from '../shared/dom.ts';

export interface NotesSection {
	/** Lists `entries`, or says there are none. */
	list(entries: readonly HTMLLIElement[]): void;
	/** Says what was done, with any control that goes with it (an "Undo"). */
	say(message: string, ...more: Node[]): void;
}

/** Puts the section after `text` and the passage controls, which a keyboard reaches from the passage first. */
export function notesSection(text: HTMLElement): NotesSection {
	const heading = el('h2', { id: 'reader-notes-title' }, 'Your notes on this text');
	const list = el('ol', { className: 'reader-notes-list' });
	const status = el('p', { className: 'reader-notes-status', attributes: { role: 'status' } });
	const printed = el('input', { type: 'checkbox', checked: true, id: 'reader-notes-print' });
	const section = el(
		'section',
		{ className: 'reader-notes is-printed', attributes: { 'aria-labelledby': heading.id } },
		heading,
		el(
			'p',
			{ className: 'reader-notes-privacy' },
			'Kept in this browser only, never sent anywhere. All your notes, to search and to export with their citations, are in ',
			el('a', { href: sitePath(notesPath) }, 'your notebook'),
			'.',
		),
		el('p', {}, printed, ' ', el('label', { htmlFor: printed.id }, 'Print them with the text')),
		list,
		status,
	);
	printed.addEventListener('change', () => section.classList.toggle('is-printed', printed.checked));
	const controls = text.nextElementSibling?.classList.contains('passage-controls') ? text.nextElementSibling : text;
	controls.after(section);
	return {
		list(entries) {
			list.replaceChildren(...entries);
			section.hidden = entries.length === 0 && status.textContent === '';
			if (entries.length === 0) list.replaceChildren(el('li', {}, 'No notes on this text.'));
		},
		say(message, ...more) {
			status.replaceChildren(message, ...more);
			section.hidden = false;
		},
	};
}
