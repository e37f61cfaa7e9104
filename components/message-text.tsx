import { templateParts } from '@/lib/template';

/** A documented message with its template variables set apart (`${parameterName}`). */
export function MessageText({ text, variables }: { text: string; variables: string[] }) {
  return (
    <>
      {templateParts(text).map((part, i) =>
        part.variable !== undefined && variables.includes(part.variable) ? (
          <var
            key={i}
            title={`Variable: ${part.variable}, filled in at run time`}
            className="rounded bg-amber-100 px-0.5 font-mono not-italic text-amber-900 dark:bg-amber-900/40 dark:text-amber-100"
          >
            {part.text}
          </var>
        ) : (
          <span key={i}>{part.text}</span>
        ),
      )}
    </>
  );
}
