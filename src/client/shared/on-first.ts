/**
 * Loads an enhancement the first time a reader does what it answers, so that a page's first load
 * carries only this: `start` runs once, on the first of `events` on `target` that `wanted`
 * accepts, and is handed that event, to answer as if it had been listening from the start.
 */
export function onFirst(target: EventTarget, events: readonly string[], wanted: (event: Event) => boolean, start: (event: Event) => void) {
	const listener = (event: Event) => {
		if (!wanted(event)) return;
		for (const type of events) target.removeEventListener(type, listener);
		start(event);
	};
	for (const type of events) target.addEventListener(type, listener);
}
