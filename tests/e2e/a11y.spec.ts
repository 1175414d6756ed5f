/**
 * Accessibility, checked in the page as people meet it: axe-core finds no serious or critical
 * violation (light, dark, phone width, mid-run), landmarks name the play and control areas, and
 * every control reached by Tab shows where the focus is.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, openPlayground, test, weekShown } from './fixtures';

async function seriousViolations(page: Page): Promise<string[]> {
	const results = await new AxeBuilder({ page })
		.withTags(['wcag2a', 'wcag2aa', 'wcag21aa'])
		.analyze();
	return results.violations
		.filter((v) => v.impact === 'serious' || v.impact === 'critical')
		.map(
			(v) =>
				`${v.id} (${v.impact}): ${v.help} — ${v.nodes
					.map((n) => n.target.join(' '))
					.slice(0, 3)
					.join('; ')}`
		);
}

test.describe('accessibility', () => {
	test('no serious or critical axe violations, light and dark, at rest and mid-run', async ({
		page
	}) => {
		await openPlayground(page, 'v=1&preset=flywheel-demo');
		expect(await seriousViolations(page)).toEqual([]);
		await page.getByRole('button', { name: 'Play' }).click();
		await expect.poll(() => weekShown(page), { timeout: 20_000 }).toBeGreaterThan(60);
		await page.getByRole('button', { name: 'Pause' }).click();
		expect(await seriousViolations(page)).toEqual([]);
		await page.emulateMedia({ colorScheme: 'dark' });
		expect(await seriousViolations(page)).toEqual([]);
		await page.getByLabel('Theme').selectOption('contrast');
		await expect(page.locator('html')).toHaveAttribute('data-theme', 'contrast');
		expect(await seriousViolations(page)).toEqual([]);
	});

	test('no serious or critical axe violations on a 360 px phone', async ({ page }) => {
		await page.setViewportSize({ width: 360, height: 740 });
		await openPlayground(page, 'v=1&preset=helium-like');
		expect(await seriousViolations(page)).toEqual([]);
	});

	test('landmarks name the play area and the control area', async ({ page }) => {
		await openPlayground(page);
		await expect(page.getByRole('main', { name: 'Play area' })).toBeVisible();
		await expect(page.getByRole('complementary', { name: 'Control area' })).toBeVisible();
	});

	test('every control reached with Tab shows a visible focus indicator', async ({ page }) => {
		await openPlayground(page);
		const seen = new Set<string>();
		for (let i = 0; i < 80; i++) {
			await page.keyboard.press('Tab');
			const focus = await page.evaluate(() => {
				const el = document.activeElement as HTMLElement | null;
				if (!el || el === document.body) return null;
				const style = getComputedStyle(el);
				const ring =
					(style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 1) ||
					style.boxShadow !== 'none';
				const name = `${el.tagName.toLowerCase()}:${el.getAttribute('aria-label') ?? el.textContent?.trim().slice(0, 30) ?? ''}`;
				return { name, ring, visible: el.getClientRects().length > 0 };
			});
			if (!focus) continue;
			seen.add(focus.name);
			expect(focus.visible, `${focus.name} is focused but not visible`).toBe(true);
			expect(focus.ring, `${focus.name} has no focus indicator`).toBe(true);
		}
		expect(seen.size).toBeGreaterThan(20);
	});
});
