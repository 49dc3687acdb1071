/**
 * What runs on the built site once Astro has written it and its process has ended (see
 * scripts/build.ts): each step reads and adds files in the folder the site was built into.
 */
interface AfterBuildContext {
	/** The folder the site was built into, ending in `/`. */
	site: string;
	/** The path the site lives under, ending in `/` (Astro's `base`). */
	base: string;
	/** The project's folder, ending in `/`. */
	projectRoot: string;
	/** Prints a line of the build's output, under the step's name. */
	log: (message: string) => void;
}

export interface AfterBuildStep {
	name: string;
	run: (context: AfterBuildContext) => Promise<void>;
}
