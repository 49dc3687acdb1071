import { reportsAddressOf } from '../core/site/mistake-reports.ts';

/**
 * Where readers' reports of a mistake go: the build's `CORRECTIONS_URL`, already checked by
 * astro.config.ts before the build starts. Undefined when it is not set: no page offers a report.
 */
export const reportsAddress = reportsAddressOf(process.env.CORRECTIONS_URL);
