import type { SearchHit } from '@/lib/search';
import type { LoadedSearch } from './search-index';

/** A message with the words the query matched in `<mark>` (with the hit: in other forms too). */
export function SearchHitText({
  text,
  query,
  highlight,
  hit,
}: {
  text: string;
  query: string;
  highlight: LoadedSearch['highlight'];
  hit?: SearchHit;
}) {
  return (
    <>
      {highlight(text, query, hit).map((s, i) =>
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
