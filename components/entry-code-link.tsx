import { SiteLink } from '@/components/site-link';
import type { Entry } from '@/lib/catalog/types';
import { noCodeLabel } from '@/lib/entry-view';

/**
 * The link to an entry that names it by its code, or for a code-less row by its status and
 * "(no code)". Code-less rows share that visible text, so their accessible name adds the message.
 */
export function EntryCodeLink({
  entry,
  vendorName,
  className,
}: {
  entry: Entry;
  /** Shown before the code when the list mixes vendors. */
  vendorName?: string;
  className: string;
}) {
  const prefix = vendorName ? `${vendorName} ` : '';
  const status = entry.status ?? 'no status';
  return (
    <SiteLink href={entry.url} aria-label={noCodeLabel(entry, prefix)} className={className}>
      {prefix}
      {entry.code !== null ? (
        <span className="font-mono">{entry.code}</span>
      ) : (
        <>
          {status} <span className="font-sans font-normal">(no code)</span>
        </>
      )}
    </SiteLink>
  );
}
