// Which Chromium the browser tests and the browser benchmark launch, and how. CHROMIUM_PATH if
// set, else Debian's /usr/bin/chromium if present, else undefined: Playwright's own browser
// (after `npx playwright install chromium`), so the same tests run on a contributor's laptop.
// The flags keep Chromium from calling out of this machine's closed network.
import { existsSync } from 'node:fs';

const SYSTEM_CHROMIUM = '/usr/bin/chromium';

export const chromiumExecutable =
	process.env.CHROMIUM_PATH || (existsSync(SYSTEM_CHROMIUM) ? SYSTEM_CHROMIUM : undefined);

export const chromiumArgs = [
	'--no-sandbox',
	'--disable-gpu',
	'--disable-quic',
	'--disable-background-networking',
	'--disable-component-update',
	'--no-first-run',
	'--disable-sync'
];
