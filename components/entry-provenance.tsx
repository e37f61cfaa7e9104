import type { Entry, Vendor } from '@/lib/catalog/types';
import { listPhrase, possessive, provenance } from '@/lib/entry-view';
import { SourceLink } from './entry-observed';
import { Section } from './section';

/**
 * Which fields the vendor documents (and where), which ones were observed in public sources
 * (each listed, a link a reader can open) and which ones Errdex wrote.
 */
export function EntryProvenance({ entry, vendor }: { entry: Entry; vendor: Vendor }) {
  const { documented, ours } = provenance(entry);
  return (
    <Section id="provenance" title="Where this comes from">
      <ul className="space-y-2 text-sm text-slate-800 dark:text-slate-200">
        <li>
          {'document' in entry.source ? (
            <>
              <span className="font-medium">
                Documented by {vendor.name} in {entry.source.document}, line {entry.source.line}
              </span>
              : {listPhrase(documented)}.
            </>
          ) : (
            <>
              <span className="font-medium">
                Observed, not in {possessive(vendor.name)} documentation
              </span>
              : {listPhrase(documented)}, as seen in <SourceLink source={entry.source.url} />.
            </>
          )}
        </li>
        {entry.observed.length > 0 ? (
          <li>
            <span className="font-medium">Observed in public sources</span>: the texts under
            &ldquo;Also seen as&rdquo;, each from
            <ul className="mt-1 list-disc space-y-1 pl-5">
              {[...new Set(entry.observed.map((o) => o.source))].map((source) => (
                <li key={source}>
                  <SourceLink source={source} />
                </li>
              ))}
            </ul>
          </li>
        ) : null}
        <li>
          <span className="font-medium">Written by Errdex</span>: {listPhrase(ours)}.
        </li>
      </ul>
    </Section>
  );
}
