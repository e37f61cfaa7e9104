import fs from 'node:fs';
import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { expectAccessible } from './support/axe';

/**
 * Answer first: a reader who arrives from a log sees what to do before scrolling. For every entry
 * of the built catalog, the first step of its "What to do" (as the In short block shows it, and as
 * the decoder data carries it) is inside the first viewport, on a phone and on a laptop, in light
 * and dark mode.
 */
type Row = { url: string; step: string | null };

function entries(): Row[] {
  const out = path.resolve('out');
  const catalog = JSON.parse(fs.readFileSync(path.join(out, 'catalog.json'), 'utf8')) as {
    entries: { url: string }[];
  };
  const data = JSON.parse(fs.readFileSync(path.join(out, 'decode', 'data.json'), 'utf8')) as {
    entries: Row[];
  };
  const steps = new Map(data.entries.map((e) => [e.url, e.step]));
  return catalog.entries.map((e) => ({ url: e.url, step: steps.get(e.url) ?? null }));
}

const norm = (s: string) => s.replace(/\s+/g, ' ').trim();

async function firstStepProblem(page: Page, row: Row, height: number): Promise<string | null> {
  await page.goto(row.url);
  if (!row.step) return `${row.url}: no first step in the decoder data`;
  const step = page.locator('#in-short [data-first-step]');
  if ((await step.count()) !== 1) return `${row.url}: no In short first step`;
  const shown = norm(await step.innerText());
  if (shown !== norm(row.step)) return `${row.url}: shows "${shown}", expected "${row.step}"`;
  const box = await step.boundingBox();
  const scrolled = await page.evaluate(() => window.scrollY);
  if (!box || scrolled !== 0 || box.y + box.height > height)
    return `${row.url}: first step ends at ${box ? Math.round(box.y + box.height) : '?'} px (viewport ${height})`;
  return null;
}

const VIEWPORTS = [
  { name: 'phone 390×844', width: 390, height: 844 },
  { name: 'laptop 1280×800', width: 1280, height: 800 },
] as const;

for (const viewport of VIEWPORTS) {
  for (const colorScheme of ['light', 'dark'] as const) {
    test(`every entry shows its first step inside the first viewport (${viewport.name}, ${colorScheme})`, async ({
      page,
    }) => {
      test.setTimeout(600_000);
      await page.setViewportSize({ width: viewport.width, height: viewport.height });
      await page.emulateMedia({ colorScheme });
      const rows = entries();
      expect(rows.length).toBeGreaterThanOrEqual(272);
      const problems: string[] = [];
      for (const row of rows) {
        const problem = await firstStepProblem(page, row, viewport.height);
        if (problem) problems.push(problem);
      }
      expect(problems).toEqual([]);
    });
  }
}

const SAMPLES = [
  '/vendors/ringcentral/cmn-101/',
  '/vendors/bandwidth/400-there-is-something-wrong-with-the-request/',
  '/vendors/8x8/1000/',
  '/vendors/bluejeans/authenticationfailed/',
  '/vendors/vaspian/invalidrequest/',
];

for (const colorScheme of ['light', 'dark'] as const) {
  test(`In short pages pass axe on a phone and a laptop (${colorScheme})`, async ({ page }) => {
    test.setTimeout(120_000);
    await page.emulateMedia({ colorScheme });
    for (const { width, height } of VIEWPORTS) {
      await page.setViewportSize({ width, height });
      for (const url of SAMPLES) {
        await page.goto(url);
        await expectAccessible(page);
      }
    }
  });
}

test('the In short block reads in plain words and the other steps are one tap away', async ({
  page,
}) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('/vendors/ringcentral/cmn-101/');
  const inShort = page.getByRole('region', { name: 'In short' });
  await expect(inShort).toContainText('Who must fix it: your request');
  await expect(inShort).toContainText('Retry: yes, after you change the request');
  await expect(inShort).toContainText(
    'One parameter of an API request has a value RingCentral will not accept.',
  );
  await inShort.getByRole('link', { name: 'All 3 steps' }).click();
  await expect(page).toHaveURL(/#what-to-do$/);
  await expect(page.getByRole('heading', { level: 2, name: 'What to do' })).toBeInViewport();
});

test('sections come in reading order, each with an anchor, listed on wide screens only', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto('/vendors/ringcentral/cmn-101/');
  const order = await page
    .locator('article section[id]')
    .evaluateAll((els) => els.map((el) => el.id));
  const want = [
    'in-short',
    'what-to-do',
    'likely-causes',
    'what-it-means',
    'message',
    'example',
    'facts',
    'assessment',
    'provenance',
  ];
  expect(order.filter((id) => want.includes(id))).toEqual(want);
  const toc = page.getByRole('navigation', { name: 'On this page' });
  await expect(toc).toBeVisible();
  const hrefs = await toc
    .getByRole('link')
    .evaluateAll((els) => els.map((a) => a.getAttribute('href')));
  expect(hrefs.length).toBeGreaterThanOrEqual(want.length);
  for (const href of hrefs) await expect(page.locator(href as string)).toHaveCount(1);
  await page.setViewportSize({ width: 390, height: 844 });
  await expect(toc).toBeHidden();
});

test('prints without the header search or buttons', async ({ page }) => {
  await page.goto('/vendors/ringcentral/cmn-101/');
  await page.emulateMedia({ media: 'print' });
  await expect(
    page.getByRole('combobox', { name: 'Search errors by code or message' }),
  ).toBeHidden();
  await expect(page.getByRole('button')).toHaveCount(0);
  await expect(page.getByRole('region', { name: 'In short' })).toBeVisible();
});

const CMN_101_STEP = 'First step: Take the parameter name from the message';

test('a search result card carries the same one-line answer and first step as the entry', async ({
  page,
}) => {
  await page.goto('/search/?q=CMN-101');
  const card = page.locator('li', { has: page.locator('[data-answer]') }).first();
  await expect(card).toContainText('CMN-101');
  await expect(card.locator('[data-answer]')).toContainText(
    'Who must fix it: your request · Retry: yes, after you change the request',
  );
  await expect(card).toContainText(CMN_101_STEP);
});

test('a decoder card carries the same one-line answer as the entry', async ({ page }) => {
  await page.goto('/decode/');
  await page
    .getByLabel(/Paste an error/)
    .fill(
      '{"errorCode":"CMN-101","message":"Parameter [extensionId] value is invalid.","errors":[{"errorCode":"CMN-101","message":"Parameter [extensionId] value is invalid.","parameterName":"extensionId"}]}',
    );
  await expect(page.getByRole('status')).toHaveText(/1 error recognized/);
  await expect(page.locator('[data-answer]').first()).toHaveText(
    'Who must fix it: your request · Retry: yes, after you change the request',
  );
  await expect(page.getByText(CMN_101_STEP)).toBeVisible();
});
