import type { Entry, Vendor } from '@/lib/catalog/types';
import { possessive } from '@/lib/entry-view';
import { SourceLink } from './entry-observed';
import { Section } from './section';

const list = (items: unknown[]) =>
  items.length > 1 ? `${items.slice(0, -1).join(', ')} and ${items.at(-1)}` : String(items[0]);

/**
 * Which fields the vendor documents (and where), which ones were observed in public sources
 * (each listed, a link a reader can open) and which ones Errdex wrote.
 */
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
  return (
    <Section id="provenance" title="Where this comes from">
      <ul className="space-y-2 text-sm text-slate-800 dark:text-slate-200">
        <li>
          {'document' in entry.source ? (
            <>
              <span className="font-medium">
                Documented by {vendor.name} in {entry.source.document}, line {entry.source.line}
              </span>
              : {list(facts)}.
            </>
          ) : (
            <>
              <span className="font-medium">
                Observed, not in {possessive(vendor.name)} documentation
              </span>
              : {list(facts)}, as seen in <SourceLink source={entry.source.url} />.
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
          <span className="font-medium">Written by Errdex</span>: {list(ours)}.
        </li>
      </ul>
    </Section>
  );
}
