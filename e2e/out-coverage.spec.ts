import fs from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { getCatalog } from '@/lib/catalog/server';

/**
 * Reads the built export (after `npm run build`) and checks that every catalogued thing has its
 * page: an entry page per entry, a /code/ page per identifier, a /status/ page per status, and
 * a page per vendor; and that every page carries title, description, canonical and Open Graph.
 */
const OUT = path.resolve('out');
const catalog = getCatalog();

function page(urlPath: string): string {
  const file = path.join(OUT, decodeURIComponent(urlPath), 'index.html');
  expect(fs.existsSync(file), `${file} exists`).toBe(true);
  return fs.readFileSync(file, 'utf8');
}

/** The visible text of an HTML page: tags dropped, React's entities decoded. */
function text(html: string): string {
  return html
    .replace(/<script[\s\S]*?<\/script>/g, '')
    .replace(/<[^>]+>/g, '')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#x27;|&#39;/g, "'")
    .replace(/&amp;/g, '&');
}

test('every entry has a page showing its code and verbatim message', () => {
  const entries = catalog.getEntries();
  // Every seed row (DESIGN.md: 272 documented entries), and the codes only observed besides.
  expect(entries.filter((e) => e.documented)).toHaveLength(272);
  expect(entries.length).toBeGreaterThan(272);
  for (const entry of entries) {
    const body = text(page(entry.url));
    expect(body, entry.url).toContain(entry.message);
    if (entry.code !== null) expect(body, entry.url).toContain(entry.code);
  }
});

test('every code, name and number has a /code/ page leading to its entries', () => {
  const paths = catalog.getCodePaths();
  const identifiers = catalog
    .getEntries()
    .flatMap((e) => [e.code, ...e.aliases])
    .filter((x): x is string => x !== null);
  for (const id of identifiers) expect(paths.has(id.toLowerCase()), id).toBe(true);
  for (const [token, entries] of paths) {
    const html = page(`/code/${token}/`);
    if (entries.length === 1) {
      expect(html, token).toContain(
        `<meta http-equiv="refresh" content="0; url=${entries[0]!.url}">`,
      );
      expect(html, token).toContain(`<link rel="canonical" href="`);
      expect(Buffer.byteLength(html), token).toBeLessThan(2048);
    } else {
      expect(html, token).not.toContain('http-equiv="refresh"');
    }
    for (const e of entries) expect(html, token).toContain(`href="${e.url}"`);
    // Plain HTML: no script, no Next runtime, nothing but the page itself.
    expect(html, token).not.toMatch(/<script|\/_next\//);
  }
});

test('every status has a /status/ page and every vendor a /vendors/ page', () => {
  const statuses = catalog.getStatuses();
  expect(statuses.length).toBeGreaterThan(0);
  for (const status of statuses) {
    const body = text(page(`/status/${status}/`));
    for (const e of catalog.getEntriesByStatus(status)) expect(body).toContain(e.message);
  }
  expect(
    catalog
      .getVendors()
      .map((v) => v.id)
      .sort(),
  ).toEqual(['8x8', 'bandwidth', 'bluejeans', 'ringcentral', 'vaspian']);
  for (const vendor of catalog.getVendors()) {
    const body = text(page(vendor.url));
    expect(body).toContain(vendor.name);
    for (const e of catalog.getEntriesByVendor(vendor.id)) expect(body).toContain(e.message);
  }
});

test('every page has a title, description, canonical and Open Graph tags', () => {
  const files = fs
    .readdirSync(OUT, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('index.html') && !f.startsWith('_not-found') && !f.startsWith('404'));
  expect(files.length).toBeGreaterThan(272 + 275);
  const required = [
    /<title>[^<]+<\/title>/,
    /<meta name="description" content="[^"]+"/,
    /<meta property="og:title" content="[^"]+"/,
    /<meta property="og:description" content="[^"]+"/,
    /<meta property="og:url" content="https?:\/\/[^"]+"/,
    /<link rel="canonical" href="https?:\/\/[^"]+"/,
  ];
  const missing = files.flatMap((file) => {
    const html = fs.readFileSync(path.join(OUT, file), 'utf8');
    return required.filter((re) => !re.test(html)).map((re) => `${file}: ${re.source}`);
  });
  expect(missing).toEqual([]);
});

test('catalog.json, sitemap.xml and robots.txt are served', async ({ request }) => {
  const json = await (await request.get('/catalog.json')).json();
  expect(json.version).toBe(1);
  expect(Date.parse(json.generated)).not.toBeNaN();
  expect(json.entries).toHaveLength(catalog.getEntries().length);
  expect(json.entries.filter((e: { documented: boolean }) => e.documented)).toHaveLength(272);
  expect(json.vendors).toHaveLength(5);
  const sitemap = await (await request.get('/sitemap.xml')).text();
  expect(sitemap).toContain('/vendors/ringcentral/cmn-101/</loc>');
  expect(sitemap).not.toContain('/code/');
  expect(await (await request.get('/robots.txt')).text()).toContain('Sitemap: ');
});
