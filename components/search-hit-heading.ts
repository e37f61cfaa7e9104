import type { SearchDocument } from '@/lib/search';
import { standardCodeName } from '@/lib/standard-name';

/**
 * How a result names its entry, in the header box and on /search/ alike: a vendor's code with
 * the vendor and its HTTP statuses (`CMN-101` · `RingCentral · HTTP 400`), a standard's code
 * with the standard's label (`SIP 486` · `telecom standard`). `names`: namespace id → the
 * vendor's name or the standard's label.
 */
export function hitHeading(
  doc: SearchDocument,
  names: Record<string, string>,
  statusPrefix = 'HTTP ',
): { code: string; detail: string } {
  const name = names[doc.vendor] ?? doc.vendor;
  if (doc.kind === 'standard')
    return { code: standardCodeName(name, doc.code), detail: 'telecom standard' };
  const statuses = doc.statuses.length
    ? `${statusPrefix}${doc.statuses.join(', ')}`
    : 'status not documented';
  return { code: doc.code ?? 'no code', detail: `${name} · ${statuses}` };
}
