import { existsSync } from 'node:fs';
import { type Browser, chromium } from 'playwright-core';

const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Debian's Chromium, headless, kept off the network it would otherwise call on its own. */
export function launchChromium(): Promise<Browser> {
	if (!existsSync(executablePath)) {
		throw new Error(`No Chromium at ${executablePath}: install Debian's (apt-get install -y chromium) or set CHROMIUM_PATH.`);
	}
	return chromium.launch({
		executablePath,
		args: [
			'--headless',
			'--no-sandbox',
			'--disable-gpu',
			'--disable-quic',
			'--no-first-run',
			'--disable-background-networking',
			'--disable-component-update',
			'--disable-sync',
		],
	});
}
