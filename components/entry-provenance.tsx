import type { Entry, Vendor } from '@/lib/catalog/types';
import { listPhrase, provenance } from '@/lib/entry-view';
import { Section } from './section';

/** Which fields the vendor documents (and where) and which ones Errdex wrote. */
export function EntryProvenance({ entry, vendor }: { entry: Entry; vendor: Vendor }) {
  const { documented, ours } = provenance(entry);
  return (
    <Section id="provenance" title="Where this comes from">
      <ul className="space-y-2 text-sm text-slate-800 dark:text-slate-200">
        <li>
          <span className="font-medium">
            {'document' in entry.source
              ? `Documented by ${vendor.name} in ${entry.source.document}, line ${entry.source.line}`
              : `Observed, not in ${vendor.name}'s documentation: ${entry.source.url}`}
          </span>
          : {listPhrase(documented)}.
        </li>
        <li>
          <span className="font-medium">Written by Errdex</span>: {listPhrase(ours)}.
        </li>
      </ul>
    </Section>
  );
}
