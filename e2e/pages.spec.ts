import { expect, test } from '@playwright/test';
import { expectAccessible } from './support/axe';
import { holdRefresh } from './support/hold-refresh';
import { expectNoExternal, recordExternal } from './support/no-external';

/** One page of each type, and what proves it rendered. */
const PAGES = [
  { type: 'home', path: '/', heading: 'Errdex' },
  { type: 'vendors index', path: '/vendors/', heading: 'Vendors' },
  { type: 'vendor', path: '/vendors/ringcentral/', heading: 'RingCentral API errors' },
  { type: 'vendor with undocumented statuses', path: '/vendors/8x8/', heading: '8x8 API errors' },
  { type: 'entry', path: '/vendors/ringcentral/cmn-406/', heading: 'CMN-406' },
  {
    type: 'entry without code',
    path: '/vendors/bandwidth/400-bad-request/',
    heading: '400 Bad Request',
  },
  {
    type: 'entry with aliases',
    path: '/vendors/bluejeans/authenticationfailed/',
    heading: 'AuthenticationFailed',
  },
  { type: 'status index', path: '/status/', heading: 'HTTP statuses' },
  { type: 'status', path: '/status/429/', heading: '429 Too Many Requests' },
  { type: '404', path: '/code/nosuchcode/', heading: 'Not catalogued' },
];

for (const colorScheme of ['light', 'dark'] as const) {
  test.describe(`${colorScheme} mode`, () => {
    for (const p of PAGES) {
      test(`${p.type} renders, stays on the origin and passes axe`, async ({ page, baseURL }) => {
        await page.emulateMedia({ colorScheme });
        const outside = await recordExternal(page, baseURL!);
        const errors: string[] = [];
        page.on('pageerror', (e) => errors.push(e.message));
        page.on('console', (m) => {
          // The 404 page is served with status 404; the browser logs that, which is expected.
          if (m.type() === 'error' && !m.text().includes('404')) errors.push(m.text());
        });
        await page.goto(p.path);
        await expect(page.getByRole('heading', { level: 1 })).toHaveText(p.heading);
        await expect(page).toHaveTitle(/Errdex/);
        await expectAccessible(page);
        expectNoExternal(outside);
        expect(errors, 'errors in the browser console (hydration, scripts)').toEqual([]);
      });
    }
  });
}

test('an entry page shows facts, ours apart, example body and provenance', async ({ page }) => {
  await page.goto('/vendors/ringcentral/cmn-406/');
  await expect(page.locator('blockquote')).toHaveText(
    'Duplicate value for parameter ${parameterName}: ${parameterValue} found in request',
  );
  await expect(page.locator('blockquote var')).toHaveText([
    '${parameterName}',
    '${parameterValue}',
  ]);
  await expect(page.getByText('The API returns this text', { exact: false })).toBeVisible();
  await expect(page.getByRole('link', { name: '400 Bad Request' })).toHaveAttribute(
    'href',
    '/status/400/',
  );
  await expect(page.getByRole('link', { name: '403 Forbidden' })).toHaveAttribute(
    'href',
    '/status/403/',
  );
  await expect(page.getByText('"400.403"')).toBeVisible();
  await expect(page.getByRole('heading', { name: "Errdex's assessment" })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Example RingCentral error body' })).toContainText(
    '"errorCode": "CMN-406"',
  );
  await expect(page.getByText('illustrative', { exact: false })).toBeVisible();
  await expect(
    page.getByText('Documented by RingCentral in 002_37da1f933b6c0b21.txt, line 228'),
  ).toBeVisible();
  await expect(page.getByText('Written by Errdex', { exact: true })).toBeVisible();
  await expect(page.getByRole('navigation', { name: 'Breadcrumb' })).toContainText('RingCentral');
  await expect(page.getByRole('button', { name: 'Copy code' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Copy link' })).toBeVisible();
});

test('the copy button copies the code', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('/vendors/ringcentral/cmn-101/');
  await page.getByRole('button', { name: 'Copy code' }).click();
  await expect(page.getByRole('button', { name: 'Copied' })).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe('CMN-101');
});

test('the vendor page groups errors by status, with anchors and an undocumented group', async ({
  page,
}) => {
  await page.goto('/vendors/8x8/');
  const index = page.getByRole('navigation', { name: 'Status groups' });
  await expect(index.getByRole('link', { name: /^Status not documented/ })).toHaveAttribute(
    'href',
    '#status-none',
  );
  await expect(page.locator('#status-422')).toContainText('422 Unprocessable Entity');
  await expect(page.locator('#status-none')).toContainText('1300');
  await expect(page.locator('#status-none')).not.toContainText('http-');
});

test('the status page explains the status, then lists errors by vendor', async ({ page }) => {
  await page.goto('/status/404/');
  await expect(page.getByRole('heading', { name: 'What 404 means in HTTP' })).toBeVisible();
  for (const vendor of ['BlueJeans', 'Vaspian', 'RingCentral', '8x8'])
    await expect(
      page.getByRole('heading', { level: 3, name: new RegExp(`^${vendor}`) }),
    ).toBeVisible();
});

test('/code/CMN-101/ ends on the cmn-101 entry', async ({ page, baseURL }) => {
  const outside = await recordExternal(page, baseURL!);
  await page.goto('/code/CMN-101/');
  await page.waitForURL('**/vendors/ringcentral/cmn-101/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('CMN-101');
  expectNoExternal(outside);
});

test('an entry URL typed in capitals reaches the lowercase page', async ({ page }) => {
  await page.goto('/vendors/RingCentral/CMN-406/#message');
  await page.waitForURL('**/vendors/ringcentral/cmn-406/#message');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('CMN-406');
});

test('/code/CMN101/ (no dash, capitals) ends on not catalogued with a search for cmn101', async ({
  page,
}) => {
  await page.goto('/code/CMN101/');
  await page.waitForURL('**/code/cmn101/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Not catalogued');
  await expect(page.getByRole('link', { name: 'Search for this code' })).toHaveAttribute(
    'href',
    '/search/?q=cmn101',
  );
});

test.describe('a /code/ page for one entry', () => {
  test('is tiny: plain HTML with refresh, canonical and a visible link, no script', async ({
    request,
  }) => {
    const response = await request.get('/code/1780355652/');
    expect(response.status()).toBe(200);
    const html = await response.text();
    expect(html).toContain(
      '<meta http-equiv="refresh" content="0; url=/vendors/bluejeans/authenticationfailed/">',
    );
    expect(html).toMatch(
      /<link rel="canonical" href="https?:\/\/[^"]+\/vendors\/bluejeans\/authenticationfailed\/"/,
    );
    expect(html).toContain('href="/vendors/bluejeans/authenticationfailed/"');
    expect(html).not.toMatch(/<script|\/_next\//);
    expect(Buffer.byteLength(html)).toBeLessThan(2048);
  });

  test('forwards to the entry', async ({ page, baseURL }) => {
    const outside = await recordExternal(page, baseURL!);
    await page.goto('/code/cmn-406/');
    await page.waitForURL('**/vendors/ringcentral/cmn-406/');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('CMN-406');
    expectNoExternal(outside);
  });

  for (const colorScheme of ['light', 'dark'] as const) {
    test(`held on screen, it names the error, links to it and passes axe (${colorScheme})`, async ({
      page,
      baseURL,
    }) => {
      await page.emulateMedia({ colorScheme });
      const outside = await recordExternal(page, baseURL!);
      const held = await holdRefresh(page, '/code/cmn-406/');
      const errors: string[] = [];
      page.on('pageerror', (e) => errors.push(e.message));
      page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
      await page.goto('/code/cmn-406/');
      expect(held()).toBe(true);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText('RingCentral CMN-406');
      await expect(page).toHaveTitle('CMN-406 (RingCentral) · Errdex');
      await expect(
        page.getByRole('link', { name: 'Read RingCentral CMN-406 on Errdex' }),
      ).toHaveAttribute('href', '/vendors/ringcentral/cmn-406/');
      await expectAccessible(page);
      expectNoExternal(outside);
      expect(errors, 'errors in the browser console (CSP, scripts)').toEqual([]);
    });
  }

  test.describe('without JavaScript', () => {
    test.use({ javaScriptEnabled: false });

    test('still forwards to the entry', async ({ page }) => {
      await page.goto('/code/cmn-406/');
      await page.waitForURL('**/vendors/ringcentral/cmn-406/');
      await expect(page.getByRole('heading', { level: 1 })).toHaveText('CMN-406');
    });

    test('held on screen, still shows the link', async ({ page }) => {
      const held = await holdRefresh(page, '/code/1300/');
      await page.goto('/code/1300/');
      expect(held()).toBe(true);
      await page.getByRole('link', { name: 'Read 8x8 1300 on Errdex' }).click();
      await page.waitForURL('**/vendors/8x8/1300/');
      await expect(page.getByRole('heading', { level: 1 })).toHaveText('1300');
    });
  });
});

test('/code/nosuchcode/ says not catalogued and offers a search for it', async ({ page }) => {
  const response = await page.goto('/code/nosuchcode/');
  expect(response?.status()).toBe(404);
  await expect(page.getByText('not catalogued', { exact: false }).first()).toBeVisible();
  await expect(page.getByRole('link', { name: 'Search for this code' })).toHaveAttribute(
    'href',
    '/search/?q=nosuchcode',
  );
  await expect(page.getByRole('searchbox', { name: /Search the catalog/ })).toHaveValue(
    'nosuchcode',
  );
  await expect(page.getByRole('link', { name: /decoder/ })).toHaveAttribute('href', '/decode/');
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('an entry page still shows its code and message', async ({ page }) => {
    await page.goto('/vendors/8x8/1300/');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('1300');
    await expect(page.locator('blockquote')).toHaveText('Not found');
    await expect(page.getByText('Status not documented', { exact: false })).toBeVisible();
  });

  test('the 404 page still offers a search form', async ({ page }) => {
    await page.goto('/code/NoSuchCode/');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Not catalogued');
    await expect(page.getByRole('searchbox', { name: /Search the catalog/ })).toBeVisible();
  });
});

test('the no-external check fails on a page that requests another origin', async ({
  page,
  baseURL,
}) => {
  const outside = await recordExternal(page, baseURL!);
  // A same-origin fixture page without the site's CSP (which would block the image itself).
  await page.route(`${baseURL}/__fixture__/`, (route) =>
    route.fulfill({
      contentType: 'text/html',
      body: '<img src="http://outside.invalid/x.png" alt="">',
    }),
  );
  await page.goto('/__fixture__/');
  await expect.poll(() => outside).toEqual(['http://outside.invalid/x.png']);
  expect(() => expectNoExternal(outside)).toThrow();
});
