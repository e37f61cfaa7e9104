import type { Segment } from '@/lib/search';

/** A text in runs, the words the query matched in `<mark>` (runs from lib/search/results.ts). */
export function SearchHitText({ runs }: { runs: readonly Segment[] }) {
  return (
    <>
      {runs.map((s, i) =>
        s.mark ? (
          <mark
            key={i}
            className="rounded-sm bg-amber-200 px-0.5 text-slate-950 dark:bg-amber-300 dark:text-slate-950"
          >
            {s.text}
          </mark>
        ) : (
          <span key={i}>{s.text}</span>
        ),
      )}
    </>
  );
}
