/**
 * The reader's settings in a dialog (see ./reader-settings.entry.ts, which loads this on the first press
 * of the header's button): a group of choices for each setting, applied and kept on the device as
 * soon as one is chosen. Esc or "Done" closes it, and the focus goes back to the button.
 */
import {
	readerSettings,
	readSettings,
	type SettingName,
	type Settings,
	settingAttribute,
	STORAGE_KEY,
} from '../../core/site/reader-settings.ts';
import dialogStylesheet from '../../styles/settings-dialog.css?url';
import { offlineSection } from '../offline/offline-library.ts';
import { el } from '../shared/dom.ts';
import { linkStylesheet } from '../shared/stylesheet.ts';

const names = Object.keys(readerSettings) as SettingName[];
const root = document.documentElement;

/** Sets the choices on the page and keeps them; a setting at its standard is neither. */
function keep(settings: Settings) {
	for (const name of names) {
		const choice = settings[name];
		if (choice === undefined) root.removeAttribute(settingAttribute(name));
		else root.setAttribute(settingAttribute(name), choice);
	}
	try {
		if (Object.keys(settings).length === 0) localStorage.removeItem(STORAGE_KEY);
		else localStorage.setItem(STORAGE_KEY, JSON.stringify(settings));
	} catch {
		// Storage refused (a private window, a full disk): the choices hold on this page only.
	}
}

/** A group of radio buttons for each setting, in a form that closes the dialog. */
function build(): HTMLDialogElement {
	const groups = names.map((name) => {
		const { label, choices } = readerSettings[name];
		return el(
			'fieldset',
			{},
			el('legend', { textContent: label }),
			...Object.entries(choices).map(([value, text]) => el('label', {}, el('input', { type: 'radio', name, value }), ` ${text}`)),
		);
	});
	const reset = el('button', { type: 'button', className: 'settings-reset', textContent: 'Standard settings' });
	const form = el(
		'form',
		{ method: 'dialog' },
		el('h2', { id: 'settings-title', textContent: 'Reading settings' }),
		el('p', {
			className: 'settings-note',
			textContent: 'Kept on this device, for every page of this site. Addresses and links do not change.',
		}),
		...groups,
		...[offlineSection()].filter((section) => section !== undefined),
		el('div', { className: 'settings-actions' }, reset, el('button', { textContent: 'Done' })),
	);
	const dialog = el('dialog', { className: 'site-dialog settings-dialog', attributes: { 'aria-labelledby': 'settings-title' } }, form);
	form.addEventListener('change', () => {
		const data = new FormData(form);
		keep(
			Object.fromEntries(
				names.map((name) => [name, data.get(name)]).filter(([name, choice]) => choice !== readerSettings[name as SettingName].standard),
			) as Settings,
		);
	});
	reset.addEventListener('click', () => {
		keep({});
		show(form);
	});
	document.body.append(dialog);
	return dialog;
}

/** Checks the choices now in force: those kept, else each setting's standard. */
function show(form: HTMLFormElement) {
	const settings = readSettings(localStorageItem());
	for (const name of names) {
		const choice = settings[name] ?? readerSettings[name].standard;
		for (const input of form.querySelectorAll<HTMLInputElement>(`input[name="${name}"]`)) input.checked = input.value === choice;
	}
}

function localStorageItem(): string | null {
	try {
		return localStorage.getItem(STORAGE_KEY);
	} catch {
		return null;
	}
}

let dialog: HTMLDialogElement | undefined;

export async function openSettings() {
	await linkStylesheet(dialogStylesheet);
	dialog ??= build();
	if (dialog.open) return;
	const form = dialog.querySelector('form')!;
	show(form);
	dialog.showModal();
	form.querySelector<HTMLInputElement>('input:checked')?.focus();
}
