import { SUBPATH_ORIGIN } from '../../playwright.config';
import { chartPath, expect, lever, test } from './fixtures';

const SITE = `${SUBPATH_ORIGIN}/articles/2026/depin/playground/`;

test.describe('the static build on other hosts', () => {
	test('works from a nested sub-path of a plain static server', async ({ page }) => {
		const wasm: string[] = [];
		page.on('response', (r) => r.url().endsWith('.wasm') && wasm.push(`${r.status()} ${r.url()}`));
		await page.goto(`${SITE}#v=1&seed=4&inertia=0.9`);
		await expect(page.locator('main')).toHaveAttribute('aria-busy', 'false');
		await expect(page.getByRole('slider', { name: 'Cloud inertia' })).toHaveAttribute(
			'aria-valuetext',
			'0.9 value units'
		);
		await page.getByRole('button', { name: 'Step 1 week' }).click();
		await expect(page.getByTestId('week')).toContainText('Week 1 of 520');
		expect(wasm).toHaveLength(1);
		expect(wasm[0]).toMatch(new RegExp(`^200 ${SITE}assets/core-[\\w-]+\\.wasm$`));
	});

	test('works inside an iframe of an article, with the link given to the iframe', async ({
		page
	}) => {
		await page.goto(`${SUBPATH_ORIGIN}/articles/2026/depin/article.html`);
		const frame = page.frameLocator('iframe[title="DePIN flywheel playground"]');
		await expect(frame.locator('main')).toHaveAttribute('aria-busy', 'false');
		await expect(frame.getByRole('slider', { name: 'Cloud inertia' })).toHaveAttribute(
			'aria-valuetext',
			'0.8 value units'
		);
		await frame.getByRole('button', { name: 'Play' }).click();
		await expect
			.poll(async () => Number(await frame.getByTestId('week').locator('strong').textContent()))
			.toBeGreaterThan(10);
		await expect(chartPath(frame, 'chart-supply')).toHaveAttribute('d', /L/);
		// Editing inside the embed rewrites the iframe's link, never the article's.
		await (await lever(frame, 'Miners and devices', 'Uptime')).focus();
		await page.keyboard.press('ArrowRight');
		await expect
			.poll(() =>
				page
					.frames()
					.find((f) => f.url().includes('/playground/'))
					?.url()
			)
			.toContain('uptime=0.81');
		expect(page.url()).toBe(`${SUBPATH_ORIGIN}/articles/2026/depin/article.html`);
	});

	test('falls back when the host sends .wasm with the wrong MIME type', async ({ page }) => {
		const types: string[] = [];
		page.on(
			'response',
			(r) => r.url().endsWith('.wasm') && types.push(r.headers()['content-type'])
		);
		await page.goto(`${SUBPATH_ORIGIN}/octet/articles/depin/playground/`);
		await expect(page.locator('main')).toHaveAttribute('aria-busy', 'false');
		await page.getByRole('button', { name: 'Step 1 week' }).click();
		await expect(page.getByTestId('week')).toContainText('Week 1 of 520');
		expect(types).toEqual(['application/octet-stream']);
	});
});
