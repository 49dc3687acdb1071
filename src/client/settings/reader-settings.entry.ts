/**
 * The header's "Reading settings" button, which the stylesheet shows where scripts run: the
 * settings' dialog (./settings-panel.ts) loads on its first press. The choices a reader made are
 * already on the page, set before the first paint (`settingsBoot`, src/core/site/reader-settings.ts).
 */
const button = document.querySelector<HTMLButtonElement>('.settings-button');

button?.addEventListener(
	'click',
	() =>
		void import('./settings-panel.ts')
			.then((panel) => panel.openSettings())
			.catch((error: unknown) => {
				// Offline, on a page whose dialog was never loaded, say so where the reader looks.
				button.textContent = 'Reading settings could not load';
				console.warn(error);
			}),
);
