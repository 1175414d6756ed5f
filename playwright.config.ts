/**
 * End-to-end tests in a real Chromium (which one: scripts/chromium.mjs).
 * Two servers: the built site at the root (vite preview), and a plain static host
 * (tests/e2e/serve-subpath.mjs) that serves it under a nested sub-path, inside an article's
 * iframe, and with the wrong MIME type for .wasm. `npm test` builds dist/ first.
 */
import { defineConfig } from '@playwright/test';
import { chromiumArgs, chromiumExecutable } from './scripts/chromium.mjs';

export const PREVIEW_URL = 'http://127.0.0.1:4173/';
export const SUBPATH_ORIGIN = 'http://127.0.0.1:4174';

export default defineConfig({
	testDir: 'tests/e2e',
	fullyParallel: false,
	workers: 1,
	retries: 0,
	timeout: 60_000,
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
		launchOptions: { executablePath: chromiumExecutable, args: chromiumArgs }
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
