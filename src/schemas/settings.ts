/**
 * The build's settings, read from its environment through `astro:env/server` (astro.config.ts
 * gives Astro this schema, which checks them). The address of the site (`SITE_URL`, `BASE_PATH`)
 * is not among them: Astro's own configuration needs it before any module can read `astro:env`
 * (src/core/site/deployment.ts).
 */
import { envField } from 'astro/config';

const setting = { context: 'server', access: 'public' } as const;

export const settingsSchema = {
	/**
	 * Where readers report a mistake in the text: a mailto: address, or an issue tracker's
	 * new-issue address. Without it no page offers to. Its form is checked where it is read
	 * (src/data/mistake-reports.ts), which Astro's string checks cannot say.
	 */
	CORRECTIONS_URL: envField.string({ ...setting, optional: true }),
	// The content's folders; the tests and the benchmark point them at libraries of their own.
	DOCUMENTS_DIR: envField.string({ ...setting, default: './content/documents' }),
	TOPICS_DIR: envField.string({ ...setting, default: './content/topics' }),
	WORKS_DIR: envField.string({ ...setting, default: './content/works' }),
	/** The ledgers of published passage addresses; by default `passages/` beside the documents' folder. */
	PASSAGES_DIR: envField.string({ ...setting, optional: true }),
	/** The recorded versions of the texts; by default `versions/` beside the documents' folder. */
	VERSIONS_DIR: envField.string({ ...setting, optional: true }),
	/** The build's time in seconds since 1970, which a reproducible build sets: the day it publishes a version. */
	SOURCE_DATE_EPOCH: envField.number({ ...setting, optional: true, int: true, min: 0 }),
};
