/** The bench's seeded randomness: the same seed gives the same libraries on every run. */

/** mulberry32: a tiny, well-mixed 32-bit PRNG; plenty for shuffling test data. */
function mulberry32(seed: number): () => number {
	let state = seed >>> 0;
	return () => {
		state = (state + 0x6d2b79f5) >>> 0;
		let t = state;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

export class Random {
	readonly next: () => number;
	constructor(seed: number, stream: number) {
		// Math.imul spreads neighbouring document numbers far apart in the seed space.
		this.next = mulberry32(Math.imul(seed ^ 0x9e3779b9, 0x85ebca6b) ^ Math.imul(stream + 1, 0xc2b2ae35));
	}
	/** An integer from `min` to `max`, both included. */
	int(min: number, max: number): number {
		return min + Math.floor(this.next() * (max - min + 1));
	}
	pick<T>(items: readonly T[]): T {
		return items[Math.floor(this.next() * items.length)]!;
	}
	shuffle<T>(items: readonly T[]): T[] {
		const copy = [...items];
		for (let i = copy.length - 1; i > 0; i--) {
			const j = Math.floor(this.next() * (i + 1));
			[copy[i], copy[j]] = [copy[j]!, copy[i]!];
		}
		return copy;
	}
	/** `count` items in random order, repeating the list only once it is used up. */
	take<T>(items: readonly T[], count: number): T[] {
		const taken: T[] = [];
		while (taken.length < count) taken.push(...this.shuffle(items));
		return taken.slice(0, count);
	}
	/** `count` distinct integers from `min` to `max`, ascending. */
	positions(count: number, min: number, max: number): number[] {
		const all = Array.from({ length: max - min + 1 }, (_, i) => min + i);
		return this.shuffle(all)
			.slice(0, count)
			.sort((a, b) => a - b);
	}
}
