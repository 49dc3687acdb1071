/**
 * Where the site is deployed, from the environment, so that it builds for any static host: its
 * public address (SITE_URL) and the path it lives under (BASE_PATH), e.g.
 * `SITE_URL=https://example.org BASE_PATH=/reader/`. Read by Astro's configuration and by the
 * steps that run on the built site.
 */

/** The address `npm start` serves the site at: right for reading it on this machine. */
export const localSite = 'http://127.0.0.1:4321';

export interface Deployment {
	/** The public address; `localSite` when SITE_URL is not set. */
	site: string;
	/** The path the site lives under, as given (`/` when BASE_PATH is not set). */
	base: string;
	/** Whether SITE_URL was set. */
	addressed: boolean;
}

export function deployment(env: Record<string, string | undefined> = process.env): Deployment {
	return { site: env.SITE_URL || localSite, base: env.BASE_PATH || '/', addressed: Boolean(env.SITE_URL) };
}
