import { statusUrl } from '@/lib/urls';
import { memo } from 'react';
import { SiteLink } from '@/components/site-link';
import { useProgressiveCount } from '@/components/use-progressive-count';
import type { DecodeEntry, DecodeMatch } from '@/lib/decode';
import { RESULT_PAGE, showingLine, type DecodePage } from '@/lib/decode/page';
import { entryTitle, type NamespaceName } from '@/lib/decode/title';
import {
  CATEGORY_LABELS,
  FIRST_STEP_TERM,
  faultLine,
  retryLine,
  undocumentedLabel,
} from '@/lib/taxonomy';
import { UndocumentedBadge } from './undocumented-badge';

const vendorName = (entry: DecodeEntry, vendors: NamespaceName[]): string =>
  vendors.find((v) => v.id === entry.vendor)?.name ?? entry.vendor;

/**
 * What the decoder found, as text only: nothing pasted is ever rendered as HTML. `page` holds
 * the matches drawn so far (a page at a time: see lib/decode/page.ts) and the totals.
 */
type Props = {
  page: DecodePage;
  vendors: NamespaceName[];
  /** Asks for the next page of matches; absent while none can be had. */
  onMore?: () => void;
};

const LINK = 'text-blue-700 underline dark:text-blue-300';

function statusText(match: DecodeMatch): string {
  // A telecom standard's code has no HTTP status to document.
  if (match.entry.kind === 'standard') return '';
  const documented = match.entry.statuses.length
    ? `documented ${match.entry.statuses.join(', ')}`
    : 'status not documented';
  return match.status === null ? documented : `HTTP ${match.status} seen · ${documented}`;
}

// Memoized: "Show more" appends cards, and the ones already drawn stay as they are.
const MatchCard = memo(function MatchCard({
  match,
  vendors,
}: {
  match: DecodeMatch;
  vendors: NamespaceName[];
}) {
  const { entry } = match;
  const params = Object.entries(match.params);
  return (
    <li className="rounded-lg border border-slate-300 p-4 dark:border-slate-700">
      <h3 className="text-lg font-semibold">{entryTitle(entry, vendors)}</h3>
      {entry.documented ? null : (
        <p className="text-sm font-semibold text-amber-900 dark:text-amber-200">
          {undocumentedLabel(vendorName(entry, vendors))}
        </p>
      )}
      <p className="text-sm text-slate-700 dark:text-slate-300">
        {[statusText(match), CATEGORY_LABELS[entry.category]].filter(Boolean).join(' · ')}
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
      <p className="mt-1" data-answer="">
        {faultLine(entry.fault, entry.faultWords)} · {retryLine(entry.retry)}
      </p>
      {entry.step && (
        <p className="mt-1">
          <span className="font-medium">{FIRST_STEP_TERM}: </span>
          {entry.step}
        </p>
      )}
      {match.notes.length > 0 && (
        <ul className="mt-2 list-disc pl-5 text-sm text-amber-900 dark:text-amber-200">
          {match.notes.map((note) => (
            <li key={note}>{note}</li>
          ))}
        </ul>
      )}
      <p className="mt-2">
        <SiteLink href={entry.url} className={LINK}>
          Open the entry for {entryTitle(entry, vendors)}
        </SiteLink>
      </p>
    </li>
  );
});

/** Cards drawn at once, then per task: a page of 200 drawn together was a 300 ms task. */
const FIRST_CARDS = 10;
const CARD_BATCH = 10;

export function DecodeResults({ page, vendors, onMore }: Props) {
  const { matches, suggestions, statusOnly, notes = [] } = page;
  const drawn = useProgressiveCount(matches, FIRST_CARDS, CARD_BATCH);
  const capped = showingLine(matches.length, page.totalMatches, 'match', 'matches');
  const cappedSuggestions = showingLine(suggestions.length, page.totalSuggestions, 'candidate');
  return (
    <div className="space-y-6">
      {notes.length > 0 && (
        <section
          aria-labelledby="input-notes-heading"
          className="rounded-lg border border-amber-600 p-4 dark:border-amber-400"
        >
          <h2 id="input-notes-heading" className="text-lg font-semibold">
            About this input
          </h2>
          <ul className="mt-1 list-disc pl-5">
            {notes.map((note) => (
              <li key={note}>{note.charAt(0).toUpperCase() + note.slice(1)}</li>
            ))}
          </ul>
        </section>
      )}
      {matches.length > 0 && (
        <section aria-labelledby="matches-heading">
          <h2 id="matches-heading" className="text-xl font-semibold">
            Recognized errors
          </h2>
          {capped && (
            <p className="text-sm text-slate-700 dark:text-slate-300">
              {capped}, in the order they appear.
            </p>
          )}
          <ol className="mt-3 space-y-4">
            {matches.slice(0, drawn).map((m, i) => (
              <MatchCard key={`${m.entry.url}-${i}`} match={m} vendors={vendors} />
            ))}
          </ol>
          {capped && (
            <p className="mt-3 flex flex-wrap items-center gap-3 text-sm">
              {capped}.
              {onMore && (
                <button
                  type="button"
                  onClick={onMore}
                  className="rounded-md border border-slate-400 px-3 py-1 font-medium dark:border-slate-500"
                >
                  Show{' '}
                  {Math.min(RESULT_PAGE, page.totalMatches - matches.length).toLocaleString(
                    'en-US',
                  )}{' '}
                  more
                </button>
              )}
            </p>
          )}
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
                <SiteLink href={statusUrl(statusOnly)} className={LINK}>
                  what HTTP {statusOnly} means across vendors
                </SiteLink>
                .
              </>
            ) : (
              'Not a confident identification: check the entry against what you saw.'
            )}
            {cappedSuggestions && ` ${cappedSuggestions}.`}
          </p>
          <ul className="mt-2 space-y-1">
            {suggestions.map((e) => (
              <li key={e.url}>
                <SiteLink href={e.url} className={LINK}>
                  {entryTitle(e, vendors)}
                </SiteLink>{' '}
                {e.documented ? null : <UndocumentedBadge />}
                <span className="text-sm text-slate-700 dark:text-slate-300">
                  {e.kind === 'standard'
                    ? e.message
                    : e.statuses.length
                      ? `HTTP ${e.statuses.join(', ')}`
                      : 'status not documented'}
                  {e.code !== null && e.kind !== 'standard' && ` · ${e.message}`}
                </span>
              </li>
            ))}
          </ul>
        </section>
      )}
    </div>
  );
}
