import { CORRECTIONS_URL } from 'astro:env/server';
import { reportsAddressOf } from '../core/site/mistake-reports.ts';

/**
 * Where readers' reports of a mistake go: the build's `CORRECTIONS_URL`, checked here, once; a
 * mistyped one stops the build, naming it. Undefined when it is not set: no page offers a report.
 */
export const reportsAddress = reportsAddressOf(CORRECTIONS_URL);
