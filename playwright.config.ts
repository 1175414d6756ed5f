/**
 * End-to-end tests in a real Chromium. The browser is CHROMIUM_PATH if set, else Debian's
 * /usr/bin/chromium if present, else Playwright's own (after `npx playwright install`).
 * Three servers: the built site at the root (vite preview), the built site copied under a
 * nested sub-path with an article that embeds it in an iframe, and nothing else.
 */
import { existsSync } from 'node:fs';
import { defineConfig } from '@playwright/test';

const systemChromium = '/usr/bin/chromium';
const executablePath =
	process.env.CHROMIUM_PATH || (existsSync(systemChromium) ? systemChromium : undefined);

export const PREVIEW_URL = 'http://127.0.0.1:4173/';
export const SUBPATH_ORIGIN = 'http://127.0.0.1:4174';

export default defineConfig({
	testDir: 'tests/e2e',
	fullyParallel: false,
	workers: 1,
	retries: 0,
	timeout: 30_000,
	expect: { timeout: 10_000 },
	reporter: [['list'], ['json', { outputFile: 'reports/e2e.json' }]],
	use: {
		baseURL: PREVIEW_URL,
		browserName: 'chromium',
		headless: true,
		viewport: { width: 1280, height: 900 },
		deviceScaleFactor: 1,
		locale: 'en-GB',
		timezoneId: 'UTC',
		trace: 'retain-on-failure',
		launchOptions: {
			executablePath,
			args: [
				'--no-sandbox',
				'--disable-gpu',
				'--disable-quic',
				'--disable-background-networking',
				'--disable-component-update',
				'--no-first-run',
				'--disable-sync'
			]
		}
	},
	webServer: [
		{
			command:
				'node node_modules/vite/bin/vite.js preview --host 127.0.0.1 --port 4173 --strictPort',
			url: PREVIEW_URL,
			reuseExistingServer: !process.env.CI,
			timeout: 60_000
		},
		{
			command: 'node tests/e2e/serve-subpath.mjs 4174',
			url: `${SUBPATH_ORIGIN}/articles/2026/depin/article.html`,
			reuseExistingServer: !process.env.CI,
			timeout: 60_000
		}
	]
});
