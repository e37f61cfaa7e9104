import { UNDOCUMENTED_MARK } from '@/lib/taxonomy';

/** The short mark of an entry the vendor's documentation lacks, where a list has little room. */
export function UndocumentedBadge() {
  return (
    <>
      <strong className="rounded bg-amber-100 px-1 text-xs font-semibold text-amber-900 dark:bg-amber-900/60 dark:text-amber-50">
        {UNDOCUMENTED_MARK}
      </strong>{' '}
    </>
  );
}
