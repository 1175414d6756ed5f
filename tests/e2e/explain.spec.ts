import { expect, openPlayground, test } from './fixtures';
import type { Page } from '@playwright/test';

const background = (page: Page) =>
	page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);

test.describe('themes, motion and the brief explained', () => {
	test('a chosen theme sets data-theme and the colours, and survives a reload', async ({
		page
	}) => {
		await page.emulateMedia({ colorScheme: 'light' });
		await openPlayground(page);
		const html = page.locator('html');
		await expect(html).toHaveAttribute('data-theme', 'auto');
		const light = await background(page);
		const theme = page.getByRole('combobox', { name: 'Theme' });
		await theme.selectOption({ label: 'Dark' });
		await expect(html).toHaveAttribute('data-theme', 'dark');
		expect(await background(page)).toBe('rgb(21, 24, 27)');
		expect(await background(page)).not.toBe(light);

		await theme.selectOption({ label: 'High contrast' });
		await expect(html).toHaveAttribute('data-theme', 'contrast');
		expect(await background(page)).toBe('rgb(0, 0, 0)');
		const ring = await page.getByRole('button', { name: 'Play' }).evaluate((button) => {
			button.focus({ focusVisible: true } as FocusOptions);
			return getComputedStyle(button).outlineWidth;
		});
		expect(ring).toBe('4px');

		await page.reload();
		await expect(page.locator('main')).toHaveAttribute('aria-busy', 'false');
		await expect(html).toHaveAttribute('data-theme', 'contrast');
		await expect(page.getByRole('combobox', { name: 'Theme' })).toHaveValue('contrast');
		// The theme is a view preference, not part of the scenario link.
		expect(new URL(page.url()).hash).not.toContain('contrast');
	});

	test('auto follows the system; light overrides a dark system', async ({ page }) => {
		await page.emulateMedia({ colorScheme: 'dark' });
		await openPlayground(page);
		expect(await background(page)).toBe('rgb(21, 24, 27)');
		await page.getByRole('combobox', { name: 'Theme' }).selectOption({ label: 'Light' });
		expect(await background(page)).toBe('rgb(251, 251, 250)');
	});

	test('reduce motion starts from the system and switches CSS motion off', async ({ page }) => {
		await page.emulateMedia({ reducedMotion: 'reduce' });
		await openPlayground(page);
		const box = page.getByRole('checkbox', { name: 'Reduce motion' });
		await expect(box).toBeChecked();
		await expect(page.locator('html')).toHaveAttribute('data-motion', 'reduce');
		const transition = () =>
			page
				.getByRole('button', { name: 'Play' })
				.evaluate((b) => getComputedStyle(b).transitionProperty);
		expect(await transition()).toBe('none');
		await box.uncheck();
		await expect(page.locator('html')).not.toHaveAttribute('data-motion', 'reduce');
		expect(await transition()).toBe('all');
		await page.reload();
		await expect(page.getByRole('checkbox', { name: 'Reduce motion' })).not.toBeChecked();
	});

	test('About the model loads the equations only when opened', async ({ page }) => {
		const chunks: string[] = [];
		page.on('request', (request) => {
			if (/ModelDoc/.test(request.url())) chunks.push(request.url());
		});
		await openPlayground(page);
		expect(chunks).toEqual([]);
		const opener = page.getByRole('button', { name: 'About the model' });
		await opener.click();
		const about = page.getByRole('dialog', { name: 'About the model' });
		await expect(about.getByRole('heading', { name: 'Equations' })).toBeVisible();
		await expect(about).toContainText('E₀·2^(−⌊t/H⌋)');
		await expect(about).toContainText('(assembly/rng.ts)');
		await expect(about.getByRole('table').first()).toContainText('Crypto market index');
		expect(chunks.length).toBeGreaterThan(0);
		await page.keyboard.press('Escape');
		await expect(about).toBeHidden();
		await expect(opener).toBeFocused();
	});

	test('a stakeholder’s levers open in the control area with focus on a slider', async ({
		page
	}) => {
		await openPlayground(page);
		const explainers = page.getByTestId('explainers');
		await explainers.getByText('Four stakeholders').click();
		const manufacturers = page
			.getByRole('complementary', { name: 'Control area' })
			.locator('details', { has: page.locator('summary', { hasText: 'Device manufacturers' }) });
		await expect(manufacturers).not.toHaveAttribute('open');
		await explainers.getByRole('button', { name: /levers in “Device manufacturers”/ }).click();
		await expect(manufacturers).toHaveAttribute('open');
		const focused = manufacturers.locator('input[type=range]').first();
		await expect(focused).toBeFocused();
		await expect(focused).toBeInViewport();
	});

	test('a challenge names its levers from the schema; each button focuses that lever', async ({
		page
	}) => {
		await openPlayground(page);
		const explainers = page.getByTestId('explainers');
		await explainers.getByText('Four challenges').click();
		const adoption = explainers.getByRole('article', { name: 'Adoption' });
		await adoption.getByRole('button', { name: 'Cloud inertia' }).click();
		const inertia = page.getByRole('slider', { name: 'Cloud inertia' });
		await expect(inertia).toBeFocused();
		await page.keyboard.press('ArrowRight');
		await expect(inertia).toHaveAttribute('aria-valuetext', '0.51 value units');
		const regulatory = explainers.getByRole('article', { name: 'Regulatory' });
		await expect(regulatory).toContainText('Regional ban');
	});

	test('the market outlook works out what 100× and 1000× would need from the levers', async ({
		page
	}) => {
		await openPlayground(page);
		const explainers = page.getByTestId('explainers');
		await explainers.getByText('The market outlook').click();
		const table = page.getByTestId('outlook-table');
		await expect(table).toContainText('1.3B');
		await expect(table).toContainText('13B');
		await expect(explainers).toContainText('the brief’s, not ours');
		const users = table.getByRole('row', { name: /^Users, each paying/ });
		const before = await users.innerText();
		// Users who pay more are needed in smaller numbers.
		const price = page.getByRole('slider', { name: 'Service price' });
		await price.focus();
		await page.keyboard.press('PageUp');
		await expect.poll(() => users.innerText()).not.toBe(before);
	});
});
