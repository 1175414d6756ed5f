import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { SUBPATH_ORIGIN } from '../../playwright.config';
import { expect, lever, openPlayground, test, weekShown } from './fixtures';

const HISTORY = '**/data/depin-history/*.csv';

async function play(page: Page, weeks: number): Promise<void> {
	await page.getByRole('button', { name: 'Play' }).click();
	await expect.poll(() => weekShown(page), { timeout: 20_000 }).toBeGreaterThanOrEqual(weeks);
	await page.getByRole('button', { name: 'Pause' }).click();
	await expect(page.getByRole('button', { name: 'Play' })).toBeVisible();
}

test.describe('reality check', () => {
	test('the helium-like preset draws Helium’s real history beside the run, with its source', async ({
		page
	}) => {
		await openPlayground(page);
		const csv: string[] = [];
		page.on('response', (r) => r.url().endsWith('.csv') && csv.push(`${r.status()} ${r.url()}`));
		await page
			.getByRole('combobox', { name: 'Scenario' })
			.selectOption({ label: 'Helium-like IoT (2019 →)' });
		await play(page, 60);

		const section = page.getByTestId('reality-check');
		await expect(section.getByRole('heading', { name: 'Reality check' })).toBeVisible();
		await expect(section).toContainText('calibrated against Helium IoT (LoRaWAN)');
		await expect(section).toContainText('Week 0 of the run is Aug 2019');

		const size = page.getByTestId('reality-size');
		await expect(size).toContainText('Hotspots (log scale)');
		// The run as a line, the 45 months of real hotspot counts as dots.
		await expect(size.locator('path[data-series=run]')).toHaveAttribute('d', /^M[\d.]+,[\d.]+L/);
		await expect(size.locator('circle.sample')).toHaveCount(45);
		await expect(page.getByTestId('reality-price').locator('circle.sample')).toHaveCount(65);
		await expect(page.getByTestId('reality-rewards')).toContainText('Real: rewards');
		await expect(page.getByTestId('reality-fit')).toContainText(
			/typically within a factor\s+of [\d.]+/
		);

		const attribution = page.getByTestId('reality-attribution');
		await expect(attribution).toContainText(
			'1kx, Tokenomics of DePINs dataset (github.com/1kx-network/depin_tokenomics), commit ff2e881, March 2025'
		);
		await expect(
			attribution.getByRole('link', { name: 'github.com/1kx-network/depin_tokenomics' })
		).toHaveAttribute('href', 'https://github.com/1kx-network/depin_tokenomics');
		await expect(attribution.getByRole('link', { name: 'About the data' })).toHaveAttribute(
			'href',
			/\/data\/depin-history\/README\.md$/
		);
		const expected = new URL('data/depin-history/helium_rewards_data.csv', page.url()).href;
		expect(csv).toEqual([`200 ${expected}`]);

		// Drawn, with the cursor on, the section and the charts pass axe (no serious violation).
		await page.getByTestId('reality-size').getByRole('application').focus();
		await page.keyboard.press('Home');
		const results = await new AxeBuilder({ page })
			.include('[data-testid=reality-check]')
			.include('.chart-grid')
			.include('[data-testid=cloud-panel]')
			.withTags(['wcag2a', 'wcag2aa', 'wcag21aa'])
			.analyze();
		expect(
			results.violations
				.filter((v) => v.impact === 'serious' || v.impact === 'critical')
				.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join('; ')}`)
		).toEqual([]);
	});

	test('the reality charts share the time cursor with the other charts', async ({ page }) => {
		await openPlayground(page, 'v=1&preset=helium-like');
		await play(page, 100);
		const plot = page.getByTestId('reality-price').getByRole('application');
		await plot.scrollIntoViewIfNeeded();
		const box = (await plot.boundingBox())!;
		// The axis spans the real data (to Dec 2024, week 282): 30% of the way is within the run.
		await page.mouse.move(box.x + box.width * 0.3, box.y + box.height / 2);
		await expect(page.getByTestId('reality-price')).toHaveAttribute('data-cursor', /^\d+$/);
		const week = await page.getByTestId('reality-price').getAttribute('data-cursor');
		await expect(page.getByTestId('reality-price-at')).toHaveText(
			new RegExp(`^Week ${week} · [A-Z][a-z]{2} 20\\d\\d$`)
		);
		expect(Number(week)).toBeLessThan(await weekShown(page));
		await expect(page.getByTestId('chart-supply')).toHaveAttribute('data-cursor', week!);
	});

	test('a lever changed from the calibrated preset is pointed out', async ({ page }) => {
		await openPlayground(page, 'v=1&preset=helium-like');
		await expect(page.getByTestId('reality-size')).toBeVisible();
		await expect(page.getByTestId('reality-changed')).toHaveCount(0);
		await (await lever(page, 'Users', 'Cloud inertia')).focus();
		await page.keyboard.press('ArrowLeft');
		await expect(page.getByTestId('reality-changed')).toContainText(
			'You have changed 1 lever from the calibrated preset'
		);
	});

	test('other scenarios say there is no calibrated history; a network can be viewed alone', async ({
		page
	}) => {
		await openPlayground(page);
		const section = page.getByTestId('reality-check');
		await expect(page.getByTestId('reality-none')).toContainText('not calibrated');
		await expect(page.getByTestId('reality-none')).toContainText('Hivemapper (dashcam mapping)');
		await expect(section.locator('figure')).toHaveCount(0);

		await section
			.getByRole('combobox', { name: 'View a real network’s history on its own' })
			.selectOption({ label: 'DIMO (connected cars)' });
		const cars = page.getByTestId('reality-size');
		await expect(cars).toContainText('Cars (log scale)');
		await expect(cars.locator('circle.sample').first()).toBeVisible();
		expect(await cars.locator('circle.sample').count()).toBeGreaterThan(20);
		await expect(cars.locator('path[data-series=run]')).toHaveCount(0);
		// Its own cursor, on its own calendar: the keyboard reads months.
		await cars.getByRole('application').focus();
		await page.keyboard.press('Home');
		await expect(page.getByTestId('reality-size-live')).toHaveText(/^Dec 2022: Real: cars [\d,]+$/);
		await expect(page.getByTestId('chart-supply')).toHaveAttribute('data-cursor', '');
	});
});

test.describe('reality check when the data cannot be downloaded', () => {
	test.use({ allowConsoleErrors: [/Failed to load resource/] });

	test('says so in plain words and tries again on request', async ({ page }) => {
		await page.route(HISTORY, (route) => route.fulfill({ status: 404, body: 'not found' }));
		await openPlayground(page, 'v=1&preset=helium-like');
		const alert = page.getByTestId('reality-check').getByRole('alert');
		await expect(alert).toContainText(
			'The Helium IoT (LoRaWAN) history could not be downloaded: the server answered 404'
		);
		await page.unroute(HISTORY);
		await alert.getByRole('button', { name: 'Try again' }).click();
		await expect(page.getByTestId('reality-size').locator('circle.sample')).toHaveCount(45);
		await expect(page.getByTestId('reality-check').getByRole('alert')).toHaveCount(0);
	});
});

test('the history is fetched from the site’s own sub-path', async ({ page }) => {
	const site = `${SUBPATH_ORIGIN}/articles/2026/depin/playground/`;
	const csv: string[] = [];
	page.on('response', (r) => r.url().endsWith('.csv') && csv.push(`${r.status()} ${r.url()}`));
	await page.goto(`${site}#v=1&preset=helium-like`);
	await expect(page.locator('main')).toHaveAttribute('aria-busy', 'false');
	await expect(page.getByTestId('reality-size').locator('circle.sample')).toHaveCount(45);
	expect(csv).toEqual([`200 ${site}data/depin-history/helium_rewards_data.csv`]);
});
