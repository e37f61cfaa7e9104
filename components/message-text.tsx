import { templateParts } from '@/lib/template';

/**
 * A documented message with its template variables set apart (`${parameterName}`). `compact`
 * (long lists) leaves out the per-variable title and classes: the list's stylesheet styles `var`.
 */
export function MessageText({
  text,
  variables,
  compact = false,
}: {
  text: string;
  variables: string[];
  compact?: boolean;
}) {
  return (
    <>
      {templateParts(text).map((part, i) =>
        part.variable !== undefined && variables.includes(part.variable) ? (
          compact ? (
            <var key={i}>{part.text}</var>
          ) : (
            <var
              key={i}
              title={`Variable: ${part.variable}, filled in at run time`}
              className="rounded bg-amber-100 px-0.5 font-mono not-italic text-amber-900 dark:bg-amber-900/40 dark:text-amber-100"
            >
              {part.text}
            </var>
          )
        ) : (
          // A bare string: needs no key, and the RSC payload carries it as just the text.
          part.text
        ),
      )}
    </>
  );
}
