import { expect, test } from '@playwright/test';

test('home page lists every vendor', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1, name: 'Errdex' })).toBeVisible();
  for (const name of ['BlueJeans', 'Vaspian', 'RingCentral', 'Bandwidth', '8x8']) {
    await expect(page.getByRole('link', { name, exact: true })).toBeVisible();
  }
});
