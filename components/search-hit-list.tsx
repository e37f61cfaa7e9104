import { memo, useMemo } from 'react';
import type { HitKind, ShownHit } from '@/lib/search';
import { FIRST_STEP_TERM, faultLine, retryLine } from '@/lib/taxonomy';
import { hitHeading } from './search-hit-heading';
import { SearchHitText } from './search-hit-text';
import { UndocumentedBadge } from './undocumented-badge';
import type { FirstSteps } from './search-steps';
import { useProgressiveCount } from './use-progressive-count';
import { useShownLimit } from './use-shown-limit';

const KIND_LABELS: Record<HitKind, string> = {
  code: 'Exact code',
  template: 'Your text is an instance of this message',
  phrase: 'Exact phrase',
  words: 'All your words',
  prefix: 'Words beginning with yours',
  typo: 'Close spelling',
  partial: 'Partial match',
};

/** More than a phone screen shows: drawn at once. The rest follow a batch per task. */
const FIRST_HITS = 4;
const BATCH = 8;
/** Hits shown before the reader scrolls towards the end of the list (or presses "Show more"). */
const PAGE = 20;

type HitProps = {
  hit: ShownHit;
  /** Namespace id → vendor name or standard label. */
  names: Record<string, string>;
  step: string | undefined;
};

const Hit = memo(function Hit({ hit, names, step }: HitProps) {
  const heading = hitHeading(hit.doc, names);
  return (
    <li className="rounded-md border border-slate-200 p-3 dark:border-slate-700">
      <a href={hit.doc.url} className="group block">
        <span className="font-mono font-semibold text-blue-800 group-hover:underline dark:text-blue-300">
          {heading.code}
        </span>{' '}
        <span className="text-sm text-slate-700 dark:text-slate-300">
          {hit.doc.documented === false ? <UndocumentedBadge /> : null}
          {heading.detail}
        </span>
        <span className="mt-1 block">
          <SearchHitText runs={hit.marked} />
        </span>
      </a>
      {hit.markedObserved && (
        <p className="mt-1 text-sm">
          Also seen as: “<SearchHitText runs={hit.markedObserved} />”
        </p>
      )}
      <p className="mt-1 text-sm" data-answer="">
        {faultLine(hit.doc.fault, hit.doc.faultWords)} · {retryLine(hit.doc.retry)}
      </p>
      {step && (
        <p className="mt-1 text-sm">
          <span className="font-medium">{FIRST_STEP_TERM}: </span>
          {step}
        </p>
      )}
      <p className="mt-1 text-xs text-slate-700 dark:text-slate-300">
        {KIND_LABELS[hit.kind]}
        {hit.params &&
          `: ${Object.entries(hit.params)
            .map(([k, v]) => `${k} = ${v}`)
            .join(', ')}`}
        {hit.why && `: ${hit.why}`}
      </p>
    </li>
  );
});

/**
 * Ranked hits. The first 20 are drawn a batch per task, first the ones a reader sees; 20 more
 * each time the reader nears the end of the list or presses "Show more". Rendering and laying out
 * a hundred marked-up hits is work a reader who reads the top few never needed, and each batch is
 * a task that holds keystrokes (see README, "Search page performance").
 */
export function HitList({
  hits,
  names,
  steps,
}: {
  hits: ShownHit[];
  names: Record<string, string>;
  /** Entry URL → first step (components/use-first-steps.ts), null when they could not load. */
  steps: FirstSteps | null;
}) {
  const { limit, more, control } = useShownLimit(hits, PAGE);
  const shown = useMemo(() => hits.slice(0, limit), [hits, limit]);
  const count = useProgressiveCount(shown, FIRST_HITS, BATCH);
  const left = hits.length - limit;
  return (
    <>
      <ol className="mt-4 space-y-3">
        {shown.slice(0, count).map((hit) => (
          <Hit key={hit.doc.key} hit={hit} names={names} step={steps?.[hit.doc.url]} />
        ))}
      </ol>
      {/* Only once this page is drawn: the control right under the first cards is in view. */}
      {left > 0 && count >= shown.length && (
        <button
          ref={control}
          type="button"
          onClick={more}
          className="mt-4 rounded-md border border-slate-300 px-3 py-1.5 text-sm text-blue-800 hover:bg-slate-100 dark:border-slate-600 dark:text-blue-300 dark:hover:bg-slate-800"
        >
          Show {Math.min(PAGE, left)} more ({left} not shown)
        </button>
      )}
    </>
  );
}
