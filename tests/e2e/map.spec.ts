/**
 * The map, used as a person would: it fills in as the network grows, switches layers, pans and
 * zooms by pointer and keyboard, reads out the cell under the pointer and describes itself.
 */
import type { Page } from '@playwright/test';
import { expect, openPlayground, test, weekShown } from './fixtures';

/** Counts the canvas pixels that are drawn (not transparent), and the bluish ones (covered). */
async function pixelCounts(page: Page): Promise<{ drawn: number; blue: number }> {
	return page
		.getByTestId('map')
		.locator('canvas')
		.evaluate((canvas: HTMLCanvasElement) => {
			const context = canvas.getContext('2d')!;
			const { data } = context.getImageData(0, 0, canvas.width, canvas.height);
			let drawn = 0;
			let blue = 0;
			for (let i = 0; i < data.length; i += 4) {
				if (data[i + 3] === 0) continue;
				drawn++;
				if (data[i + 2] > data[i] + 40) blue++;
			}
			return { drawn, blue };
		});
}

/** Waits until the run is at `week` and the map shows it too (it may lag while it catches up). */
async function mapCaughtUp(page: Page, week?: number): Promise<void> {
	if (week !== undefined) await expect.poll(() => weekShown(page)).toBe(week);
	const shown = week ?? (await weekShown(page));
	await expect(page.getByTestId('map-status')).toHaveText(new RegExp(`week ${shown}$`), {
		timeout: 20_000
	});
}

test.describe('the map', () => {
	test('fills in with coverage as devices are deployed', async ({ page }) => {
		await openPlayground(page, 'v=1&preset=flywheel-demo');
		const map = page.getByTestId('map');
		await expect(map.getByTestId('map-status')).toContainText('hex cells, week 0');
		const start = await pixelCounts(page);
		expect(start.drawn).toBeGreaterThan(1000);
		await page.getByRole('button', { name: 'Play' }).click();
		await expect.poll(() => weekShown(page), { timeout: 20_000 }).toBeGreaterThan(40);
		await page.getByRole('button', { name: 'Pause' }).click();
		await mapCaughtUp(page);
		const later = await pixelCounts(page);
		expect(later.blue).toBeGreaterThan(start.blue * 2);
		await map.getByText('Describe the map').click();
		await expect(map.getByTestId('map-description')).toHaveText(
			new RegExp(`^Week ${await weekShown(page)}: [\\d,]+ devices cover \\d+% of the`)
		);
		await expect(map.getByTestId('map-canvas')).toHaveAttribute('aria-label', /devices cover/);
		// The agents behind the map: miners own the devices; some do not pay their running cost.
		const agents = map.getByTestId('map-agents');
		await expect(agents).toHaveText(
			/^[\d,]+ miners own the [\d,]+ devices \([\d.]+ each on average\); (none|under 1%|\d+%) of the devices earned less than they cost to run last week\.$/
		);
		const [miners, devices] = ((await agents.textContent()) ?? '')
			.match(/[\d,]+/g)!
			.slice(0, 2)
			.map((x) => Number(x.replaceAll(',', '')));
		expect(miners).toBeGreaterThan(0);
		expect(miners).toBeLessThanOrEqual(devices);
	});

	test('layers switch the picture and the legend', async ({ page }) => {
		await openPlayground(page, 'v=1&preset=flywheel-demo');
		for (let i = 0; i < 10; i++) await page.getByRole('button', { name: 'Step 1 week' }).click();
		await mapCaughtUp(page, 10);
		const legend = page.getByTestId('map').getByRole('list', { name: 'Legend' });
		await expect(legend).toContainText('device footprints overlapping');
		const coverage = await pixelCounts(page);
		await page.getByTestId('map').getByText('Devices', { exact: true }).click();
		await expect(legend).toContainText('Devices per cell');
		const devices = await pixelCounts(page);
		// Devices sit in single cells, their footprints cover six neighbours too.
		expect(devices.drawn).toBeLessThan(coverage.drawn);
		await page.getByTestId('map').getByText('Population', { exact: true }).click();
		await expect(legend).toContainText('Potential users per cell');
	});

	test('pans and zooms with buttons, keyboard and pointer; the cell under the pointer is read out', async ({
		page
	}) => {
		await openPlayground(page, 'v=1&preset=flywheel-demo');
		for (let i = 0; i < 5; i++) await page.getByRole('button', { name: 'Step 1 week' }).click();
		await mapCaughtUp(page, 5);
		const frame = page.getByTestId('map-canvas');
		await page.getByRole('button', { name: 'Zoom in' }).click();
		await expect(frame).toHaveAttribute('data-zoom', '1.50');
		await frame.focus();
		await page.keyboard.press('+');
		await expect(frame).toHaveAttribute('data-zoom', '2.25');
		const panned = await frame.getAttribute('data-pan');
		await page.keyboard.press('ArrowRight');
		await expect(frame).not.toHaveAttribute('data-pan', panned!);

		const box = (await frame.boundingBox())!;
		const before = await frame.getAttribute('data-pan');
		await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
		await page.mouse.down();
		await page.mouse.move(box.x + box.width / 2 + 60, box.y + box.height / 2 + 30, { steps: 5 });
		await page.mouse.up();
		await expect(frame).not.toHaveAttribute('data-pan', before!);
		await expect(page.getByTestId('map-cell')).toHaveText(
			/^Cell \(\d+, \d+\): [\d.,k]+ potential users, \d+ devices?, (covered by \d+|not covered)/
		);

		await frame.focus();
		await page.keyboard.press('0');
		await expect(frame).toHaveAttribute('data-zoom', '1.00');
		await page.getByRole('button', { name: 'Zoom out' }).click();
		await expect(frame).toHaveAttribute('data-zoom', '1.00'); // never smaller than the whole map
	});

	test('reset takes the map back to week 0', async ({ page }) => {
		await openPlayground(page, 'v=1&preset=flywheel-demo');
		for (let i = 0; i < 8; i++) await page.getByRole('button', { name: 'Step 1 week' }).click();
		await mapCaughtUp(page, 8);
		await page.getByRole('button', { name: 'Reset', exact: true }).click();
		await expect(page.getByTestId('map-status')).toContainText('week 0');
	});
});

test('a regional ban shows the closed region on the map and in its description', async ({
	page
}) => {
	await openPlayground(page, 'v=1&preset=flywheel-demo&ev=regional_ban:3:26:0.5');
	for (let i = 0; i < 4; i++) await page.getByRole('button', { name: 'Step 1 week' }).click();
	await mapCaughtUp(page, 4);
	const map = page.getByTestId('map');
	await expect(map.getByTestId('map-region')).toContainText('shipments halted');
	await expect(map.getByTestId('map-canvas')).toHaveAttribute(
		'aria-label',
		/regulated region .* halted/
	);
	// The band is drawn in vermillion over the western part of the picture only.
	const vermillion = await map.locator('canvas').evaluate((canvas: HTMLCanvasElement) => {
		const { data, width } = canvas
			.getContext('2d')!
			.getImageData(0, 0, canvas.width, canvas.height);
		let west = 0;
		let east = 0;
		for (let i = 0; i < data.length; i += 4) {
			const isVermillion = data[i] > 180 && data[i + 1] < 140 && data[i + 2] < 90;
			if (!isVermillion) continue;
			// The region is the western half (224 of 447 columns) and its 3 px outline.
			if ((i / 4) % width < width * 0.52) west++;
			else east++;
		}
		return { west, east };
	});
	expect(vermillion.west).toBeGreaterThan(200);
	expect(vermillion.east).toBe(0);
});
