import fs from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { expectAccessible } from './support/axe';

/**
 * The machine-readable faces of the export, as a browser or a script meets them: an entry page
 * links its JSON and Markdown twins and the OpenSearch description, the twins are served with
 * their types and agree with /catalog.json, and the History section closes the page.
 */
const PAGE = '/vendors/ringcentral/cmn-101/';
const catalog = JSON.parse(fs.readFileSync(path.resolve('out', 'catalog.json'), 'utf8')) as {
  version: number;
  entries: { url: string; message: string }[];
  standards: { codes: { url: string; code: string; title: string; namespace: string }[] };
};
const item = catalog.entries.find((e) => e.url === PAGE)!;

test('an entry page links its twins and the OpenSearch description', async ({ page }) => {
  await page.goto(PAGE);
  const href = (selector: string) => page.locator(selector).getAttribute('href');
  expect(await href('link[rel="alternate"][type="application/json"]')).toMatch(
    /\/vendors\/ringcentral\/cmn-101\.json$/,
  );
  expect(await href('link[rel="alternate"][type="text/markdown"]')).toMatch(
    /\/vendors\/ringcentral\/cmn-101\.md$/,
  );
  expect(await href('link[rel="search"][type="application/opensearchdescription+xml"]')).toBe(
    '/opensearch.xml',
  );
});

test('the twins are served with their types and say what the page says', async ({ request }) => {
  const json = await request.get('/vendors/ringcentral/cmn-101.json');
  expect(json.headers()['content-type']).toBe('application/json; charset=utf-8');
  expect(await json.json()).toEqual({ version: catalog.version, ...item });
  const md = await request.get('/vendors/ringcentral/cmn-101.md');
  expect(md.headers()['content-type']).toBe('text/markdown; charset=utf-8');
  const text = await md.text();
  expect(text).toMatch(/^# CMN-101 \(RingCentral error\)\n/);
  expect(text).toContain(item.message);
  const code = await request.get('/code/cmn-101.json');
  expect((await code.json()).matches[0].url).toBe(PAGE);
  const feed = await request.get('/feed.xml');
  expect(feed.headers()['content-type']).toBe('application/atom+xml; charset=utf-8');
  expect(await feed.text()).toContain('<feed xmlns="http://www.w3.org/2005/Atom">');
});

test("a standard code's twins are served beside its page, and /code/ lists it", async ({
  request,
}) => {
  const sip = catalog.standards.codes.find((c) => c.url === '/standards/sip/486/')!;
  const json = await request.get('/standards/sip/486.json');
  expect(json.headers()['content-type']).toBe('application/json; charset=utf-8');
  expect(await json.json()).toEqual({ version: catalog.version, ...sip });
  const md = await request.get('/standards/sip/486.md');
  expect(md.headers()['content-type']).toBe('text/markdown; charset=utf-8');
  const text = await md.text();
  expect(text).toMatch(/^# 486 Busy Here \(/);
  expect(text).toContain('## Facts from the sources');
  const code = await (await request.get('/code/486.json')).json();
  expect(code.matches).toContainEqual(
    expect.objectContaining({ kind: 'standard', vendor: 'sip', url: '/standards/sip/486/' }),
  );
  const llms = await (await request.get('/llms.txt')).text();
  expect(llms).toContain('/standards/smpp/esme_rthrottled.md)');
});

test('the History section closes the entry page, after the answer, and passes axe', async ({
  page,
}) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto(PAGE);
  const history = page.getByRole('region', { name: 'History' });
  await expect(history).toContainText(
    '2026-11-23 Added: message "Parameter [${parameterName}] value is invalid.", status 400, 403.',
  );
  const ids = await page
    .locator('article section[id]')
    .evaluateAll((els) => els.map((el) => el.id));
  expect(ids[0]).toBe('in-short');
  expect(ids.at(-1)).toBe('history');
  await expectAccessible(page);
});
