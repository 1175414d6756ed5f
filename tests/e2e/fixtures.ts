/**
 * Shared e2e fixtures: every test fails if the page logs a console error or throws, unless the
 * test declares the errors it provokes on purpose (allowConsoleErrors).
 */
import { test as base, expect } from '@playwright/test';
import type { Locator, Page } from '@playwright/test';

export const test = base.extend<{ allowConsoleErrors: RegExp[]; consoleGuard: void }>({
	allowConsoleErrors: [[], { option: true }],
	consoleGuard: [
		async ({ page, allowConsoleErrors }, use) => {
			const errors: string[] = [];
			page.on('console', (message) => {
				if (
					message.type() === 'error' &&
					!allowConsoleErrors.some((re) => re.test(message.text()))
				) {
					errors.push(message.text());
				}
			});
			page.on('pageerror', (error) => errors.push(`uncaught: ${error.message}`));
			await use();
			expect(errors, 'console errors').toEqual([]);
		},
		{ auto: true }
	]
});

export { expect };

/** A page size and colour scheme to look at a feature in (the screenshot tests). */
export interface View {
	readonly width: number;
	readonly height: number;
	readonly scheme: 'light' | 'dark';
}

/** Desktop and phone, each light and dark: the views every screenshot test takes. */
export const SCREENSHOT_VIEWS: readonly View[] = [1280, 360].flatMap((width) =>
	(['light', 'dark'] as const).map((scheme) => ({ width, height: width > 360 ? 900 : 780, scheme }))
);

/** Sizes the page and sets its colour scheme. */
export async function showAs(page: Page, { width, height, scheme }: View): Promise<void> {
	await page.setViewportSize({ width, height });
	await page.emulateMedia({ colorScheme: scheme });
}

/** The chart of devices, once the engine has delivered its first frame. */
export async function openPlayground(page: Page, fragment = ''): Promise<void> {
	await page.goto(fragment ? `./#${fragment}` : './');
	await expect(page.locator('main')).toHaveAttribute('aria-busy', 'false');
}

export function chartPath(page: Page | ReturnType<Page['frameLocator']>, chart: string): Locator {
	return page.locator(`[data-testid=${chart}] path[data-column]`).first();
}

export async function weekShown(page: Page): Promise<number> {
	const text = await page.getByTestId('week').locator('strong').textContent();
	return Number(text);
}

export function fragmentOf(page: Page): URLSearchParams {
	return new URLSearchParams(new URL(page.url()).hash.slice(1));
}

/** A lever by its label; opens its group first if it is collapsed, as a person would. */
export async function lever(
	page: Page | ReturnType<Page['frameLocator']>,
	group: string,
	name: string
): Promise<Locator> {
	const details = page.locator('details', { has: page.locator('summary', { hasText: group }) });
	if ((await details.getAttribute('open')) === null) await details.locator('summary').click();
	const slider = details.getByRole('slider', { name });
	await expect(slider).toBeVisible();
	return slider;
}
