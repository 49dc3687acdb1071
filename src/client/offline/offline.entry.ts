/**
 * Registers the service worker (src/service-worker/sw.ts), which keeps the pages a reader opens
 * for offline reading, and the whole library when asked (in the reading settings). Registered once
 * the page has loaded and the browser is idle, so that it costs reading nothing; reading needs
 * none of it.
 */
import { offlinePaths } from '../../core/site/offline.ts';

/**
 * The base path, written out here rather than with lib/urls.ts: search and the settings load that
 * lazily, and sharing it with this file, which every page runs, would split it into a chunk of its
 * own, one more request on every page.
 */
const base = import.meta.env.BASE_URL.replace(/\/?$/, '/');

// The dev server has no worker to register: src/after-build/offline.ts writes it after a build.
if (import.meta.env.MODE !== 'development' && 'serviceWorker' in navigator) {
	const register = () =>
		void navigator.serviceWorker
			.register(base + offlinePaths.worker, { scope: base })
			.catch((error: unknown) => console.warn('Offline reading is not available:', error));
	const whenIdle = () => ('requestIdleCallback' in window ? requestIdleCallback(register, { timeout: 5000 }) : setTimeout(register, 1000));
	if (document.readyState === 'complete') whenIdle();
	else addEventListener('load', whenIdle, { once: true });
}
