import type { ReactNode } from 'react';

/** A titled page section; `note` says whose words it holds when that matters (ours vs the vendor's). */
export function Section({
  id,
  title,
  note,
  children,
}: {
  id: string;
  title: string;
  note?: string;
  children: ReactNode;
}) {
  return (
    <section id={id} aria-labelledby={`${id}-h`} className="scroll-mt-4">
      <h2 id={`${id}-h`} className="text-xl font-semibold">
        {title}
      </h2>
      {note ? <p className="mt-1 text-sm text-slate-600 dark:text-slate-400">{note}</p> : null}
      <div className="mt-3">{children}</div>
    </section>
  );
}
