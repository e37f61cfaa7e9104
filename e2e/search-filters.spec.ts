import { expect, test } from '@playwright/test';

// `errdex search --vendor bogus` is a usage error; the page cannot refuse a link, so it says
// what it did with the filter instead of ignoring it silently.
test('an unknown vendor in the URL is named, and results come from every vendor', async ({
  page,
}) => {
  await page.goto('/search/?q=not%20found&vendor=bogus');
  await expect(page.getByText('No vendor “bogus”; showing all vendors.')).toBeVisible();
  await expect(page.getByText(/^\d+ results? for “not found”$/)).toBeVisible();
  await expect(page.getByRole('main').getByRole('listitem').first()).toBeVisible();
});

test('a known vendor filters without a notice', async ({ page }) => {
  await page.goto('/search/?q=not%20found&vendor=bandwidth');
  await expect(page.getByText(/results? for “not found” \(filtered\)/)).toBeVisible();
  await expect(page.getByText(/^No vendor/)).toHaveCount(0);
});
