import path from 'node:path';
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { createCatalogView } from '@/lib/catalog';
import { loadCatalog } from '@/lib/catalog/load';
import { EntryRelations } from './entry-relations';
import { StandardLinks } from './standard-links';

const view = createCatalogView(
  loadCatalog(path.join(__dirname, '..', 'lib', 'catalog', 'fixtures', 'valid')),
);

describe('a curated vendor ↔ standard link on a page', () => {
  it('shows on the vendor entry with the code, its name and why', () => {
    const entry = view.getEntry('acme', 'acm-101')!;
    const html = renderToStaticMarkup(
      createElement(EntryRelations, { entry, vendor: view.getVendor('acme')!, catalog: view }),
    );
    expect(html).toContain('Telecom standard codes');
    expect(html).toContain('<a href="/standards/sip/486/"');
    expect(html).toContain('>SIP 486</a> Busy Here');
    expect(html).toContain('names the SIP response 486 Busy Here.');
  });

  it('renders nothing without links', () => {
    expect(
      renderToStaticMarkup(createElement(StandardLinks, { id: 'x', title: 'X', items: [] })),
    ).toBe('');
  });
});
