import { expect, test, type Page } from '@playwright/test';
import { expectAccessible } from './support/axe';
import { median, percentile } from '../scripts/stats';

const DATA = '/search-data.json';

const box = (page: Page) =>
  page.getByRole('combobox', { name: 'Search errors by code or message' });

const showMore = (page: Page) => page.getByRole('button', { name: /^Show \d+ more/ });

/**
 * Shows and waits for every hit the count line announces: long lists draw a batch per task, and
 * 20 at a time as the reader nears the end or presses "Show more".
 */
async function allHits(page: Page): Promise<number> {
  const line = page.getByText(/^(Top )?\d+ results? for/);
  await expect(line).toBeVisible();
  const count = Number(/(\d+) results?/.exec((await line.textContent()) ?? '')?.[1]);
  const items = page.getByRole('main').getByRole('listitem');
  // The control shows once the cards before it are drawn.
  for (let i = 0; i < 200 && (await items.count()) < count; i++)
    if (await showMore(page).isVisible())
      // Gone while pressed, once its cards start drawing: then the next turn finds it again.
      await showMore(page)
        .click({ timeout: 1000 })
        .catch(() => undefined);
    else await page.waitForTimeout(50);
  await expect(items).toHaveCount(count);
  return count;
}

/** Sums every layout shift from the page's first paint on (call before `goto`). */
async function trackShifts(page: Page) {
  await page.addInitScript(() => {
    (window as unknown as { shifts: number }).shifts = 0;
    new PerformanceObserver((list) => {
      for (const e of list.getEntries() as (PerformanceEntry & { value: number })[])
        (window as unknown as { shifts: number }).shifts += e.value;
    }).observe({ type: 'layout-shift', buffered: true });
  });
}

const shifts = (page: Page) =>
  page.evaluate(() => (window as unknown as { shifts: number }).shifts);

async function searchReady(page: Page) {
  await page.waitForFunction(() => performance.getEntriesByName('errdex-search-ready').length > 0);
}

test.describe('header search box', () => {
  test('does not request the search data until the box is used', async ({ page }) => {
    const requested: string[] = [];
    page.on('request', (r) => requested.push(new URL(r.url()).pathname));
    await page.goto('/');
    await page.waitForLoadState('networkidle');
    expect(requested).not.toContain(DATA);
    const data = page.waitForRequest((r) => new URL(r.url()).pathname === DATA);
    await box(page).focus();
    await data;
  });

  test('type, arrow down and Enter open the entry', async ({ page }) => {
    await page.goto('/');
    await box(page).pressSequentially('cmn-101');
    const first = page.getByRole('option').first();
    await expect(first).toContainText('CMN-101');
    await box(page).press('ArrowDown');
    await expect(first).toHaveAttribute('aria-selected', 'true');
    await expect(box(page)).toHaveAttribute(
      'aria-activedescendant',
      (await first.getAttribute('id')) as string,
    );
    await box(page).press('Enter');
    await expect(page).toHaveURL(/\/vendors\/ringcentral\/cmn-101\/$/);
  });

  test('a query with no match says so once it is answered', async ({ page }) => {
    await page.goto('/');
    await box(page).pressSequentially('frobnicate');
    await expect(page.getByRole('option')).toHaveText(['No match yet: search for “frobnicate”']);
    await expect(page.locator('#site-search ~ p[aria-live]')).toHaveText(
      'No result; press Enter for suggestions.',
    );
  });

  test('a filled-in message finds its template', async ({ page }) => {
    await page.goto('/');
    await box(page).pressSequentially('Call [c-2a913f94] not found');
    await expect(page.getByRole('option').first()).toContainText('Call [${0}] not found');
    await box(page).press('ArrowDown');
    await box(page).press('Enter');
    await expect(page).toHaveURL(/\/vendors\/bandwidth\/404-call-not-found\/$/);
  });

  test('/ focuses the box, Escape closes the list, Enter opens the results page', async ({
    page,
  }) => {
    await page.goto('/');
    await page.locator('body').press('/');
    await expect(box(page)).toBeFocused();
    await page.keyboard.type('rate exceeded');
    await expect(box(page)).toHaveValue('rate exceeded');
    await expect(page.getByRole('listbox')).toBeVisible();
    await box(page).press('Escape');
    await expect(page.getByRole('listbox')).toBeHidden();
    await expect(box(page)).toHaveAttribute('aria-expanded', 'false');
    await box(page).press('Enter');
    await expect(page).toHaveURL(/\/search\/\?q=rate\+exceeded$/);
    await expect(page.getByRole('link', { name: /CMN-301/ })).toBeVisible();
  });

  for (const colorScheme of ['light', 'dark'] as const) {
    test(`axe finds no violation with the list open (${colorScheme})`, async ({ page }) => {
      await page.emulateMedia({ colorScheme });
      await page.goto('/');
      await box(page).pressSequentially('invalid');
      await expect(page.getByRole('option').nth(2)).toBeVisible();
      await box(page).press('ArrowDown');
      await expectAccessible(page);
    });
  }

  test('keystroke to results painted, on the real catalog', async ({ page }) => {
    await page.goto('/');
    await box(page).focus();
    await searchReady(page);
    await box(page).pressSequentially('parameter value is invalid', { delay: 60 });
    await expect(page.getByRole('option').first()).toContainText('CMN-101');
    await page.waitForTimeout(200);
    const times = await page.evaluate(() =>
      performance.getEntriesByName('errdex-search-keystroke-to-paint').map((e) => e.duration),
    );
    expect(times.length).toBeGreaterThanOrEqual(20);
    const p50 = median(times);
    const p95 = percentile(times, 0.95);
    const [load, build] = await page.evaluate(() =>
      ['errdex-search-load', 'errdex-search-build'].map(
        (name) => performance.getEntriesByName(name)[0]?.duration ?? -1,
      ),
    );
    const figure = `search loaded in ${load?.toFixed(1)} ms (index built in ${build?.toFixed(1)} ms); keystroke to paint over ${times.length} keystrokes: median ${p50.toFixed(1)} ms, p95 ${p95.toFixed(1)} ms, max ${Math.max(...times).toFixed(1)} ms`;
    test.info().annotations.push({ type: 'latency', description: figure });
    console.log(figure);
    expect(p50).toBeLessThanOrEqual(50);
  });
});

test.describe('search off the main thread', () => {
  test('a shared link builds the index and ranks in a worker, not on the page', async ({
    page,
  }) => {
    const worker = page.waitForEvent('worker');
    await page.goto('/search/?q=invalid');
    expect((await worker).url()).toContain('/_next/static/');
    await expect(page.getByRole('main').getByRole('listitem').first()).toContainText(/invalid/i);
  });

  test('a reading page’s header box starts its own worker on first use', async ({ page }) => {
    await page.goto('/');
    const worker = page.waitForEvent('worker');
    await box(page).pressSequentially('cmn-101');
    expect((await worker).url()).toContain('/_next/static/errdex/search.worker-');
    await expect(page.getByRole('option').first()).toContainText('CMN-101');
  });

  test('search data the worker cannot read is reported on the results page', async ({ page }) => {
    await page.route(`**${DATA}`, (route) =>
      route.fulfill({ status: 200, contentType: 'application/json', body: '{"docs": [' }),
    );
    await page.goto('/search/?q=invalid');
    await expect(page.getByRole('main').getByRole('alert')).toHaveText(/^Search could not load\./);
  });

  test('a worker that cannot start is reported, and the form still submits', async ({ page }) => {
    await page.route('**/search.worker-*', (route) => route.fulfill({ status: 404 }));
    await page.goto('/');
    await box(page).pressSequentially('cmn-101');
    await expect(page.locator('#site-search ~ p[aria-live]')).toHaveText(
      'Search could not load; press Enter to search on the results page.',
    );
    await box(page).press('Enter');
    await expect(page).toHaveURL(/\/search\/\?q=cmn-101/);
  });
});

test.describe('search page', () => {
  test('a shared URL opened cold shows ranked results with marked words', async ({ page }) => {
    await page.goto('/search/?q=Request%20rate%20exceeded');
    const items = page.getByRole('main').getByRole('listitem');
    await expect(items.first()).toContainText('Request rate exceeded');
    await expect(items.nth(0).locator('mark').first()).toHaveText('Request');
    const codes = [await items.nth(0).textContent(), await items.nth(1).textContent()].join(' ');
    expect(codes).toContain('CMN-301');
    // The text is MSG-305's too, and CMN-302 was seen returning it: one of them comes second.
    expect(codes).toMatch(/MSG-305|CMN-302/);
    await expect(page).toHaveTitle(/Search/);
  });

  test('a shared link: data asked for once while the HTML loads, nothing moves, every hit reachable', async ({
    page,
  }) => {
    const requested: string[] = [];
    page.on('request', (r) => requested.push(new URL(r.url()).pathname));
    await trackShifts(page);
    await page.goto('/search/?q=invalid');
    await expect(page.locator(`link[rel="preload"][href="${DATA}"]`)).toHaveCount(1);
    // The first 20, drawn in batches, then the control for more: nothing moved on the way.
    await expect(page.getByRole('main').getByRole('listitem')).toHaveCount(20);
    await expect(showMore(page)).toBeVisible();
    expect(await shifts(page)).toBe(0);
    expect(await allHits(page)).toBeGreaterThan(20);
    expect(requested.filter((p) => p === DATA)).toHaveLength(1);
  });

  test('cards wait for their first steps, so a late step line moves nothing', async ({ page }) => {
    await trackShifts(page);
    // The steps arrive well after the results are ranked.
    await page.route('**/search-steps.json', async (route) => {
      await new Promise((resolve) => setTimeout(resolve, 1500));
      await route.continue();
    });
    await page.goto('/search/?q=invalid');
    const items = page.getByRole('main').getByRole('listitem');
    await expect(items.first()).toContainText('First step:');
    await expect(items).toHaveCount(20);
    expect(await shifts(page)).toBe(0);
  });

  test('a long list shows 20, then 20 more as the reader nears its end or presses Show more', async ({
    page,
  }) => {
    await page.goto('/search/?q=invalid');
    const items = page.getByRole('main').getByRole('listitem');
    await expect(items).toHaveCount(20);
    await expect(showMore(page)).toHaveText(/^Show 20 more \(\d+ not shown\)$/);
    await page.waitForTimeout(300);
    await expect(items).toHaveCount(20);
    await showMore(page).scrollIntoViewIfNeeded();
    await expect(items).toHaveCount(40);
    await page.evaluate(() => window.scrollTo(0, 0));
    await showMore(page).focus();
    await page.keyboard.press('Enter');
    await expect(items).toHaveCount(60);
    await expectAccessible(page);
  });

  test('on a phone the introduction stays the largest paint, even above the longest message', async ({
    page,
  }) => {
    await page.setViewportSize({ width: 412, height: 823 });
    // The top hit is the catalog's longest message.
    await page.goto('/search/?q=ResourceNotFound');
    await expect(page.getByRole('main').getByRole('listitem').first()).toContainText(
      'User mismatch with SubscriptionSet creator',
    );
    // Two frames: the hit's paint (and its LCP entry, if it were the largest) has happened.
    await page.evaluate(
      () => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))),
    );
    const largest = await page.evaluate(
      () =>
        new Promise<string>((resolve) =>
          new PerformanceObserver((list) => {
            const last = list.getEntries().at(-1) as PerformanceEntry & { element: Element | null };
            resolve(last.element?.textContent?.slice(0, 40) ?? '');
          }).observe({ type: 'largest-contentful-paint', buffered: true }),
        ),
    );
    expect(largest).toMatch(/^Find an error by its code/);
  });

  test('without a query the data waits until the form is used', async ({ page }) => {
    const requested: string[] = [];
    page.on('request', (r) => requested.push(new URL(r.url()).pathname));
    await page.goto('/search/');
    await page.waitForLoadState('networkidle');
    await expect(page.locator(`link[rel="preload"][href="${DATA}"]`)).toHaveCount(0);
    expect(requested).not.toContain(DATA);
    const data = page.waitForRequest((r) => new URL(r.url()).pathname === DATA);
    const field = page.getByRole('searchbox', { name: 'Code or message' });
    await field.focus();
    await data;
    await field.fill('cmn-101');
    await expect(page.getByRole('main').getByRole('listitem').first()).toContainText('CMN-101');
  });

  test('filters change the URL and the list', async ({ page }) => {
    await page.goto('/search/?q=not%20found');
    const items = page.getByRole('main').getByRole('listitem');
    const all = await allHits(page);
    await page.getByLabel('Vendor').selectOption('bandwidth');
    await expect(page).toHaveURL(/[?&]vendor=bandwidth/);
    await expect(page.getByText(/results? for “not found” \(filtered\)/)).toBeVisible();
    const bandwidth = await allHits(page);
    expect(bandwidth).toBeLessThan(all);
    for (const text of await items.allTextContents()) expect(text).toContain('Bandwidth');
    await page.getByLabel('HTTP status').selectOption('404');
    await expect(page).toHaveURL(/[?&]status=404/);
    await allHits(page);
    for (const text of await items.allTextContents()) expect(text).toContain('404');
    await page.reload();
    await expect(page.getByLabel('Vendor')).toHaveValue('bandwidth');
    await expect(items.first()).toContainText('Bandwidth');
  });

  test('some of the words: ranked results that say why they matched', async ({ page }) => {
    await page.goto('/search/?q=the%20access%20token%20has%20expired');
    const first = page.getByRole('main').getByRole('listitem').first();
    await expect(first).toContainText('Access token expired.');
    await expect(first).toContainText('Partial match: Shares access, token, expired');
    await expect(first.locator('mark')).toHaveText(['Access', 'token', 'expired']);
  });

  test('no result: says so and offers the decoder', async ({ page }) => {
    await page.goto('/search/?q=zzqxj%20wvvkq');
    await expect(page.getByText('No catalogued error matches')).toBeVisible();
    await expect(page.getByRole('link', { name: 'decoder' })).toHaveAttribute('href', '/decode/');
  });

  for (const colorScheme of ['light', 'dark'] as const) {
    test(`axe finds no violation on results (${colorScheme})`, async ({ page }) => {
      await page.emulateMedia({ colorScheme });
      await page.goto('/search/?q=invalid%20token');
      await expect(page.getByRole('main').getByRole('listitem').first()).toBeVisible();
      await expectAccessible(page);
    });
  }
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the search page explains and links to browsing', async ({ page }) => {
    await page.goto('/search/?q=cmn-101');
    // Playwright's text matching skips <noscript>, so read it from the DOM.
    const note = page.locator('noscript');
    expect(await note.evaluate((n) => n.textContent)).toContain('Search results need JavaScript');
    await expect(page.getByRole('link', { name: 'by vendor' })).toHaveAttribute(
      'href',
      '/vendors/',
    );
    await expect(page.getByRole('link', { name: 'by HTTP status' })).toHaveAttribute(
      'href',
      '/status/',
    );
  });

  test('the header box is a plain form to /search/', async ({ page }) => {
    await page.goto('/');
    await box(page).fill('cmn-101');
    await box(page).press('Enter');
    await expect(page).toHaveURL(/\/search\/\?q=cmn-101$/);
  });
});
