import type { CatalogView } from '@/lib/catalog';
import type { Entry, Vendor } from '@/lib/catalog/types';
import { RELATED_LIMIT, relatedByStatus } from '@/lib/entry-view';
import { RelatedList } from './entry-related';
import { Section } from './section';
import { StandardLinks } from './standard-links';
import { standardCodeName } from '@/lib/standard-name';

/** Errors to read next: same vendor and status, same message, and our cross-vendor groups. */
export function EntryRelations({
  entry,
  vendor,
  catalog,
}: {
  entry: Entry;
  vendor: Vendor;
  catalog: CatalogView;
}) {
  const names = new Map(catalog.getVendors().map((v) => [v.id, v.name]));
  const related = relatedByStatus(entry, catalog.getEntriesByVendor(vendor.id));
  const sameMessage = catalog.getSameMessage(entry);
  const groups = catalog.getEquivalenceGroups(entry);
  const first = entry.statuses[0];
  const standards = catalog.getLinkedStandards(entry).map(({ standard, why }) => ({
    url: standard.url,
    name: standardCodeName(catalog.getNamespaceLabel(standard.namespace), standard.code),
    title: standard.title,
    why,
  }));
  return (
    <>
      <StandardLinks id="standards" title="Telecom standard codes" items={standards} />

      {related.length > 0 ? (
        <Section
          id="related"
          title={`Other ${vendor.name} errors with ${first !== undefined ? `status ${entry.statuses.join(' or ')}` : 'no documented status'}`}
        >
          <RelatedList entries={related.slice(0, RELATED_LIMIT)} />
          {related.length > RELATED_LIMIT ? (
            <p className="mt-3 text-sm">
              <a
                href={`${vendor.url}#status-${first ?? 'none'}`}
                className="text-blue-700 underline underline-offset-2 dark:text-blue-400"
              >
                All {related.length} on the {vendor.name} page
              </a>
            </p>
          ) : null}
        </Section>
      ) : null}

      {sameMessage.length > 0 ? (
        <Section id="same-message" title="Same message">
          <RelatedList entries={sameMessage} vendorNames={names} />
        </Section>
      ) : null}

      {groups.length > 0 ? (
        <Section id="equivalents" title="Same meaning elsewhere" note="Grouped by Errdex.">
          {groups.map((g) => (
            <div key={g.id} className="mb-4">
              <p className="mb-2 text-sm font-medium">{g.title}</p>
              <RelatedList
                entries={g.entries
                  .map((k) => catalog.getEntryByKey(k))
                  .filter((e): e is Entry => e !== undefined && e !== entry)}
                vendorNames={names}
              />
            </div>
          ))}
        </Section>
      ) : null}
    </>
  );
}
