import { expect, test } from '@playwright/test';
import { expectAccessible } from './support/axe';
import { expectNoExternal, recordExternal } from './support/no-external';

/** Real content: RingCentral OAU-251 is observed, not documented; OAU-123 has an observed wording. */
const UNDOCUMENTED = '/vendors/ringcentral/oau-251/';
const WITH_WORDING = '/vendors/ringcentral/oau-123/';

for (const colorScheme of ['light', 'dark'] as const) {
  test.describe(`${colorScheme} mode`, () => {
    test('an undocumented entry says so under its title, with its source, and passes axe', async ({
      page,
      baseURL,
    }) => {
      await page.emulateMedia({ colorScheme });
      const outside = await recordExternal(page, baseURL!);
      await page.goto(UNDOCUMENTED);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText('OAU-251');
      const header = page.locator('article > header');
      await expect(header).toContainText("Observed, not in RingCentral's documentation");
      await expect(header.getByRole('link')).toHaveAttribute(
        'href',
        'https://stackoverflow.com/questions/47692828/ringcentral-auth-token-failed-in-curl-call-unauthorized-for-this-grant-type/47745436',
      );
      await expect(page.getByRole('heading', { name: 'Observed facts' })).toBeVisible();
      await expect(page.locator('#message')).toContainText(
        "RingCentral's documentation does not list this code",
      );
      await expect(page.locator('#provenance')).toContainText(
        "Observed, not in RingCentral's documentation",
      );
      await expectAccessible(page);
      expectNoExternal(outside);
    });

    test('"Also seen as" shows each wording verbatim, its source and status, apart from the message', async ({
      page,
    }) => {
      await page.emulateMedia({ colorScheme });
      await page.goto(WITH_WORDING);
      const seen = page.locator('#also-seen-as');
      await expect(seen.getByRole('heading', { level: 2 })).toHaveText('Also seen as');
      const item = seen
        .getByRole('listitem')
        .filter({ hasText: 'Client authentication is required' });
      await expect(item).toContainText('No HTTP status shown with it');
      await expect(item.getByRole('link')).toHaveAttribute(
        'href',
        'https://github.com/ringcentral/ringcentral-api-docs/pull/33',
      );
      // The documented message stays the quoted one; the wording is not inside it.
      await expect(page.locator('#message blockquote')).not.toContainText('Client authentication');
      await expect(page.locator('#provenance')).toContainText('Observed in public sources');
      await expectAccessible(page);
    });

    test('the vendor page counts documented and observed apart and marks the row', async ({
      page,
    }) => {
      await page.emulateMedia({ colorScheme });
      await page.goto('/vendors/ringcentral/');
      await expect(page.getByText(/· \d+ documented · \d+ observed$/)).toBeVisible();
      const row = page.locator('.entry-list li').filter({ hasText: 'OAU-251' }).first();
      await expect(row.locator('strong')).toHaveText('Observed, undocumented');
      await expectAccessible(page);
    });
  });
}

test('a search card marks an undocumented entry', async ({ page }) => {
  await page.goto('/search/?q=OAU-251');
  const first = page.getByRole('main').getByRole('listitem').first();
  await expect(first).toContainText('OAU-251');
  await expect(first).toContainText('Observed, undocumented');
});

test('the decoder says "not catalogued" for a code RingCentral has no entry for', async ({
  page,
}) => {
  await page.goto('/decode/');
  await page
    .getByLabel(/Paste an error/)
    .fill('{"errors":[{"errorCode":"OAU-252","message":"Something new"}]}');
  await expect(page.getByRole('status')).toHaveText(/see the notes about this input/);
  await expect(page.getByRole('region', { name: 'About this input' })).toContainText(
    'Not catalogued for RingCentral: code OAU-252',
  );
  await expect(page.getByRole('link', { name: 'RingCentral OAU-251' })).toBeVisible();
  await expectAccessible(page);
});
