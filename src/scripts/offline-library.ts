/**
 * "Offline", in the reading settings (./settings-panel.ts): what is kept on this device, and the
 * control to keep the whole library, search included, with its size, or to remove it. The service
 * worker (src/service-worker/sw.ts) does the keeping and says how far it is.
 */
import { type OfflineRequest, type OfflineStatus, type OfflineSummary, offlinePaths } from '../lib/offline';

const megabytes = (bytes: number) => `${(bytes / 1e6).toFixed(1)} MB`;
const dateTime = (iso: string) => new Date(iso).toLocaleString('en-GB', { dateStyle: 'long', timeStyle: 'short' });

/** The offline section of the settings; undefined where the browser has no service workers. */
export function offlineSection(): HTMLElement | undefined {
	if (!('serviceWorker' in navigator)) return undefined;
	const section = Object.assign(document.createElement('section'), { className: 'settings-offline' });
	section.setAttribute('aria-labelledby', 'offline-title');
	const heading = Object.assign(document.createElement('h3'), { id: 'offline-title', textContent: 'Offline' });
	const state = Object.assign(document.createElement('p'), {
		className: 'offline-state',
		textContent: 'The pages you open are kept as you read them, to read again offline.',
	});
	state.setAttribute('role', 'status');
	const keep = Object.assign(document.createElement('button'), {
		type: 'button',
		className: 'offline-keep',
		textContent: 'Keep the library for offline reading',
	});
	const forget = Object.assign(document.createElement('button'), {
		type: 'button',
		className: 'offline-forget',
		textContent: 'Remove the stored library',
		hidden: true,
	});
	section.append(heading, state, keep, forget);

	let summary: OfflineSummary | undefined;
	const ask = async (request: OfflineRequest) => (await navigator.serviceWorker.ready).active?.postMessage(request);
	const show = (status: OfflineStatus) => {
		if (status.type === 'progress') {
			state.textContent = `Keeping the library: ${status.done} of ${status.total} files…`;
			keep.disabled = true;
		} else if (status.type === 'failed') {
			state.textContent = `The library could not be kept (${status.reason}). Try again once you are online.`;
			keep.disabled = false;
		} else if (status.kept) {
			const current = !summary || status.build === summary.build;
			state.textContent = `The whole library is kept on this device, search included: ${status.files} files, stored ${dateTime(status.when)}${current ? '' : ', and being brought up to date with the site'}.`;
			keep.hidden = true;
			forget.hidden = false;
		} else {
			keep.hidden = false;
			keep.disabled = false;
			forget.hidden = true;
		}
	};
	navigator.serviceWorker.addEventListener('message', (event: MessageEvent<OfflineStatus>) => show(event.data));
	keep.addEventListener('click', () => {
		keep.disabled = true;
		state.textContent = 'Keeping the library…';
		void ask({ type: 'keep' });
	});
	forget.addEventListener('click', () => void ask({ type: 'forget' }));
	// The worker's scope is the site's base address.
	void navigator.serviceWorker.ready
		.then(({ scope }) => fetch(new URL(offlinePaths.summary, scope)))
		.then((response) => response.json() as Promise<OfflineSummary>)
		.then((read) => {
			summary = read;
			keep.textContent = `Keep the library for offline reading (${megabytes(read.bytes)})`;
		})
		.catch(() => undefined);
	void ask({ type: 'status' });
	return section;
}
