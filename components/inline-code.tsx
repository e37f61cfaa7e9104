/** Renders a one-line text whose `backticked` spans are code (vendor shapes, recognizers). */
export function InlineCode({ text }: { text: string }) {
  return (
    <>
      {text.split('`').map((part, i) =>
        i % 2 === 1 ? (
          <code
            key={i}
            className="rounded bg-slate-100 px-1 py-0.5 font-mono text-[0.9em] dark:bg-slate-800"
          >
            {part}
          </code>
        ) : (
          part
        ),
      )}
    </>
  );
}
