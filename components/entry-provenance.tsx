import type { Entry, Vendor } from '@/lib/catalog/types';
import { Section } from './section';

/** Which fields the vendor documents (and where) and which ones Errdex wrote. */
export function EntryProvenance({ entry, vendor }: { entry: Entry; vendor: Vendor }) {
  const facts = [
    entry.code !== null ? 'the code' : null,
    entry.aliases.length > 0 ? 'its number' : null,
    entry.status !== null ? 'the status' : null,
    'the message',
    entry.type ? 'the type' : null,
    entry.detailKeys.length > 0 ? 'the detail keys' : null,
  ].filter(Boolean);
  const ours = [
    'the kind of error',
    'who must fix it',
    'the retry advice',
    entry.body ? 'the explanation' : null,
    entry.errdex.template ? 'the derived template' : null,
    entry.errdex.statusNote ? 'the reading of the documented status' : null,
    'the example body',
  ].filter(Boolean);
  const list = (items: unknown[]) =>
    items.length > 1 ? `${items.slice(0, -1).join(', ')} and ${items.at(-1)}` : String(items[0]);
  return (
    <Section id="provenance" title="Where this comes from">
      <ul className="space-y-2 text-sm text-slate-800 dark:text-slate-200">
        <li>
          <span className="font-medium">
            {'document' in entry.source
              ? `Documented by ${vendor.name} in ${entry.source.document}, line ${entry.source.line}`
              : `Observed, not in ${vendor.name}'s documentation: ${entry.source.url}`}
          </span>
          : {list(facts)}.
        </li>
        <li>
          <span className="font-medium">Written by Errdex</span>: {list(ours)}.
        </li>
      </ul>
    </Section>
  );
}
