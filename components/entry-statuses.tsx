import { SiteLink } from '@/components/site-link';
import type { Entry } from '@/lib/catalog/types';
import { statusInfo } from '@/lib/taxonomy';
import { statusUrl } from '@/lib/urls';

/** The normalized statuses as links, with the documented text and our note when they differ. */
export function EntryStatuses({ entry, vendorName }: { entry: Entry; vendorName: string }) {
  if (entry.statuses.length === 0 && !entry.documented)
    return (
      <p className="text-sm text-slate-700 dark:text-slate-300">
        No status shown: the sources Errdex cites do not show which HTTP status carries this code.
      </p>
    );
  if (entry.statuses.length === 0)
    return (
      <p className="text-sm text-slate-700 dark:text-slate-300">
        Status not documented: {vendorName} does not say which HTTP status carries this code.
      </p>
    );
  const differs = entry.status !== entry.statuses.join(', ');
  return (
    <div>
      <ul className="flex flex-wrap gap-2" aria-label="HTTP statuses">
        {entry.statuses.map((s) => (
          <li key={s}>
            <SiteLink
              href={statusUrl(s)}
              className="inline-block rounded-full bg-slate-100 px-3 py-1 text-sm font-medium text-slate-900 hover:underline dark:bg-slate-800 dark:text-slate-100"
            >
              {s} {statusInfo(s).name}
            </SiteLink>
          </li>
        ))}
      </ul>
      {differs ? (
        <p className="mt-2 text-sm text-slate-700 dark:text-slate-300">
          {entry.errdex.statusNote ? (
            <>
              <span className="font-medium">Normalized by Errdex:</span> {entry.errdex.statusNote}
            </>
          ) : (
            <>
              Documented as <code className="font-mono">{entry.status}</code>
            </>
          )}
        </p>
      ) : null}
    </div>
  );
}
