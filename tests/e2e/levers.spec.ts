import {
	expect,
	fragmentOf,
	lever,
	openPlayground,
	test,
	SCREENSHOT_VIEWS,
	showAs
} from './fixtures';
import type { Page } from '@playwright/test';

function group(page: Page, label: string) {
	return page.locator('details', { has: page.locator('summary', { hasText: label }) });
}

test.describe('the levers, used as a person would', () => {
	test('the levers are grouped by stakeholder and theme', async ({ page }) => {
		await openPlayground(page);
		const summaries = page.getByRole('complementary', { name: 'Control area' }).locator('summary');
		await expect(summaries).toHaveText([
			'Token economics',
			'Market',
			'Miners and devices',
			'Device manufacturers',
			'Builders',
			'Users',
			'Shocks and run length'
		]);
	});

	test('a lever’s info button shows what it means, its unit and its source', async ({ page }) => {
		await openPlayground(page);
		await lever(page, 'Miners and devices', 'Device price');
		const about = page.getByRole('button', { name: 'About Device price' });
		await expect(about).toHaveAttribute('aria-expanded', 'false');
		const info = page.getByTestId('info-device_capex_usd');
		await expect(info).toBeHidden();
		await about.click();
		await expect(about).toHaveAttribute('aria-expanded', 'true');
		await expect(info).toBeVisible();
		await expect(info).toContainText('What a miner pays for one device.');
		await expect(info).toContainText('Unit USD');
		await expect(info).toContainText('Range $50 to $5k');
		await expect(info).toContainText('Reset value $500 (the default)');
		await expect(info).toContainText('Source Helium ≈$500; Hivemapper $549/$649');
		// The slider's own name and value text are unchanged by the info button.
		await expect(page.getByRole('slider', { name: 'Device price' })).toHaveAttribute(
			'aria-valuetext',
			'$500'
		);
		// By keyboard too: Enter on the focused button closes it.
		await about.focus();
		await page.keyboard.press('Enter');
		await expect(info).toBeHidden();

		// An assumption says so in words; a choice lists its options.
		await page.getByRole('button', { name: 'About Hurdle rate' }).click();
		await expect(page.getByTestId('info-roi_hurdle')).toContainText(
			'Assumption of the model (MODEL.md §6.6)'
		);
		await page.getByRole('button', { name: 'About Where usage revenue goes' }).click();
		await expect(page.getByTestId('info-sink_mode')).toContainText(
			'burn and mint, buyback and burn, direct payment'
		);
	});

	test('“Reset group” puts back only that group’s levers, to the preset’s values', async ({
		page
	}) => {
		await openPlayground(page);
		await page.getByRole('combobox', { name: 'Scenario' }).selectOption({ label: 'Tipping point' });
		await expect.poll(() => fragmentOf(page).get('preset')).toBe('tipping-demo');

		const inertia = await lever(page, 'Users', 'Cloud inertia');
		await inertia.focus();
		for (let i = 0; i < 5; i++) await page.keyboard.press('ArrowRight');
		await expect(inertia).toHaveAttribute('aria-valuetext', '0.8 value units');
		const churn = await lever(page, 'Users', 'User churn');
		await churn.focus();
		await page.keyboard.press('End');
		await expect(churn).toHaveAttribute('aria-valuetext', '1 1/year');
		const uptime = await lever(page, 'Miners and devices', 'Uptime');
		await uptime.focus();
		await page.keyboard.press('ArrowLeft');
		await expect(uptime).toHaveAttribute('aria-valuetext', '0.79');

		const users = group(page, 'Users');
		await expect(users.locator('summary')).toContainText('2 changed');
		await expect(group(page, 'Miners and devices').locator('summary')).toContainText('1 changed');
		await expect.poll(() => fragmentOf(page).get('inertia')).toBe('0.8');

		await users.getByRole('button', { name: 'Reset group: Users' }).click();
		// Back to the preset's values (inertia 0.75 in Tipping point, not the default 0.5)…
		await expect(inertia).toHaveAttribute('aria-valuetext', '0.75 value units');
		await expect(churn).toHaveAttribute('aria-valuetext', '0.1 1/year');
		await expect(users.locator('summary')).not.toContainText('changed');
		await expect(users.getByRole('button', { name: 'Reset group: Users' })).toBeDisabled();
		// …and the other groups are untouched.
		await expect(uptime).toHaveAttribute('aria-valuetext', '0.79');
		await expect.poll(() => fragmentOf(page).get('inertia')).toBeNull();
		expect(fragmentOf(page).get('user_churn')).toBeNull();
		expect(fragmentOf(page).get('uptime')).toBe('0.79');
		expect(fragmentOf(page).get('preset')).toBe('tipping-demo');

		await page.getByRole('button', { name: 'Reset all levers' }).click();
		await expect(uptime).toHaveAttribute('aria-valuetext', '0.8');
		await expect.poll(() => fragmentOf(page).get('uptime')).toBeNull();
	});

	test('slider keys: PageUp/PageDown by a tenth of the range, Home/End to the ends', async ({
		page
	}) => {
		await openPlayground(page);
		const uptime = await lever(page, 'Miners and devices', 'Uptime');
		await uptime.focus();
		await page.keyboard.press('Home');
		await expect(uptime).toHaveAttribute('aria-valuetext', '0.5');
		await page.keyboard.press('PageUp');
		// A tenth of 0.5–0.99 is 0.049, kept on the lever's 0.01 steps.
		await expect(uptime).toHaveAttribute('aria-valuetext', /^0\.5[45]$/);
		await page.keyboard.press('End');
		await expect(uptime).toHaveAttribute('aria-valuetext', '0.99');
		await page.keyboard.press('ArrowDown');
		await expect(uptime).toHaveAttribute('aria-valuetext', '0.98');
		await expect.poll(() => fragmentOf(page).get('uptime')).toBe('0.98');
	});

	test('each preset is described in a paragraph, with its scripted events', async ({ page }) => {
		await openPlayground(page);
		const picker = page.getByRole('combobox', { name: 'Scenario' });
		await expect(page.getByTestId('preset-description')).toContainText('Helium-like halving');
		await picker.selectOption({ label: 'Regional ban' });
		await expect(page.getByTestId('preset-description')).toContainText('China 2021 mining ban');
		await expect(page.getByTestId('preset-events')).toHaveText(
			'Scripted events: Regional ban in week 150.'
		);
		await (await lever(page, 'Users', 'Cloud inertia')).focus();
		await page.keyboard.press('ArrowRight');
		await expect(page.getByTestId('preset-changed')).toHaveText(
			'1 lever differs from this scenario.'
		);
	});

	test('choosing the Filecoin hybrid emission brings its levers, and the preset uses it', async ({
		page
	}) => {
		await openPlayground(page);
		const token = group(page, 'Token economics');
		const hybridLevers = [
			'Emission decay rate',
			'Hybrid: baseline minting share',
			'Hybrid: baseline at launch',
			'Hybrid: baseline growth'
		];
		await expect(token.getByRole('slider', { name: 'Halving period' })).toBeVisible();
		for (const name of hybridLevers)
			await expect(token.getByRole('slider', { name })).toHaveCount(0);

		await page
			.getByRole('combobox', { name: 'Emission schedule' })
			.selectOption({ label: 'Filecoin hybrid' });
		await expect.poll(() => fragmentOf(page).get('emission_mode')).toBe('4');
		await expect(token.getByRole('slider', { name: 'Halving period' })).toHaveCount(0);
		for (const name of hybridLevers)
			await expect(token.getByRole('slider', { name })).toBeVisible();
		const growth = token.getByRole('slider', { name: 'Hybrid: baseline growth' });
		await expect(growth).toHaveAttribute('aria-valuetext', '0.693 1/year');
		await growth.focus();
		await page.keyboard.press('ArrowRight');
		await expect.poll(() => fragmentOf(page).get('baseline_growth')).toBe('0.694');
		await page.getByRole('button', { name: 'About Hybrid: baseline at launch' }).click();
		await expect(page.getByTestId('info-baseline_initial')).toContainText('2.5 EiB');

		await page
			.getByRole('combobox', { name: 'Scenario' })
			.selectOption({ label: 'Filecoin-like storage' });
		await expect(page.getByTestId('preset-description')).toContainText('baseline minting');
		await expect(page.getByRole('combobox', { name: 'Emission schedule' })).toHaveValue('4');
		await expect(token.getByRole('slider', { name: 'Hybrid: baseline at launch' })).toBeVisible();
	});

	for (const [width, height, scheme] of [
		[1280, 900, 'dark'],
		[360, 780, 'light']
	] as const) {
		test(`hybrid levers screenshot at ${width} px, ${scheme}`, async ({ page }) => {
			await showAs(page, { width, height, scheme });
			await openPlayground(page, 'v=1&seed=1&preset=filecoin-like');
			const growth = page.getByRole('slider', { name: 'Hybrid: baseline growth' });
			await growth.scrollIntoViewIfNeeded();
			await expect(growth).toBeInViewport();
			await page.screenshot({ path: test.info().outputPath(`hybrid-levers-${width}.png`) });
		});
	}

	test('touch targets are at least 44 px tall on a phone', async ({ page }) => {
		await page.setViewportSize({ width: 360, height: 780 });
		await openPlayground(page);
		const users = group(page, 'Users');
		await expect(users).toHaveAttribute('open', '');
		const heights = async (selector: string) =>
			users
				.locator(selector)
				.evaluateAll((els) => els.map((el) => el.getBoundingClientRect().height));
		for (const h of await heights('input[type=range]')) expect(h).toBeGreaterThanOrEqual(44);
		for (const h of await heights('button')) expect(h).toBeGreaterThanOrEqual(44);
		for (const h of await heights('summary')) expect(h).toBeGreaterThanOrEqual(44);
		const info = (await users.getByRole('button', { name: 'About Cloud inertia' }).boundingBox())!;
		expect(info.width).toBeGreaterThanOrEqual(44);
		const preset = (await page.getByRole('combobox', { name: 'Scenario' }).boundingBox())!;
		expect(preset.height).toBeGreaterThanOrEqual(44);
	});

	for (const view of SCREENSHOT_VIEWS) {
		const { width, scheme } = view;
		test(`screenshot at ${width} px, ${scheme}`, async ({ page }) => {
			await showAs(page, view);
			await openPlayground(page, 'v=1&seed=1&inertia=0.8&sink_mode=1');
			await page.getByRole('button', { name: 'About Cloud inertia' }).click();
			await page.getByRole('button', { name: 'About Where usage revenue goes' }).click();
			await page.getByRole('slider', { name: 'Imitators' }).focus();
			await page.keyboard.press('ArrowRight');
			const aside = page.getByRole('complementary', { name: 'Control area' });
			const users = group(page, 'Users');
			await users.scrollIntoViewIfNeeded();
			await aside.screenshot({ path: test.info().outputPath(`levers-${width}-${scheme}.png`) });
		});
	}
});
