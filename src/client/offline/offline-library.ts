/**
 * "Offline", in the reading settings (../settings/settings-panel.ts): what is kept on this device, and the
 * control to keep the whole library, search included, with its size, or to remove it. The service
 * worker (src/service-worker/sw.ts) does the keeping and says how far it is: a progress bar shows
 * that, and the status line says only where it starts, ends or fails, so that a screen reader is
 * not told of every file.
 */
import { type OfflineRequest, type OfflineStatus, type OfflineSummary, offlinePaths } from '../../core/site/offline.ts';
import { el } from '../shared/dom.ts';

const megabytes = (bytes: number) => `${(bytes / 1e6).toFixed(1)} MB`;
const dateTime = (iso: string) => new Date(iso).toLocaleString('en-GB', { dateStyle: 'long', timeStyle: 'short' });

const notKept = 'The pages you open are kept as you read them, to read again offline.';

/** The section's markup: a heading, the state of the kept library, a progress bar, and the control to keep or to remove it. */
function offlineView() {
	const labelled = { 'aria-labelledby': 'offline-title' };
	const state = el('p', { className: 'offline-state', attributes: { role: 'status' } }, notKept);
	const progress = el('progress', { className: 'offline-progress', hidden: true, attributes: labelled });
	const keep = el('button', { type: 'button', className: 'offline-keep' }, 'Keep the library for offline reading');
	const forget = el('button', { type: 'button', className: 'offline-forget', hidden: true }, 'Remove the stored library');
	const section = el(
		'section',
		{ className: 'settings-offline', attributes: labelled },
		el('h3', { id: 'offline-title' }, 'Offline'),
		state,
		progress,
		keep,
		forget,
	);
	return { section, state, progress, keep, forget };
}

/** What the status line says once the worker has kept, removed or failed to keep the library. */
function finishedText(status: Exclude<OfflineStatus, { type: 'progress' }>, summary: OfflineSummary | undefined): string {
	if (status.type === 'failed') return `The library could not be kept (${status.reason}). Try again once you are online.`;
	if (!status.kept) return notKept;
	const current = !summary || status.build === summary.build;
	return `The whole library is kept on this device, search included: ${status.files} files, stored ${dateTime(status.when)}${current ? '' : ', and being brought up to date with the site'}.`;
}

/** The size of the whole library, from the offline copy's summary, which the worker's scope (the site's base address) holds. */
async function readSummary(): Promise<OfflineSummary | undefined> {
	const registration = await navigator.serviceWorker.getRegistration();
	const response = registration ? await fetch(new URL(offlinePaths.summary, registration.scope)) : undefined;
	return (await response?.json()) as OfflineSummary | undefined;
}

/** The offline section of the settings; undefined where the browser has no service workers. */
export function offlineSection(): HTMLElement | undefined {
	if (!('serviceWorker' in navigator)) return undefined;
	const { section, state, progress, keep, forget } = offlineView();
	let summary: OfflineSummary | undefined;
	let busy = false;
	/** Shows `shown` of the two buttons, with the focus on it if the other one had it. */
	const offer = (shown: HTMLButtonElement) => {
		const other = shown === keep ? forget : keep;
		const hadFocus = document.activeElement === other;
		other.hidden = true;
		shown.hidden = false;
		if (hadFocus) shown.focus();
	};
	const setBusy = (now: boolean) => {
		busy = now;
		keep.setAttribute('aria-disabled', String(now));
		progress.hidden = !now;
	};
	const show = (status: OfflineStatus) => {
		if (status.type === 'progress') {
			if (!busy) state.textContent = 'Keeping the library…';
			setBusy(true);
			Object.assign(progress, { max: status.total, value: status.done });
			return;
		}
		setBusy(false);
		state.textContent = finishedText(status, summary);
		if (status.type !== 'failed') offer(status.kept ? forget : keep);
	};
	/** Asks the service worker; where none runs (blocked, a private window), a request to keep or remove says so. */
	const ask = async (request: OfflineRequest) => {
		const worker = (await navigator.serviceWorker.getRegistration())?.active;
		if (worker) worker.postMessage(request);
		else if (request.type !== 'status') show({ type: 'failed', reason: 'this browser window does not let the site store it' });
	};
	navigator.serviceWorker.addEventListener('message', (event: MessageEvent<OfflineStatus>) => show(event.data));
	keep.addEventListener('click', () => {
		if (busy) return;
		state.textContent = 'Keeping the library…';
		setBusy(true);
		void ask({ type: 'keep' });
	});
	forget.addEventListener('click', () => void ask({ type: 'forget' }));
	void readSummary()
		.then((read) => {
			if (!read) return;
			summary = read;
			keep.textContent = `Keep the library for offline reading (${megabytes(read.bytes)})`;
		})
		.catch((error: unknown) => console.warn('The offline copy’s size could not be read:', error));
	void ask({ type: 'status' });
	return section;
}
