/** A scrollable, keyboard-focusable block of code (JSON bodies, examples). */
export function CodeBlock({ code, label }: { code: string; label: string }) {
  return (
    <pre
      tabIndex={0}
      role="region"
      aria-label={label}
      className="overflow-x-auto rounded-lg border border-slate-200 bg-slate-50 p-4 text-sm leading-6 dark:border-slate-800 dark:bg-slate-900"
    >
      <code className="font-mono">{code}</code>
    </pre>
  );
}
