import type { ObservedWording } from '@/lib/catalog/schema';
import type { Entry } from '@/lib/catalog/types';
import { sourceHref } from '@/lib/entry-view';
import { undocumentedLabel } from '@/lib/taxonomy';
import { Section } from './section';

const LINK = 'break-all text-blue-700 underline underline-offset-2 dark:text-blue-400';

/** A public source as a link a reader can open, showing the source as the catalog records it. */
export function SourceLink({ source }: { source: string }) {
  return (
    <a href={sourceHref(source)} className={LINK} rel="nofollow noopener">
      {source}
    </a>
  );
}

/** One observed wording: the text verbatim, the status seen with it and its source. */
function ObservedItem({ wording: o }: { wording: ObservedWording }) {
  return (
    <li className="rounded-lg border border-dashed border-slate-400 px-4 py-3 dark:border-slate-600">
      <p className="font-mono text-sm break-words">{o.text}</p>
      <p className="mt-1 text-sm text-slate-700 dark:text-slate-300">
        {o.status !== null ? `Seen with HTTP ${o.status}` : 'No HTTP status shown with it'} ·
        source: <SourceLink source={o.source} />
      </p>
    </li>
  );
}

/**
 * "Also seen as": texts the API was seen to return for this error, verbatim, each with its
 * source and the status seen; drawn apart from the documented message (dashed, not quoted).
 */
export function EntryObserved({ entry }: { entry: Entry }) {
  if (entry.observed.length === 0) return null;
  return (
    <Section
      id="also-seen-as"
      title="Also seen as"
      note="Texts the API was seen to return for this error instead of the message above, copied verbatim from public sources. Errdex matches them like the message; they are not part of the vendor's documentation."
    >
      <ul className="space-y-3">
        {entry.observed.map((o) => (
          <ObservedItem key={`${o.text}\u0000${o.source}`} wording={o} />
        ))}
      </ul>
    </Section>
  );
}

/** Under an undocumented entry's title: plainly not the vendor's documentation, and the source. */
export function UndocumentedNotice({ entry, vendorName }: { entry: Entry; vendorName: string }) {
  if (entry.documented || !('url' in entry.source)) return null;
  return (
    <p className="mt-2 rounded-md border-l-4 border-amber-600 bg-amber-50 px-3 py-1.5 text-sm text-amber-950 dark:border-amber-400 dark:bg-amber-950 dark:text-amber-50">
      <span className="font-semibold">{undocumentedLabel(vendorName)}</span> · seen in{' '}
      <a
        href={sourceHref(entry.source.url)}
        className="break-all underline underline-offset-2"
        rel="nofollow noopener"
      >
        {entry.source.url}
      </a>
    </p>
  );
}
