import type { Page } from '@playwright/test';
import { chartPath, expect, openPlayground, test, weekShown } from './fixtures';

/** Weeks the run advances in `ms` of wall time at the chosen speed, from a reset run. */
async function weeksIn(page: Page, speed: string, ms: number): Promise<number> {
	await page.getByRole('button', { name: 'Reset', exact: true }).click();
	await expect(page.getByTestId('week')).toContainText('Week 0 of');
	await page.getByRole('radio', { name: speed }).check();
	await page.getByRole('button', { name: 'Play' }).click();
	await expect(page.getByRole('button', { name: 'Pause' })).toBeVisible();
	const start = await weekShown(page);
	await page.waitForTimeout(ms); // measuring a rate: wall time is the point here
	const end = await weekShown(page);
	// No need to pause: the next Reset does (and on a busy machine the run may have ended).
	return end - start;
}

/** Where on the timeline's track a week is (the thumb travels the width less its own). */
async function timelinePoint(page: Page, week: number, horizon = 520) {
	const box = (await page.getByRole('slider', { name: 'Timeline' }).boundingBox())!;
	const thumb = 16;
	return {
		x: box.x + thumb / 2 + ((box.width - thumb) * week) / horizon,
		y: box.y + box.height / 2
	};
}

test.describe('time: speed, timeline and shortcuts', () => {
	test('a faster speed covers more weeks in the same time; max reaches the end at once', async ({
		page
	}) => {
		await openPlayground(page);
		await expect(page.getByRole('radio', { name: 'Normal' })).toBeChecked();
		const slow = await weeksIn(page, 'Slow', 1500);
		const fast = await weeksIn(page, 'Fast', 1500);
		// 4 vs 104 weeks per second: allow a lot of slack for a busy machine.
		expect(slow).toBeGreaterThan(0);
		expect(slow).toBeLessThan(20);
		expect(fast).toBeGreaterThan(slow * 5);

		await page.getByRole('button', { name: 'Reset', exact: true }).click();
		await page.getByRole('radio', { name: 'Max' }).check();
		await expect(page.getByRole('radio', { name: 'Max' })).toBeChecked();
		await page.getByRole('button', { name: 'Play' }).click();
		// Ten years at 520 weeks per second: a couple of seconds even on a slow machine.
		await expect(page.getByTestId('week')).toContainText('Week 520 of 520', { timeout: 5000 });
		await expect(page.getByRole('button', { name: 'Play' })).toBeDisabled();
	});

	test('the speed is a radio group operable with arrow keys', async ({ page }) => {
		await openPlayground(page);
		await page.getByRole('radio', { name: 'Normal' }).focus();
		await page.keyboard.press('ArrowRight');
		await expect(page.getByRole('radio', { name: 'Fast' })).toBeChecked();
		await expect(page.getByRole('radio', { name: 'Fast' })).toBeFocused();
		await expect(page.getByRole('group', { name: 'Speed' })).toBeVisible();
	});

	test('dragging the timeline back moves the run back and truncates the charts', async ({
		page
	}) => {
		await openPlayground(page);
		const timeline = page.getByRole('slider', { name: 'Timeline' });
		// End jumps to the horizon: the run is computed up to it at once.
		await timeline.focus();
		await page.keyboard.press('End');
		await expect(page.getByTestId('week')).toContainText('Week 520 of 520');
		await expect(timeline).toHaveAttribute('aria-valuetext', 'Week 520 of 520');
		const path = chartPath(page, 'chart-supply');
		await expect
			.poll(async () => ((await path.getAttribute('d')) ?? '').split('L').length)
			.toBeGreaterThan(500);
		const full = ((await path.getAttribute('d')) ?? '').split('L').length;

		const from = await timelinePoint(page, 520);
		const to = await timelinePoint(page, 130);
		await page.mouse.move(from.x, from.y);
		await page.mouse.down();
		await page.mouse.move(to.x, to.y, { steps: 12 });
		await page.mouse.up();

		await expect.poll(() => weekShown(page)).toBeLessThan(160);
		const week = await weekShown(page);
		expect(week).toBeGreaterThan(100);
		await expect(timeline).toHaveAttribute('aria-valuetext', `Week ${week} of 520`);
		await expect(page.locator('[data-testid=chart-supply]')).toHaveAttribute(
			'data-week',
			String(week)
		);
		const cut = ((await path.getAttribute('d')) ?? '').split('L').length;
		expect(cut).toBeLessThan(full / 2);
		// Paused where it landed; Play carries on from there.
		await expect(page.getByRole('button', { name: 'Play' })).toBeEnabled();
		await page.getByRole('button', { name: 'Play' }).click();
		await expect.poll(() => weekShown(page)).toBeGreaterThan(week);
	});

	test('a seek replays the same run: back and forth gives the same numbers', async ({ page }) => {
		await openPlayground(page);
		for (let i = 0; i < 3; i++) await page.getByRole('button', { name: 'Step 1 week' }).click();
		await page.getByRole('slider', { name: 'Timeline' }).focus();
		for (let i = 0; i < 7; i++) await page.keyboard.press('ArrowRight');
		await expect(page.getByTestId('week')).toContainText('Week 10 of');
		const kpis = await page.getByTestId('kpis').innerText();
		await page.keyboard.press('Home');
		await expect(page.getByTestId('week')).toContainText('Week 0 of');
		for (let i = 0; i < 10; i++) await page.keyboard.press('ArrowRight');
		await expect(page.getByTestId('week')).toContainText('Week 10 of');
		await expect.poll(() => page.getByTestId('kpis').innerText()).toBe(kpis);
	});

	test('Alt+K plays and pauses, Alt+. steps, Alt+Shift+R resets', async ({ page }) => {
		await openPlayground(page);
		await page.locator('h1').click(); // focus on nothing in particular
		await page.keyboard.press('Alt+Period');
		await page.keyboard.press('Alt+Period');
		await expect(page.getByTestId('week')).toContainText('Week 2 of');
		await page.keyboard.press('Alt+KeyK');
		await expect(page.getByRole('button', { name: 'Pause' })).toBeVisible();
		await expect.poll(() => weekShown(page)).toBeGreaterThan(5);
		await page.keyboard.press('Alt+KeyK');
		await expect(page.getByRole('button', { name: 'Play' })).toBeVisible();
		const stopped = await weekShown(page);
		await page.waitForTimeout(300); // paused: give it the chance to move, it must not
		expect(await weekShown(page)).toBe(stopped);
		await page.keyboard.press('Alt+Shift+KeyR');
		await expect(page.getByTestId('week')).toContainText('Week 0 of');
	});

	test('Space plays only when the play button has focus', async ({ page }) => {
		await openPlayground(page);
		await page.getByRole('slider', { name: 'Cloud inertia' }).focus();
		await page.keyboard.press('Space');
		await expect(page.getByRole('button', { name: 'Play' })).toBeVisible();
		await page.getByRole('button', { name: 'Play' }).focus();
		await page.keyboard.press('Space');
		await expect(page.getByRole('button', { name: 'Pause' })).toBeVisible();
	});
});
