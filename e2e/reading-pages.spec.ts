import { expect, test, type Page } from '@playwright/test';

/** One page of each reading type: they carry no framework runtime (DESIGN.md). */
const READING_PAGES = [
  { type: 'home', path: '/' },
  { type: 'vendors index', path: '/vendors/' },
  { type: 'vendor', path: '/vendors/bandwidth/' },
  { type: 'entry', path: '/vendors/ringcentral/cmn-101/' },
  { type: 'status index', path: '/status/' },
  { type: 'status', path: '/status/404/' },
  { type: '404', path: '/code/nosuchcode/' },
];

/** Script and RSC payload requests: what a reading page must not make before the reader acts. */
function recordScripts(page: Page): string[] {
  const seen: string[] = [];
  page.on('request', (r) => {
    const url = new URL(r.url());
    if (
      r.resourceType() === 'script' ||
      url.pathname.endsWith('.txt') ||
      url.searchParams.has('_rsc')
    )
      seen.push(url.pathname);
  });
  return seen;
}

const box = (page: Page) =>
  page.getByRole('combobox', { name: 'Search errors by code or message' });

for (const p of READING_PAGES) {
  test.describe(`${p.type} page`, () => {
    test('loads no framework script or payload until the reader uses search', async ({ page }) => {
      const scripts = recordScripts(page);
      const response = await page.goto(p.path);
      await page.waitForLoadState('networkidle');
      const html = (await response?.text()) ?? '';
      expect(html).not.toContain('__next_f');
      expect(html).not.toMatch(/<script[^>]+src="\/_next\//);
      // The 404 page's own forwarding script is ours and plain; nothing else is fetched.
      expect(scripts.filter((s) => s !== '/not-found.js')).toEqual([]);
      expect(await page.evaluate(() => 'next' in window || '__next_f' in window)).toBe(false);
    });

    test('the header search works from the first focus', async ({ page }) => {
      const scripts = recordScripts(page);
      await page.goto(p.path);
      await box(page).click();
      await box(page).pressSequentially('cmn-101');
      const first = page.getByRole('option').first();
      await expect(first).toContainText('CMN-101');
      expect(scripts.some((s) => s.startsWith('/_next/static/errdex/'))).toBe(true);
      await box(page).press('ArrowDown');
      await expect(first).toHaveAttribute('aria-selected', 'true');
      await box(page).press('Enter');
      await expect(page).toHaveURL(/\/vendors\/ringcentral\/cmn-101\/$/);
    });
  });
}

test('text typed into the box before its script arrives is kept', async ({ page }) => {
  let release!: () => void;
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route('**/_next/static/errdex/search-box-island-*.js', async (route) => {
    await held;
    await route.continue();
  });
  await page.goto('/status/');
  await box(page).click();
  await page.keyboard.type('rate exc');
  release();
  await expect(page.getByRole('option').first()).toBeVisible();
  await expect(box(page)).toHaveValue('rate exc');
  await expect(box(page)).toBeFocused();
  await page.keyboard.type('eeded');
  await expect(box(page)).toHaveValue('rate exceeded');
  await expect(page.getByRole('option').first()).toContainText('CMN-301');
});

test('/ on a reading page focuses the search box and the list opens as you type', async ({
  page,
}) => {
  await page.goto('/vendors/ringcentral/cmn-101/');
  await page.locator('body').press('/');
  await expect(box(page)).toBeFocused();
  await page.keyboard.type('invalid');
  await expect(page.getByRole('listbox')).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('listbox')).toBeHidden();
});

test('copy buttons copy without the framework runtime, and hide without JavaScript', async ({
  browser,
}) => {
  const context = await browser.newContext({ permissions: ['clipboard-read', 'clipboard-write'] });
  const page = await context.newPage();
  await page.goto('/vendors/ringcentral/cmn-101/');
  await page.getByRole('button', { name: 'Copy link' }).click();
  await expect(page.getByRole('button', { name: 'Copied' })).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toMatch(
    /\/vendors\/ringcentral\/cmn-101\/$/,
  );
  await expect(page.getByRole('button', { name: 'Copy link' })).toBeVisible({ timeout: 4000 });
  await context.close();

  const noJs = await browser.newContext({ javaScriptEnabled: false });
  const plain = await noJs.newPage();
  await plain.goto('/vendors/ringcentral/cmn-101/');
  await expect(plain.getByRole('heading', { level: 1 })).toHaveText('CMN-101');
  await expect(plain.getByRole('button', { name: 'Copy code' })).toBeHidden();
  await noJs.close();
});
