import { describe, expect, it } from 'vitest';
import { createCatalogView } from './index';
import { loadCatalog } from './load';
import { catalogStandards, namespaceNames } from './namespace-names';

describe('names of the namespaces results come from', () => {
  const view = createCatalogView(loadCatalog());

  it('lists the standards the catalog carries, with their labels', () => {
    expect(catalogStandards(view).map((s) => [s.id, s.label])).toEqual([
      ['sip', 'SIP'],
      ['q850', 'Q.850'],
      ['smpp', 'SMPP'],
    ]);
  });

  it('names vendors by name and standards by label', () => {
    const names = namespaceNames(view);
    expect(names.ringcentral).toBe('RingCentral');
    expect(names.q850).toBe('Q.850');
    expect(Object.keys(names)).toHaveLength(
      view.getVendors().length + catalogStandards(view).length,
    );
  });
});
