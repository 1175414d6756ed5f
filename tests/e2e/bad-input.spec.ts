import { chartPath, expect, fragmentOf, lever, openPlayground, test, weekShown } from './fixtures';

test.describe('bad input never breaks the page', () => {
	test('a tampered link: a polite notice says what was ignored or clamped, the rest is kept', async ({
		page
	}) => {
		await openPlayground(page, 'v=1&seed=oops&inertia=9&uptime=abc&nonsense=1&market_size=2000000');
		const notices = page.getByRole('status').filter({ hasText: 'could not be used' });
		await expect(notices).toBeVisible();
		await expect(notices).toContainText('“Cloud inertia” was 9, above the maximum; used 1.5.');
		await expect(notices).toContainText(
			'“Uptime” was “abc”, which is not a number; used the default 0.8.'
		);
		await expect(notices).toContainText('Ignored the unknown setting “nonsense”.');
		await expect(notices).toContainText('The seed “oops” is not a whole number');
		// What was valid is kept; what was clamped is shown as used.
		await expect(page.getByRole('slider', { name: 'Addressable users' })).toHaveAttribute(
			'aria-valuetext',
			'2M users'
		);
		await expect(page.getByRole('slider', { name: 'Cloud inertia' })).toHaveAttribute(
			'aria-valuetext',
			'1.5 value units'
		);
		// The page works: the model runs, and the link becomes canonical again after an edit.
		await page.getByRole('button', { name: 'Play' }).click();
		await expect.poll(() => weekShown(page)).toBeGreaterThan(5);
		await page.getByRole('button', { name: 'Pause' }).click();
		await (await lever(page, 'Miners and devices', 'Uptime')).focus();
		await page.keyboard.press('ArrowRight');
		await expect.poll(() => fragmentOf(page).get('uptime')).toBe('0.81');
		expect(fragmentOf(page).get('nonsense')).toBeNull();
		expect(fragmentOf(page).get('inertia')).toBe('1.5');
		await page.getByRole('button', { name: 'Dismiss' }).click();
		await expect(notices).toBeHidden();
	});

	test('garbage in the fragment shows the default scenario and a notice', async ({ page }) => {
		await openPlayground(page, '%E0%A4%A&&==&%zz');
		await expect(page.getByTestId('notices')).toContainText('could not be used');
		await expect(page.getByRole('slider', { name: 'Cloud inertia' })).toHaveAttribute(
			'aria-valuetext',
			'0.5 value units'
		);
		await expect(chartPath(page, 'chart-supply')).toHaveAttribute('d', /^M/);
	});

	test('pasting a new link into the address bar loads it', async ({ page }) => {
		await openPlayground(page);
		await page.evaluate(() => (location.hash = '#v=1&seed=3&inertia=1.2'));
		await expect(page.getByRole('slider', { name: 'Cloud inertia' })).toHaveAttribute(
			'aria-valuetext',
			'1.2 value units'
		);
		await expect(page.getByTestId('seed')).toHaveValue('3');
	});
});

test.describe('engine failures', () => {
	test.use({ allowConsoleErrors: [/Failed to load resource/] });

	test('if the WASM core cannot be downloaded: a message, a working page, and a restart', async ({
		page
	}) => {
		let blocked = true;
		await page.route('**/*.wasm', (route) => (blocked ? route.abort('failed') : route.continue()));
		await page.goto('./#v=1&inertia=0.7');
		const alert = page.getByRole('alert');
		await expect(alert).toContainText('The simulation stopped.');
		await expect(alert).toContainText('Your settings are kept in the link.');
		// Nothing the user entered is lost, and the levers keep working.
		await page.getByRole('slider', { name: 'Cloud inertia' }).focus();
		await page.keyboard.press('ArrowRight');
		await expect.poll(() => fragmentOf(page).get('inertia')).toBe('0.71');
		blocked = false;
		await page.getByRole('button', { name: 'Restart the simulation' }).click();
		await expect(alert).toBeHidden();
		await expect(page.locator('main')).toHaveAttribute('aria-busy', 'false');
		await page.getByRole('button', { name: 'Step 1 week' }).click();
		await expect(page.getByTestId('week')).toContainText('Week 1 of 520');
		await expect(page.getByRole('slider', { name: 'Cloud inertia' })).toHaveAttribute(
			'aria-valuetext',
			'0.71 value units'
		);
	});

	test('a corrupt WASM file is reported, not a blank page', async ({ page }) => {
		await page.route('**/*.wasm', (route) =>
			route.fulfill({ status: 200, contentType: 'application/wasm', body: 'not wasm' })
		);
		await page.goto('./');
		await expect(page.getByRole('alert')).toContainText('The simulation stopped.');
		await expect(page.getByRole('heading', { name: 'DePIN flywheel playground' })).toBeVisible();
		await expect(page.getByRole('slider', { name: 'Cloud inertia' })).toBeEnabled();
	});

	test('if the worker script itself cannot load: a message, and a restart once it can', async ({
		page
	}) => {
		let blocked = true;
		await page.route(/worker-[\w-]+\.js$/, (route) =>
			blocked ? route.abort('failed') : route.continue()
		);
		await page.goto('./#v=1&inertia=0.6');
		await expect(page.getByRole('alert')).toContainText('The simulation stopped.');
		await expect(page.getByRole('slider', { name: 'Cloud inertia' })).toHaveAttribute(
			'aria-valuetext',
			'0.6 value units'
		);
		blocked = false;
		await page.getByRole('button', { name: 'Restart the simulation' }).click();
		await expect(page.getByRole('alert')).toBeHidden();
		await page.getByRole('button', { name: 'Step 1 week' }).click();
		await expect(page.getByTestId('week')).toContainText('Week 1 of 520');
	});
});
