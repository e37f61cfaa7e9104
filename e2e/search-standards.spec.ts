import { expect, test } from '@playwright/test';

// Telecom standard codes are search results like vendor errors, named by their standard.
test('a standard code: a card named by its label, linking to its page', async ({ page }) => {
  await page.goto('/search/?q=busy%20here');
  const first = page.getByRole('main').getByRole('listitem').first();
  await expect(first).toContainText('SIP 486');
  await expect(first).toContainText('telecom standard');
  await expect(first.getByRole('link').first()).toHaveAttribute('href', '/standards/sip/486/');
});

test('the filter offers the standards beside the vendors', async ({ page }) => {
  await page.goto('/search/?q=busy&vendor=q850');
  await expect(page.getByText(/results? for “busy” \(filtered\)/)).toBeVisible();
  await expect(page.getByText(/^No vendor/)).toHaveCount(0);
  await expect(page.getByLabel('Vendor or standard')).toHaveValue('q850');
  await expect(page.getByRole('main').getByRole('listitem').first()).toContainText('Q.850 17');
});

test('the header box names a standard code by its label', async ({ page }) => {
  await page.goto('/');
  const box = page.getByRole('combobox');
  await box.fill('ESME_RTHROTTLED');
  await expect(page.getByRole('option').first()).toContainText('SMPP ESME_RTHROTTLED');
});
