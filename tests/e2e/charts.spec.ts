import type { Page } from '@playwright/test';
import { expect, lever, openPlayground, showAs, test, weekShown } from './fixtures';

/** Every chart of the stakeholder grid. */
function gridCharts(page: Page) {
	return page.locator('.chart-grid figure[data-testid^=chart-]');
}

/** Plays the default run to at least `weeks`, then pauses. */
async function runTo(page: Page, weeks: number): Promise<number> {
	await page.getByRole('button', { name: 'Play' }).click();
	await expect.poll(() => weekShown(page), { timeout: 20_000 }).toBeGreaterThanOrEqual(weeks);
	await page.getByRole('button', { name: 'Pause' }).click();
	await expect(page.getByRole('button', { name: 'Play' })).toBeVisible();
	// The last frames may still be on their way: wait until the week holds still.
	let week = -1;
	await expect
		.poll(async () => {
			const previous = week;
			week = await weekShown(page);
			return week === previous;
		})
		.toBe(true);
	await expect(page.getByTestId('chart-supply')).toHaveAttribute('data-week', String(week));
	return week;
}

test.describe('charts per stakeholder, with a shared time cursor', () => {
	test('charts are grouped under a heading per stakeholder and theme', async ({ page }) => {
		await openPlayground(page);
		const grid = page.locator('.chart-grid');
		for (const name of [
			'Device manufacturers',
			'Miners',
			'Builders',
			'Users',
			'Token',
			'Revenue vs emissions'
		]) {
			await expect(grid.getByRole('heading', { level: 3, name })).toBeVisible();
		}
		await expect(gridCharts(page)).toHaveCount(14);
		const ratio = page.getByTestId('chart-coverage-ratio');
		await expect(ratio).toContainText('revenue = emissions');
		await expect(page.getByTestId('chart-supply')).toContainText('Backlog');
	});

	test('hovering a chart reads every chart at the same week; leaving clears it', async ({
		page
	}) => {
		await openPlayground(page);
		const last = await runTo(page, 120);
		const supply = page.getByTestId('chart-supply');
		const before = await supply.getByTestId('chart-supply-value').first().textContent();

		const plot = supply.getByRole('application');
		await plot.scrollIntoViewIfNeeded();
		const box = (await plot.boundingBox())!;
		await page.mouse.move(box.x + box.width * 0.25, box.y + box.height / 2);

		await expect(supply).toHaveAttribute('data-cursor', /^\d+$/);
		const week = Number(await supply.getAttribute('data-cursor'));
		expect(week).toBeGreaterThan(0);
		expect(week).toBeLessThan(last);
		await expect(supply.getByTestId('chart-supply-at')).toHaveText(`Week ${week}`);
		await expect(supply.getByTestId('chart-supply-value').first()).not.toHaveText(before ?? '');

		// The cursor line and the readout are on every chart, at the same week.
		const charts = gridCharts(page);
		const count = await charts.count();
		for (let i = 0; i < count; i++) {
			const chart = charts.nth(i);
			const id = (await chart.getAttribute('data-testid'))!;
			await expect(chart).toHaveAttribute('data-cursor', String(week));
			await expect(chart.getByTestId(`${id}-cursor`)).toBeAttached();
			await expect(chart.getByTestId(`${id}-at`)).toHaveText(`Week ${week}`);
		}
		// …and on the DePIN-vs-cloud panel.
		await expect(page.getByTestId('cloud-week')).toHaveText(`Week ${week} (cursor)`);

		await page.mouse.move(box.x + box.width * 0.25, box.y - 120);
		await expect(supply).toHaveAttribute('data-cursor', '');
		await expect(page.getByTestId('chart-demand-cursor')).toHaveCount(0);
		await expect(supply.getByTestId('chart-supply-at')).toHaveText(`Week ${last} (latest)`);
	});

	test('a chart is reached with Tab and read with the arrow keys', async ({ page }) => {
		await openPlayground(page);
		const last = await runTo(page, 60);
		const demand = page.getByTestId('chart-demand');
		// Click the chart's title (not focusable), then Tab: focus moves to the plot.
		await demand.locator('figcaption .title').click();
		await page.keyboard.press('Tab');
		const plot = demand.getByRole('application', { name: 'Users: chart in users' });
		await expect(plot).toBeFocused();

		const live = demand.getByTestId('chart-demand-live');
		await page.keyboard.press('ArrowLeft');
		await expect(live).toHaveText(new RegExp(`^Week ${last - 1}: Users [\\d,]+$`));
		const first = await live.textContent();
		await page.keyboard.press('Shift+ArrowLeft');
		await expect(live).toHaveText(new RegExp(`^Week ${last - 11}: Users [\\d,]+$`));
		expect(await live.textContent()).not.toBe(first);
		await page.keyboard.press('ArrowRight');
		await expect(live).toHaveText(new RegExp(`^Week ${last - 10}: `));
		await page.keyboard.press('Home');
		await expect(live).toHaveText('Week 0: Users 0');
		await page.keyboard.press('End');
		await expect(live).toHaveText(new RegExp(`^Week ${last}: `));

		// The cursor is shared: the supply chart says the same week, with its two lines.
		await page.keyboard.press('Home');
		await page.keyboard.press('ArrowRight');
		await expect(page.getByTestId('chart-supply')).toHaveAttribute('data-cursor', '1');
		await expect(page.getByTestId('chart-supply-at')).toHaveText('Week 1');

		await page.keyboard.press('Escape');
		await expect(demand).toHaveAttribute('data-cursor', '');
		await expect(live).toHaveText('');
	});

	test('each chart has a data table (every 13th week) as its text alternative', async ({
		page
	}) => {
		await openPlayground(page);
		const last = await runTo(page, 30);
		const table = page.getByTestId('chart-supply').getByRole('table');
		await expect(table).toHaveAccessibleName('Devices deployed and on order: every 13th week');
		await expect(table.getByRole('columnheader')).toHaveText(['Week', 'Devices', 'Backlog']);
		const rows = table.locator('tbody tr');
		const quarters = Math.floor(last / 13) + 1;
		await expect(rows).toHaveCount(quarters + (last % 13 === 0 ? 0 : 1));
		await expect(rows.nth(2).getByRole('rowheader')).toHaveText('Week 26');
		await expect(rows.last().getByRole('rowheader')).toHaveText(`Week ${last}`);
		await expect(rows.first().getByRole('rowheader')).toHaveText('Week 0');
		await expect(rows.first().getByRole('cell').first()).toHaveText('100');
	});
});

test.describe('DePIN vs cloud', () => {
	test('the figures follow the levers', async ({ page }) => {
		await openPlayground(page);
		await runTo(page, 100);
		const panel = page.getByTestId('cloud-panel');
		await expect(panel.getByRole('heading', { name: 'DePIN vs cloud' })).toBeVisible();
		const price = panel.getByTestId('cloud-price');
		await expect(price).toContainText('The network charges $0.50 per unit');
		await expect(price).toContainText('the centralised incumbent $6.00: 91.7% cheaper');
		const capex = panel.getByTestId('cloud-capex');
		const subsidy = panel.getByTestId('cloud-subsidy');
		await expect(subsidy).toContainText('per unit served');
		const capexBefore = await capex.textContent();
		const subsidyBefore = await subsidy.textContent();

		// A dearer service: the price comparison and the revenue side of the capex change.
		const servicePrice = await lever(page, 'Users', 'Service price');
		await servicePrice.focus();
		for (let i = 0; i < 5; i++) await page.keyboard.press('PageUp');
		await expect(price).not.toContainText('The network charges $0.50 per unit');
		await expect(capex).not.toHaveText(capexBefore ?? '');

		// A dearer device: miners' hardware spend changes.
		const hardware = panel.getByTestId('cloud-bar-hardware');
		const hardwareBefore = await hardware.textContent();
		const device = await lever(page, 'Miners and devices', 'Device price');
		await device.focus();
		await page.keyboard.press('PageUp');
		await expect(hardware).not.toHaveText(hardwareBefore ?? '');
		await expect(subsidy).not.toHaveText(subsidyBefore ?? '');
	});

	test('without a centralised comparator the panel says so', async ({ page }) => {
		await openPlayground(page, 'v=1&cloud_price_usd=0');
		await page.getByRole('button', { name: 'Step 1 week' }).click();
		await expect(page.getByTestId('cloud-price')).toContainText('no centralised comparator');
	});
});

test.describe('screenshots', () => {
	for (const width of [1280, 360]) {
		for (const scheme of ['light', 'dark'] as const) {
			test(`charts, reality check and cloud panel at ${width} px, ${scheme}`, async ({
				page
			}, info) => {
				await showAs(page, { width, height: 900, scheme });
				await openPlayground(page, 'v=1&preset=helium-like');
				await runTo(page, 150);
				// A cursor set with the keyboard stays put while the screenshots scroll the page.
				await page.getByTestId('chart-price').getByRole('application').focus();
				await page.keyboard.press('End');
				for (let i = 0; i < 5; i++) await page.keyboard.press('Shift+ArrowLeft');
				await expect(page.getByTestId('chart-price')).toHaveAttribute('data-cursor', /\d/);
				// Nothing of these panels spills sideways out of a phone's screen.
				for (const id of ['chart-income', 'reality-check', 'cloud-panel']) {
					const right = await page
						.getByTestId(id)
						.evaluate((el) => el.getBoundingClientRect().right);
					expect(right, id).toBeLessThanOrEqual(width);
				}
				await expect(
					page.getByTestId('reality-size').locator('circle.sample').first()
				).toBeVisible();
				const shots: [string, string][] = [
					['charts-manufacturers', 'manufacturers'],
					['charts-miners', 'miners'],
					['charts-protocol', 'protocol'],
					['reality-check', 'reality'],
					['cloud-panel', 'cloud']
				];
				for (const [id, name] of shots) {
					await page.getByTestId(id).screenshot({
						path: info.outputPath(`${name}-${width}-${scheme}.png`),
						animations: 'disabled'
					});
				}
			});
		}
	}
});
