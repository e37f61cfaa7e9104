import type { Entry } from '@/lib/catalog/types';
import { ASSESSMENT_WORDS, CATEGORY_LABELS, FAULT_LABELS, RETRY_LABELS } from '@/lib/taxonomy';

/** Our classification of an entry: category, whose fault, and retry advice. Never the vendor's. */
export function EntryAssessment({ entry }: { entry: Entry }) {
  const items = [
    { term: ASSESSMENT_WORDS.category.term, value: CATEGORY_LABELS[entry.errdex.category] },
    { term: ASSESSMENT_WORDS.fault.term, value: FAULT_LABELS[entry.errdex.fault] },
    { term: ASSESSMENT_WORDS.retry.term, value: RETRY_LABELS[entry.errdex.retry] },
  ];
  return (
    <dl className="grid gap-3 sm:grid-cols-3">
      {items.map((item) => (
        <div
          key={item.term}
          className="rounded-lg border border-slate-200 bg-slate-50 p-4 dark:border-slate-800 dark:bg-slate-900"
        >
          <dt className="text-xs font-semibold tracking-wide text-slate-600 uppercase dark:text-slate-400">
            {item.term}
          </dt>
          <dd className="mt-1 text-sm font-medium">{item.value}</dd>
        </div>
      ))}
    </dl>
  );
}
