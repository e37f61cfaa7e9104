import { SiteLink } from '@/components/site-link';
import type { DecodeEntry, DecodeMatch, DecodeVendor } from '@/lib/decode';
import { entryTitle } from '@/lib/decode/title';
import { CATEGORY_LABELS, FAULT_LABELS, RETRY_LABELS } from '@/lib/taxonomy';

/** What the decoder found, as text only: nothing pasted is ever rendered as HTML. */
type Props = {
  matches: DecodeMatch[];
  suggestions: DecodeEntry[];
  vendors: DecodeVendor[];
  /** The input was this HTTP status alone: the suggestions are every error documented with it. */
  statusOnly?: number;
};

const LINK = 'text-blue-700 underline dark:text-blue-300';

/** Vendor and code; for an entry without a code, its message with variables as `…`. */
function title(entry: DecodeEntry, vendors: DecodeVendor[]): string {
  return entryTitle(entry, vendors);
}

function statusText(match: DecodeMatch): string {
  const documented = match.entry.statuses.length
    ? `documented ${match.entry.statuses.join(', ')}`
    : 'status not documented';
  return match.status === null ? documented : `HTTP ${match.status} seen · ${documented}`;
}

function MatchCard({ match, vendors }: { match: DecodeMatch; vendors: DecodeVendor[] }) {
  const { entry } = match;
  const params = Object.entries(match.params);
  return (
    <li className="rounded-lg border border-slate-300 p-4 dark:border-slate-700">
      <h3 className="text-lg font-semibold">{title(entry, vendors)}</h3>
      <p className="text-sm text-slate-700 dark:text-slate-300">
        {statusText(match)} · {CATEGORY_LABELS[entry.category]} · {FAULT_LABELS[entry.fault]}
      </p>
      <p className="mt-2 font-mono text-sm break-words">{entry.message}</p>
      {params.length > 0 && (
        <dl className="mt-2 grid grid-cols-[auto_1fr] gap-x-3 text-sm">
          {params.map(([name, value]) => (
            <div key={name} className="contents">
              <dt className="font-mono text-slate-700 dark:text-slate-300">{name}</dt>
              <dd className="font-mono break-all">{value}</dd>
            </div>
          ))}
        </dl>
      )}
      <p className="mt-2">
        <span className="font-medium">What it means: </span>
        {entry.meaning ?? entry.message}
      </p>
      <p className="mt-1">
        <span className="font-medium">What to do: </span>
        {RETRY_LABELS[entry.retry]}.{entry.todo ? ` ${entry.todo}` : ''}
      </p>
      {match.notes.length > 0 && (
        <ul className="mt-2 list-disc pl-5 text-sm text-amber-900 dark:text-amber-200">
          {match.notes.map((note) => (
            <li key={note}>{note}</li>
          ))}
        </ul>
      )}
      <p className="mt-2">
        <SiteLink href={entry.url} className={LINK}>
          Open the entry for {title(entry, vendors)}
        </SiteLink>
      </p>
    </li>
  );
}

export function DecodeResults({ matches, suggestions, vendors, statusOnly }: Props) {
  return (
    <div className="space-y-6">
      {matches.length > 0 && (
        <section aria-labelledby="matches-heading">
          <h2 id="matches-heading" className="text-xl font-semibold">
            Recognized errors
          </h2>
          <ol className="mt-3 space-y-4">
            {matches.map((m, i) => (
              <MatchCard key={`${m.entry.url}-${i}`} match={m} vendors={vendors} />
            ))}
          </ol>
        </section>
      )}
      {suggestions.length > 0 && (
        <section aria-labelledby="suggestions-heading">
          <h2 id="suggestions-heading" className="text-xl font-semibold">
            {statusOnly !== undefined
              ? `Errors documented with HTTP ${statusOnly}`
              : matches.length
                ? 'Also possible'
                : 'Possible matches'}
          </h2>
          <p className="text-sm text-slate-700 dark:text-slate-300">
            {statusOnly !== undefined ? (
              <>
                Only a status to go on: these are candidates by status alone. A code or message
                narrows them down. See also{' '}
                <SiteLink href={`/status/${statusOnly}/`} className={LINK}>
                  what HTTP {statusOnly} means across vendors
                </SiteLink>
                .
              </>
            ) : (
              'Not a confident identification: check the entry against what you saw.'
            )}
          </p>
          <ul className="mt-2 space-y-1">
            {suggestions.map((e) => (
              <li key={e.url}>
                <SiteLink href={e.url} className={LINK}>
                  {title(e, vendors)}
                </SiteLink>{' '}
                <span className="text-sm text-slate-700 dark:text-slate-300">
                  {e.statuses.length ? `HTTP ${e.statuses.join(', ')}` : 'status not documented'}
                  {e.code !== null && ` · ${e.message}`}
                </span>
              </li>
            ))}
          </ul>
        </section>
      )}
    </div>
  );
}
