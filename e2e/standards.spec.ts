import fs from 'node:fs';
import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { getCatalog } from '@/lib/catalog/server';
import { STANDARDS } from '@/lib/namespaces/standards';
import { readStandards } from '@/scripts/import/standards';
import { expectAccessible } from './support/axe';
import { expectNoExternal, recordExternal } from './support/no-external';

/** One page of each standards type, and a code of each namespace (two that are not failures). */
const PAGES = [
  { type: 'standards index', path: '/standards/', heading: 'Telecom standards' },
  { type: 'SIP', path: '/standards/sip/', heading: 'SIP response codes' },
  { type: 'Q.850', path: '/standards/q850/', heading: 'Q.850 cause values' },
  { type: 'SMPP', path: '/standards/smpp/', heading: 'SMPP v3.4 command status' },
  { type: 'SIP code', path: '/standards/sip/486/', heading: '486 Busy Here' },
  { type: 'Q.850 cause', path: '/standards/q850/21/', heading: '21 Call rejected' },
  {
    type: 'SMPP status',
    path: '/standards/smpp/esme_rthrottled/',
    heading: 'ESME_RTHROTTLED Throttling error (ESME has exceeded allowed message limits)',
  },
  { type: 'SIP success', path: '/standards/sip/200/', heading: '200 OK' },
  {
    type: 'Q.850 normal clearing',
    path: '/standards/q850/16/',
    heading: '16 Normal call clearing',
  },
];

/** Script and RSC payload requests: what a reading page must not make before the reader acts. */
function recordScripts(page: Page): string[] {
  const seen: string[] = [];
  page.on('request', (r) => {
    const url = new URL(r.url());
    if (r.resourceType() === 'script' || url.searchParams.has('_rsc')) seen.push(url.pathname);
  });
  return seen;
}

for (const colorScheme of ['light', 'dark'] as const) {
  test.describe(`${colorScheme} mode`, () => {
    for (const p of PAGES) {
      test(`${p.type} renders, stays on the origin and passes axe`, async ({ page, baseURL }) => {
        await page.emulateMedia({ colorScheme });
        const outside = await recordExternal(page, baseURL!);
        const errors: string[] = [];
        page.on('pageerror', (e) => errors.push(e.message));
        page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
        await page.goto(p.path);
        await expect(page.getByRole('heading', { level: 1 })).toHaveText(p.heading);
        await expect(page).toHaveTitle(/Errdex/);
        await expectAccessible(page);
        expectNoExternal(outside);
        expect(errors, 'errors in the browser console').toEqual([]);
      });
    }
  });
}

for (const p of PAGES) {
  test(`${p.type} loads no framework script or payload`, async ({ page }) => {
    const scripts = recordScripts(page);
    const response = await page.goto(p.path);
    await page.waitForLoadState('networkidle');
    const html = (await response?.text()) ?? '';
    expect(html).not.toContain('__next_f');
    expect(html).not.toMatch(/<script[^>]+src="\/_next\//);
    expect(scripts).toEqual([]);
    expect(await page.evaluate(() => 'next' in window || '__next_f' in window)).toBe(false);
  });
}

const inShort = (page: Page) => page.locator('#in-short');

test('a SIP busy puts the fix with the called side, in the words of a call', async ({ page }) => {
  await page.goto('/standards/sip/486/');
  await expect(inShort(page)).toContainText(
    'Who must fix it: the called party or the network beyond your provider',
  );
  const crumbs = page.getByRole('navigation', { name: 'Breadcrumb' });
  await expect(crumbs.getByRole('link')).toHaveText(['Home', 'Standards', 'SIP response codes']);
  const facts = page.locator('#facts');
  await expect(facts).toContainText('RFC 3261');
  await expect(facts).toContainText('pjsip');
  const mapped = page.locator('#q850-causes');
  await mapped.getByRole('link', { name: /^17 User busy/ }).click();
  await expect(page).toHaveURL(/\/standards\/q850\/17\/$/);
  await expect(page.locator('#sip').getByRole('link', { name: /^486 Busy Here/ })).toBeVisible();
});

test('codes that are not failures say so', async ({ page }) => {
  for (const path of ['/standards/sip/200/', '/standards/q850/16/', '/standards/smpp/esme_rok/']) {
    await page.goto(path);
    await expect(page.locator('[data-category]')).toHaveText('Kind of error: Not an error');
    await expect(inShort(page)).toContainText('Who must fix it: nobody, nothing failed');
  }
});

test('a SIP mapping the sources disagree on shows each status with its sources', async ({
  page,
}) => {
  await page.goto('/standards/q850/21/');
  const sip = page.locator('#sip');
  await expect(sip).toContainText('The sources disagree');
  const row = (status: string) => sip.getByRole('row').filter({ hasText: status });
  await expect(row('403 Forbidden')).toContainText('RFC 3398, Asterisk chan_pjsip');
  await expect(row('603 Decline')).toContainText('FreeSWITCH mod_sofia');
  await row('603 Decline').getByRole('link', { name: /^603/ }).click();
  await expect(page).toHaveURL(/\/standards\/sip\/603\/$/);
  await expect(
    page.locator('#q850-causes').getByRole('row').filter({ hasText: '21 Call rejected' }),
  ).toContainText('FreeSWITCH mod_sofia');
});

test('a name only one source has is marked with that source', async ({ page }) => {
  await page.goto('/standards/sip/425/');
  await expect(page.locator('[data-fact="only-source"]')).toContainText(
    'IANA registry (snapshot table)',
  );
  await page.goto('/standards/q850/22/');
  await expect(page.locator('[data-fact="note"]')).toContainText('OPAL uses 301');
});

test('the header, footer and home page lead to the standards', async ({ page }) => {
  await page.goto('/');
  await page
    .getByRole('navigation', { name: 'Main' })
    .getByRole('link', { name: 'Standards' })
    .click();
  await expect(page).toHaveURL(/\/standards\/$/);
  await page.getByRole('contentinfo').getByRole('link', { name: 'telecom standards' }).click();
  await expect(page).toHaveURL(/\/standards\/$/);
  await page.goto('/');
  await page.getByRole('main').getByRole('link', { name: 'Q.850 cause values' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Q.850 cause values');
});

test('every standard code has its page, and the sitemap lists every standards page', () => {
  const out = path.resolve('out');
  const sitemap = fs.readFileSync(path.join(out, 'sitemap.xml'), 'utf8');
  const codes = getCatalog().catalog.standards;
  // Every code of ../shared/standards (DESIGN.md: 75 SIP, 76 Q.850, 48 SMPP).
  expect(codes).toHaveLength(readStandards().length);
  const paths = ['/standards/', ...STANDARDS.map((s) => `/standards/${s.id}/`)];
  for (const p of [...paths, ...codes.map((c) => c.url)]) {
    expect(sitemap, `sitemap lists ${p}`).toContain(`${p}</loc>`);
    expect(fs.existsSync(path.join(out, p, 'index.html')), `${p} is built`).toBe(true);
  }
  for (const c of codes) {
    const html = fs.readFileSync(path.join(out, c.url, 'index.html'), 'utf8');
    expect(html, c.url).toContain(`<span class="font-mono">${c.code}</span>`);
  }
});

test('/code/486/ names SIP 486 and leads to its page', async ({ page, request }) => {
  // No vendor code is 486 today, so the token's page forwards to SIP 486 with a visible link.
  const html = await (await request.get('/code/486/')).text();
  expect(html).toContain('<h1>SIP 486</h1>');
  expect(html).toContain('<a href="/standards/sip/486/">Read SIP 486 on Errdex</a>');
  await page.goto('/code/486/');
  await expect(page).toHaveURL(/\/standards\/sip\/486\/$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('486 Busy Here');
});

test('/code/88/ lists each standard that uses the token, linked to its page', async ({ page }) => {
  await page.goto('/code/88/');
  const list = page.getByRole('listitem');
  await expect(list.getByRole('link')).toHaveText(['Q.850 88', 'SMPP ESME_RTHROTTLED']);
  await list.getByRole('link', { name: 'SMPP ESME_RTHROTTLED' }).click();
  await expect(page).toHaveURL(/\/standards\/smpp\/esme_rthrottled\/$/);
});
