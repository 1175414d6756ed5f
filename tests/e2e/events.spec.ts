import {
	chartPath,
	expect,
	fragmentOf,
	openPlayground,
	test,
	weekShown,
	SCREENSHOT_VIEWS,
	showAs
} from './fixtures';
import type { Page } from '@playwright/test';

/** The scripted events as the link carries them (`ev=`), or null when there are none. */
const eventsInLink = (page: Page) => fragmentOf(page).get('ev');

async function addEvent(page: Page, type: string, week: number) {
	const timeline = page.getByRole('region', { name: 'Events timeline' });
	await timeline.getByRole('combobox', { name: 'Add' }).selectOption({ label: type });
	await timeline.getByRole('spinbutton', { name: 'at week' }).fill(String(week));
	await timeline.getByRole('button', { name: 'Add event' }).click();
}

test.describe('the events timeline, used as a person would', () => {
	test('add an enforcement event, drag it, move it by keyboard, edit it, delete it', async ({
		page
	}) => {
		await openPlayground(page);
		const timeline = page.getByRole('region', { name: 'Events timeline' });
		await expect(timeline).toContainText('No scripted events');

		await addEvent(page, 'Enforcement action (ENF)', 50);
		const bar = timeline.getByRole('slider', { name: /Enforcement action/ });
		await expect(bar).toBeVisible();
		await expect(bar).toHaveAttribute('aria-valuenow', '50');
		await expect(bar).toHaveAttribute(
			'aria-valuetext',
			'Enforcement action, weeks 50–62 (13 weeks), severity 1×'
		);
		await expect(bar).toBeFocused();
		await expect(timeline.getByTestId('event-list')).toContainText(
			'Enforcement action, weeks 50–62 (13 weeks), severity 1×'
		);
		await expect.poll(() => eventsInLink(page)).toBe('enforcement:50:13:1');

		// Drag it to the right with the mouse: 520 weeks span the plot's width.
		await bar.scrollIntoViewIfNeeded();
		const plot = (await timeline.getByTestId('events-plot').boundingBox())!;
		const box = (await bar.locator('rect.body').boundingBox())!;
		const weeksPerPixel = 520 / (plot.width - 28);
		const y = box.y + box.height / 2;
		await page.mouse.move(box.x + 8, y);
		await page.mouse.down();
		await page.mouse.move(box.x + 8 + 60, y, { steps: 6 });
		await page.mouse.move(box.x + 8 + 120, y, { steps: 6 });
		await page.mouse.up();
		const dragged = Number(await bar.getAttribute('aria-valuenow'));
		expect(dragged).toBeGreaterThan(50 + 120 * weeksPerPixel - 3);
		expect(dragged).toBeLessThan(50 + 120 * weeksPerPixel + 3);
		await expect.poll(() => eventsInLink(page)).toBe(`enforcement:${dragged}:13:1`);

		// Keyboard: the bar is a slider over start weeks.
		await bar.focus();
		await page.keyboard.press('ArrowRight');
		await page.keyboard.press('Shift+ArrowRight');
		await page.keyboard.press('ArrowLeft');
		await expect(bar).toHaveAttribute('aria-valuenow', String(dragged + 10));
		await expect.poll(() => eventsInLink(page)).toBe(`enforcement:${dragged + 10}:13:1`);
		await page.keyboard.press('Home');
		await expect(bar).toHaveAttribute('aria-valuenow', '0');
		await page.keyboard.press('PageUp');
		await page.keyboard.press('PageUp');
		await expect(bar).toHaveAttribute('aria-valuenow', '20');

		// The editor: duration and severity, with labels and units; values are clamped.
		const editor = timeline.getByTestId('event-editor');
		await expect(
			timeline.getByRole('group', { name: 'Edit: Enforcement action', exact: true })
		).toHaveAttribute('data-testid', 'event-editor');
		await expect(editor).toContainText('SEC v. Nova Labs');
		await expect(editor.getByTestId('event-region')).toContainText('50%');
		const duration = editor.getByRole('spinbutton', { name: 'Duration' });
		await duration.fill('26');
		await duration.press('Enter');
		await expect.poll(() => eventsInLink(page)).toBe('enforcement:20:26:1');
		await expect(bar).toHaveAttribute('aria-valuetext', /weeks 20–45 \(26 weeks\)/);
		const severity = editor.getByRole('spinbutton', { name: 'Severity' });
		await severity.fill('9');
		await severity.press('Tab');
		await expect(severity).toHaveValue('3');
		await expect.poll(() => eventsInLink(page)).toBe('enforcement:20:26:3');

		// Delete removes it, from the focused bar.
		await bar.focus();
		await page.keyboard.press('Delete');
		await expect(timeline.getByRole('slider')).toHaveCount(0);
		await expect(timeline).toContainText('No scripted events');
		await expect.poll(() => eventsInLink(page)).toBeNull();
		await expect(timeline.getByTestId('events-announcement')).toContainText('Removed');
	});

	test('a preset’s events show on the timeline; the remove button and the link agree', async ({
		page
	}) => {
		await openPlayground(page, 'v=1&preset=regulatory-shock&seed=1');
		const timeline = page.getByRole('region', { name: 'Events timeline' });
		const bars = timeline.getByRole('slider');
		await expect(bars).toHaveCount(2);
		await expect(timeline.getByTestId('event-list')).toContainText(
			'Regulatory clarity, week 163 (1 week), strength 1×'
		);
		await timeline.getByRole('button', { name: /Edit event 2: Regulatory clarity/ }).click();
		await timeline.getByRole('button', { name: 'Remove event' }).click();
		await expect(bars).toHaveCount(1);
		// The list now differs from the preset's, so the link carries it.
		await expect.poll(() => eventsInLink(page)).toBe('enforcement:150:13:1');
		await page.reload();
		await expect(
			page.getByRole('region', { name: 'Events timeline' }).getByRole('slider')
		).toHaveCount(1);
	});

	test('an added event changes the run up to the current week', async ({ page }) => {
		await openPlayground(page);
		await page.getByRole('button', { name: 'Play' }).click();
		await expect.poll(() => weekShown(page)).toBeGreaterThan(60);
		await page.getByRole('button', { name: 'Pause' }).click();
		const week = await weekShown(page);
		const price = chartPath(page, 'chart-price');
		const before = await price.getAttribute('d');
		const timeline = page.getByRole('region', { name: 'Events timeline' });
		// The week for a new event follows the run: it starts at the current week.
		await expect(timeline.getByRole('spinbutton', { name: 'at week' })).toHaveValue(String(week));
		await addEvent(page, 'Bear market (BEAR)', 10);
		await expect.poll(() => eventsInLink(page)).toBe('bear_market:10:78:-1.5');
		await expect.poll(() => price.getAttribute('d')).not.toBe(before);
		expect(await weekShown(page)).toBe(week);
		// The current week is drawn on the timeline.
		await expect(timeline.getByTestId('events-plot')).toContainText(`week ${week}`);
	});

	test('a regional ban shows the regulated region’s share; random events are explained', async ({
		page
	}) => {
		await openPlayground(page, 'v=1&seed=1&region_share=0.3&random_event_rate=1');
		const timeline = page.getByRole('region', { name: 'Events timeline' });
		await expect(timeline.getByTestId('random-events-note')).toContainText(
			'Random regulatory events are also on'
		);
		await addEvent(page, 'Regional ban (BAN)', 100);
		const editor = timeline.getByTestId('event-editor');
		await expect(editor.getByTestId('event-region')).toContainText('30%');
		const share = editor.getByRole('spinbutton', { name: 'Share of the region’s devices removed' });
		await expect(share).toHaveValue('0.5');
		await share.fill('0.8');
		await share.press('Enter');
		await expect.poll(() => eventsInLink(page)).toBe('regional_ban:100:26:0.8');
		await editor.getByRole('button', { name: 'Done' }).click();
		await expect(editor).toHaveCount(0);
		await expect(timeline.getByRole('slider', { name: /Regional ban/ })).toBeFocused();
	});

	test('on a phone, a bar is dragged with a finger', async ({ browser }) => {
		const context = await browser.newContext({
			viewport: { width: 360, height: 780 },
			hasTouch: true,
			isMobile: true
		});
		const page = await context.newPage();
		await openPlayground(page, 'v=1&seed=1&ev=enforcement:100:13:1');
		const timeline = page.getByRole('region', { name: 'Events timeline' });
		const bar = timeline.getByRole('slider', { name: /Enforcement action/ });
		await bar.scrollIntoViewIfNeeded();
		const box = (await bar.locator('rect.body').boundingBox())!;
		expect(box.height).toBeGreaterThanOrEqual(36);
		const plot = (await timeline.getByTestId('events-plot').boundingBox())!;
		const weeksPerPixel = 520 / (plot.width - 28);
		const cdp = await context.newCDPSession(page);
		const x = box.x + 10;
		const y = box.y + box.height / 2;
		const touch = (type: 'touchStart' | 'touchMove' | 'touchEnd', at: number) =>
			cdp.send('Input.dispatchTouchEvent', {
				type,
				touchPoints: type === 'touchEnd' ? [] : [{ x: at, y }]
			});
		await touch('touchStart', x);
		for (let dx = 10; dx <= 80; dx += 10) await touch('touchMove', x + dx);
		await touch('touchEnd', x + 80);
		const moved = Number(await bar.getAttribute('aria-valuenow'));
		expect(moved).toBeGreaterThan(100 + 80 * weeksPerPixel - 4);
		expect(moved).toBeLessThan(100 + 80 * weeksPerPixel + 4);
		await expect.poll(() => eventsInLink(page)).toBe(`enforcement:${moved}:13:1`);
		await context.close();
	});

	for (const view of SCREENSHOT_VIEWS) {
		const { width, scheme } = view;
		test(`screenshot at ${width} px, ${scheme}`, async ({ page }) => {
			await showAs(page, view);
			await openPlayground(page, 'v=1&preset=helium-like&seed=1');
			for (let i = 0; i < 5; i++) await page.getByTestId('step').click();
			const timeline = page.getByRole('region', { name: 'Events timeline' });
			await addEvent(page, 'Enforcement action (ENF)', 150);
			await addEvent(page, 'Regulatory clarity (CLR)', 163);
			await addEvent(page, 'Equipment rule (EQP)', 480);
			await timeline.getByRole('slider', { name: /Enforcement action/ }).focus();
			// The timeline fits the page's width, and its plot fits the timeline.
			const region = (await timeline.boundingBox())!;
			const plot = (await timeline.getByTestId('events-plot').boundingBox())!;
			expect(region.x + region.width).toBeLessThanOrEqual(width);
			expect(plot.x + plot.width).toBeLessThanOrEqual(region.x + region.width);
			expect(await timeline.evaluate((el) => el.scrollWidth - el.clientWidth)).toBeLessThanOrEqual(
				0
			);
			await timeline.screenshot({
				path: test.info().outputPath(`events-${width}-${scheme}.png`)
			});
		});
	}
});
