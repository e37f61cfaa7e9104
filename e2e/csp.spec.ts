import { expect, test } from '@playwright/test';
import { holdRefresh } from './support/hold-refresh';

/** One page of each type: the policy must let every one of them run, with no violation reported. */
const PAGES = [
  '/',
  '/vendors/ringcentral/',
  '/vendors/ringcentral/cmn-101/',
  '/status/429/',
  '/no-such-page/',
  '/search/?q=rate%20exceeded',
  '/decode/',
];

test.describe('Content-Security-Policy', () => {
  for (const path of PAGES) {
    test(`${path} carries a policy and reports no violation`, async ({ page }) => {
      await page.addInitScript(() => {
        const w = window as unknown as { __violations: string[] };
        w.__violations = [];
        document.addEventListener('securitypolicyviolation', (e) =>
          w.__violations.push(`${e.violatedDirective} ${e.blockedURI}`),
        );
      });
      await page.goto(path, { waitUntil: 'networkidle' });
      const policy = await page
        .locator('meta[http-equiv="Content-Security-Policy"]')
        .getAttribute('content');
      expect(policy).toContain("default-src 'self'");
      expect(policy).toContain("object-src 'none'");
      const scriptSrc = policy?.split(';').find((d) => d.trim().startsWith('script-src')) ?? '';
      expect(scriptSrc).not.toContain('unsafe-inline');
      if (path === '/decode/') {
        await page.getByLabel(/Paste an error/).fill('CMN-101');
        await expect(page.getByRole('status')).toHaveText(/1 error recognized/);
      }
      expect(
        await page.evaluate(() => (window as unknown as { __violations: string[] }).__violations),
      ).toEqual([]);
    });
  }

  test('a /code/ page allows no script at all and reports no violation', async ({ page }) => {
    await page.addInitScript(() => {
      const w = window as unknown as { __violations: string[] };
      w.__violations = [];
      document.addEventListener('securitypolicyviolation', (e) =>
        w.__violations.push(`${e.violatedDirective} ${e.blockedURI}`),
      );
    });
    // Held on screen: otherwise the refresh moves on to the entry before the check.
    const held = await holdRefresh(page, '/code/cmn-101/');
    await page.goto('/code/cmn-101/', { waitUntil: 'networkidle' });
    expect(held()).toBe(true);
    const policy = await page
      .locator('meta[http-equiv="Content-Security-Policy"]')
      .getAttribute('content');
    expect(policy).toContain("default-src 'none'");
    expect(policy).toContain("script-src 'none'");
    // The page's one stylesheet applied (its hash is in the policy): the body is a column.
    expect(await page.evaluate(() => getComputedStyle(document.body).maxWidth)).not.toBe('none');
    expect(
      await page.evaluate(() => (window as unknown as { __violations: string[] }).__violations),
    ).toEqual([]);
  });
});
