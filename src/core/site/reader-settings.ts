/**
 * The reader's settings: what each one is called, its choices, and how it is kept. A setting left
 * at its default is not stored, and then the page follows what the system states
 * (`prefers-reduced-motion`, `prefers-contrast`, `prefers-color-scheme`) or the site's own style.
 * Each stored choice is set on the root element as `data-reader-<setting>`, which the stylesheet
 * (src/styles/settings.css) and the previews read, before the first paint (`settingsBoot`).
 */

export const readerSettings = {
	size: { label: 'Text size', choices: { s: 'Smaller', m: 'Standard', l: 'Larger', xl: 'Largest' }, standard: 'm' },
	spacing: { label: 'Line spacing', choices: { tight: 'Closer', normal: 'Standard', loose: 'Wider' }, standard: 'normal' },
	font: { label: 'Typeface', choices: { serif: 'Serif', sans: 'Sans-serif' }, standard: 'serif' },
	previews: { label: 'Previews of notes and topics', choices: { on: 'Shown', off: 'Not shown' }, standard: 'on' },
	notes: { label: 'Notes', choices: { margin: 'In the margin, where there is room', end: 'At the end only' }, standard: 'margin' },
	motion: { label: 'Motion', choices: { system: 'As the system sets it', reduce: 'Reduced' }, standard: 'system' },
	contrast: { label: 'Contrast', choices: { system: 'As the system sets it', more: 'More' }, standard: 'system' },
} as const;

export type SettingName = keyof typeof readerSettings;
export type Settings = { [Name in SettingName]?: keyof (typeof readerSettings)[Name]['choices'] };

/** Where the settings are kept on the device. */
export const STORAGE_KEY = 'reader-settings';

/** The settings stored, less anything that is no setting or no choice of it (an older or damaged entry). */
export function readSettings(stored: string | null): Settings {
	let parsed: unknown;
	try {
		parsed = JSON.parse(stored ?? '{}');
	} catch {
		return {};
	}
	if (typeof parsed !== 'object' || parsed === null) return {};
	return Object.fromEntries(
		Object.entries(parsed).filter(
			([name, choice]) => Object.hasOwn(readerSettings, name) && Object.hasOwn(readerSettings[name as SettingName].choices, String(choice)),
		),
	) as Settings;
}

/** The attribute on the root element that carries a setting's choice. */
export const settingAttribute = (name: SettingName): string => `data-reader-${name}`;

/**
 * The script inlined at the top of every page, which sets the stored choices before the first
 * paint (so no page shows the standard settings first), and `data-js`, which shows the settings'
 * button. Self-contained and fixed, since the CSP allows it by its hash (src/build/security.ts).
 * Only names and choices of lower-case letters pass: the rest of the check is `readSettings`, when
 * the settings are opened.
 */
export const settingsBoot = `(function(){var r=document.documentElement;r.setAttribute("data-js","");try{var s=JSON.parse(localStorage.getItem(${JSON.stringify(STORAGE_KEY)})||"{}");for(var k in s)if(/^[a-z]+$/.test(k)&&/^[a-z]+$/.test(s[k]))r.setAttribute("data-reader-"+k,s[k])}catch(e){}})()`;
