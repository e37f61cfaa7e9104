import type { Entry } from '@/lib/catalog/types';
import type { EntrySummary } from '@/lib/entry-summary';
import {
  ASSESSMENT_WORDS,
  FIRST_STEP_TERM,
  RETRY_LABELS,
  faultLabel,
  type StandardKind,
} from '@/lib/taxonomy';
import { InlineCode } from './inline-code';

/**
 * The answer first: what the error means, who must fix it, whether to retry and the first step,
 * every word from the entry's own explanation and the one label table. The other steps are one
 * tap away, in the "What to do" section that follows.
 */
export function EntryInShort({
  entry,
  summary,
  standard,
}: {
  entry: { errdex: Pick<Entry['errdex'], 'fault' | 'retry'> };
  summary: EntrySummary;
  /** A standard code's kind, so its fault is told in the words of a call or a message. */
  standard?: StandardKind;
}) {
  const rows = [
    { term: ASSESSMENT_WORDS.fault.term, value: faultLabel(entry.errdex.fault, standard) },
    { term: ASSESSMENT_WORDS.retry.term, value: RETRY_LABELS[entry.errdex.retry] },
  ];
  return (
    <section
      id="in-short"
      aria-labelledby="in-short-h"
      className="mt-3 scroll-mt-4 rounded-lg border-l-4 border-blue-600 bg-slate-50 px-4 py-3 dark:border-blue-400 dark:bg-slate-900"
    >
      <h2 id="in-short-h" className="text-sm font-semibold text-slate-700 dark:text-slate-300">
        In short
      </h2>
      <p className="mt-1 leading-6">
        <InlineCode text={summary.meaning} />
      </p>
      <dl className="mt-2 space-y-1 leading-6">
        {rows.map((row) => (
          <div key={row.term}>
            <dt className="inline font-semibold">{row.term}:</dt>{' '}
            <dd className="inline">{row.value}</dd>
          </div>
        ))}
        <div>
          <dt className="inline font-semibold">{FIRST_STEP_TERM}:</dt>{' '}
          <dd className="inline" data-first-step="">
            <InlineCode text={summary.firstStep} />
          </dd>
        </div>
      </dl>
      {summary.moreSteps > 0 ? (
        <p className="mt-2 text-sm print:hidden">
          <a
            href="#what-to-do"
            className="text-blue-700 underline underline-offset-2 dark:text-blue-400"
          >
            All {summary.moreSteps + 1} steps
          </a>
        </p>
      ) : null}
    </section>
  );
}
