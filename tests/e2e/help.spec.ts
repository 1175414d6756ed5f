import { expect, openPlayground, test } from './fixtures';

test.describe('help dialog', () => {
	test('? opens the help; Escape closes it and focus goes back', async ({ page }) => {
		await openPlayground(page);
		const play = page.getByRole('button', { name: 'Play' });
		await play.focus();
		await page.keyboard.press('?');
		const help = page.getByRole('dialog', { name: 'How to use the playground' });
		await expect(help).toBeVisible();
		await expect(help.getByRole('table')).toContainText('Play or pause the run');
		await expect(help.getByRole('row', { name: /Alt\+K Play/ })).toBeVisible();
		await expect(help).toContainText('the whole scenario');
		// The page behind is inert: shortcuts wait until the dialog is closed.
		await page.keyboard.press('Alt+KeyK');
		await expect(play).toHaveText('Play');
		await page.keyboard.press('Escape');
		await expect(help).toBeHidden();
		await expect(play).toBeFocused();
	});

	test('the Help button opens it too, and the close button returns focus to it', async ({
		page
	}) => {
		await openPlayground(page);
		const button = page.getByRole('button', { name: /^Help/ });
		await button.click();
		const help = page.getByRole('dialog', { name: 'How to use the playground' });
		await expect(help).toBeVisible();
		await help.getByRole('button', { name: 'Close' }).click();
		await expect(help).toBeHidden();
		await expect(button).toBeFocused();
	});

	test('? typed into a field stays a character', async ({ page }) => {
		await openPlayground(page);
		await page.getByTestId('seed').focus();
		await page.keyboard.press('?');
		await expect(page.getByRole('dialog')).toHaveCount(0);
	});

	test('from the help, About the model opens on top; Escape steps back one at a time', async ({
		page
	}) => {
		await openPlayground(page);
		await page.getByRole('button', { name: /^Help/ }).click();
		const help = page.getByRole('dialog', { name: 'How to use the playground' });
		const link = help.getByRole('button', { name: /About the model/ });
		await link.click();
		const about = page.getByRole('dialog', { name: 'About the model' });
		await expect(about).toContainText('E₀·2^(−⌊t/H⌋)');
		await page.keyboard.press('Escape');
		await expect(about).toBeHidden();
		await expect(help).toBeVisible();
		await expect(link).toBeFocused();
		await page.keyboard.press('Escape');
		await expect(help).toBeHidden();
		await expect(page.getByRole('button', { name: /^Help/ })).toBeFocused();
	});
});
