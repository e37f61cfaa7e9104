import { describe, expect, it } from 'vitest';
import { loadCatalog } from '@/lib/catalog/load';
import { createCatalogView } from '@/lib/catalog';

/** Status pages and vendor pages carry our account of how each vendor uses HTTP: keep it complete. */
const catalog = loadCatalog();
const view = createCatalogView(catalog);
const statuses = [...new Set(catalog.entries.flatMap((e) => e.statuses))].sort((a, b) => a - b);
const vendorName = new Map(catalog.vendors.map((v) => [v.id, v.name]));

/** The text under one `## ` heading, up to the next heading of the same level. */
function section(body: string, title: string): string {
  const escaped = title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const start = body.search(new RegExp(`^## ${escaped}\\s*$`, 'm'));
  if (start < 0) return '';
  const rest = body.slice(start).split('\n').slice(1).join('\n');
  const end = rest.search(/^## /m);
  return (end < 0 ? rest : rest.slice(0, end)).trim();
}

describe('status docs', () => {
  it.each(statuses)('%i has a status doc', (status) => {
    expect(view.getStatusDoc(status)?.body ?? '', `content/statuses/${status}.mdx`).not.toBe('');
  });

  it.each(statuses)('%i says how each vendor that uses it does so', (status) => {
    const doc = section(view.getStatusDoc(status)?.body ?? '', 'How each vendor uses it');
    const users = new Set(view.getEntriesByStatus(status).map((e) => e.vendor));
    expect(users.size).toBeGreaterThan(0);
    for (const vendor of users) {
      const name = vendorName.get(vendor) ?? vendor;
      expect(doc, `content/statuses/${status}.mdx names ${name}`).toContain(name);
    }
  });

  it('documents no status that the catalog does not use', () => {
    const extra = catalog.statusDocs.map((d) => d.status).filter((s) => !statuses.includes(s));
    expect(extra).toEqual([]);
  });
});

describe('vendor pages', () => {
  it.each(catalog.vendors.map((v) => [v.id, v] as const))(
    '%s has a "Handling errors from" section',
    (_id, vendor) => {
      const text = section(vendor.body, `Handling errors from ${vendor.name}`);
      expect(text, `"## Handling errors from ${vendor.name}" in ${vendor.file}`).not.toBe('');
    },
  );
});
