import { describe, expect, it } from 'vitest';
import { loadCatalog } from '@/lib/catalog/load';
import { buildSearchDocuments, type SearchDocument } from '@/lib/search';
import { hitHeading } from './search-hit-heading';

const docs = buildSearchDocuments(loadCatalog());
const doc = (key: string) => docs.find((d) => d.key === key) as SearchDocument;
const names = { sip: 'SIP', smpp: 'SMPP', ringcentral: 'RingCentral' };

describe('a search result heading', () => {
  it("names a standard's code with the standard's label", () => {
    expect(hitHeading(doc('sip/486'), names)).toEqual({
      code: 'SIP 486',
      detail: 'telecom standard',
    });
    expect(hitHeading(doc('smpp/esme_rthrottled'), names).code).toBe('SMPP ESME_RTHROTTLED');
  });

  it("names a vendor's code with the vendor and its statuses", () => {
    expect(hitHeading(doc('ringcentral/cmn-101'), names)).toEqual({
      code: 'CMN-101',
      detail: 'RingCentral · HTTP 400, 403',
    });
    expect(hitHeading(doc('ringcentral/cmn-101'), names, '').detail).toBe('RingCentral · 400, 403');
  });
});
