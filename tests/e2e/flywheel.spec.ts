import type { Page } from '@playwright/test';
import { expect, openPlayground, SCREENSHOT_VIEWS, showAs, test, weekShown } from './fixtures';

const PRESET = 'v=1&preset=flywheel-demo';

/** Stroke width of every arrow of the diagram, by edge id. */
async function widths(page: Page): Promise<Record<string, number>> {
	return page
		.getByTestId('flywheel')
		.locator('path.shaft')
		.evaluateAll((paths) =>
			Object.fromEntries(
				paths.map((p) => [p.getAttribute('data-testid'), Number(p.getAttribute('stroke-width'))])
			)
		);
}

/** CSS animations and transitions running inside the diagram. */
async function runningAnimations(page: Page): Promise<number> {
	return page
		.getByTestId('flywheel')
		.evaluate(
			(el) => el.getAnimations({ subtree: true }).filter((a) => a.playState === 'running').length
		);
}

async function playUntil(page: Page, week: number): Promise<void> {
	await page.getByTestId('play').click();
	await expect(page.getByTestId('play')).toHaveText('Pause');
	await expect.poll(() => weekShown(page), { timeout: 20_000 }).toBeGreaterThan(week);
}

test.describe('the flywheel diagram and the narration', () => {
	test('names its loops, and its arrows and banner follow the run as it plays', async ({
		page
	}) => {
		await openPlayground(page, PRESET);
		const diagram = page.getByTestId('flywheel');
		await expect(diagram.getByRole('heading', { name: 'Causal loops' })).toBeVisible();
		const loops = diagram.getByTestId('flywheel-loops');
		for (const name of [
			'the flywheel',
			'emission sell pressure',
			'density saturation',
			'miner churn'
		]) {
			await expect(loops).toContainText(name);
		}
		for (const badge of ['R1', 'B1', 'B2', 'B3']) {
			await expect(diagram.locator(`[data-badge=${badge}] text`)).toHaveText(badge);
		}
		await expect(
			diagram.getByRole('img', { name: /^Causal-loop diagram at week 0\./ })
		).toBeVisible();
		await expect(page.getByTestId('loop-banner')).toHaveText('No loop dominates yet');
		const atStart = await widths(page);
		expect(Object.keys(atStart)).toHaveLength(12);
		expect(new Set(Object.values(atStart))).toEqual(new Set([1.5]));

		await playUntil(page, 30);
		// The dominant loop is pulsing while the run plays.
		await expect(diagram.getByTestId('flywheel-pulse')).toBeAttached();
		expect(await runningAnimations(page)).toBeGreaterThan(0);
		await page.getByTestId('play').click();
		await expect(page.getByTestId('play')).toHaveText('Play');
		await expect(diagram.getByTestId('flywheel-pulse')).toHaveCount(0);

		const week = await weekShown(page);
		await expect(diagram).toHaveAttribute('data-week', String(week));
		await expect(page.getByTestId('loop-banner')).toHaveText(/^Since week \d+ .+ dominates$/);
		await expect(page.getByTestId('loop-banner')).toHaveText(/the flywheel \(R1\)/);
		await expect(diagram.locator('[data-badge=R1]')).toHaveClass(/\bon\b/);
		await expect(
			diagram.getByRole('img', {
				name: new RegExp(`^Causal-loop diagram at week ${week}\\. Since week`)
			})
		).toBeVisible();
		const later = await widths(page);
		expect(later).not.toEqual(atStart);
		expect(Math.max(...Object.values(later))).toBeGreaterThan(3);

		// The arrows in words, on demand.
		await diagram.getByText('The arrows in words').click();
		await expect(diagram.getByTestId('flywheel-edges')).toContainText(
			/Devices → Coverage \(\+, R1\): \+[\d.]+% a week/
		);
	});

	test('the narration announces regime changes and describes the run on demand', async ({
		page
	}) => {
		await openPlayground(page, PRESET);
		const live = page.getByTestId('narration-live');
		await expect(live).toHaveAttribute('aria-live', 'polite');
		await expect(live).toHaveText('');
		await playUntil(page, 20);
		// Week 4: the flywheel takes over; week 13: take-off.
		await expect(live).toHaveText(/^Week \d+: (the flywheel \(R1\) now dominates|take-off)/);
		await page.getByTestId('play').click();
		await expect(page.getByTestId('play')).toHaveText('Play');

		await page.getByRole('button', { name: 'Describe now' }).click();
		const week = await weekShown(page);
		await expect(live).toHaveText(
			new RegExp(
				`^Week ${week} of 520: [\\d.]+k? devices, [\\d.]+k? users, token price \\$[\\d.]+, coverage ratio .+\\. Since week \\d+ the flywheel \\(R1\\) dominates\\.`
			)
		);
		await page.getByText(/^All regime changes \(\d+\)$/).click();
		await expect(page.getByTestId('regime-list').locator('li').first()).toHaveText(/^Week \d+: /);
	});

	test('nothing moves under reduced motion', async ({ page }) => {
		await page.emulateMedia({ reducedMotion: 'reduce' });
		await openPlayground(page, PRESET);
		const before = await widths(page);
		await playUntil(page, 30);
		const diagram = page.getByTestId('flywheel');
		await expect(page.getByTestId('loop-banner')).toHaveText(/dominates/);
		await expect(diagram.getByTestId('flywheel-pulse')).toHaveCount(0);
		expect(await runningAnimations(page)).toBe(0);
		// Still drawn to scale: the widths follow the run, without moving between them.
		expect(await widths(page)).not.toEqual(before);
		await page.getByTestId('play').click();
	});

	for (const view of SCREENSHOT_VIEWS) {
		const { width, scheme } = view;
		test(`screenshot at ${width} px, ${scheme}`, async ({ page }) => {
			await showAs(page, view);
			await openPlayground(page, PRESET);
			await playUntil(page, 60);
			await page.getByTestId('play').click();
			await expect(page.getByTestId('play')).toHaveText('Play');
			const diagram = page.getByTestId('flywheel');
			await diagram.scrollIntoViewIfNeeded();
			const box = (await diagram.boundingBox())!;
			expect(box.width).toBeLessThanOrEqual(width);
			// Labels stay readable: the node font is drawn at 10 px or more.
			const fontPx = await diagram
				.locator('.node text')
				.first()
				.evaluate((el) => (el as SVGTextElement).getBoundingClientRect().height);
			expect(fontPx).toBeGreaterThanOrEqual(10);
			await diagram.screenshot({
				path: test.info().outputPath(`flywheel-${width}-${scheme}.png`)
			});
			await page
				.getByTestId('narration')
				.screenshot({ path: test.info().outputPath(`narration-${width}-${scheme}.png`) });
		});
	}
});
