/**
 * A button that copies `text`. Reading pages carry no framework runtime: the page's one small
 * script (components/reading-page-boot.ts) handles every `[data-copy]` click. Without
 * JavaScript the `<noscript>` rule hides the buttons, and the text beside them is still there to
 * select.
 */
export function CopyButton({ text, label }: { text: string; label: string }) {
  return (
    <button
      type="button"
      data-copy={text}
      className="inline-flex items-center rounded-md print:hidden border border-slate-300 bg-white px-2 py-1 text-xs font-medium text-slate-700 hover:bg-slate-50 dark:border-slate-600 dark:bg-slate-900 dark:text-slate-200 dark:hover:bg-slate-800"
    >
      <span aria-live="polite" data-copy-label={label}>
        {label}
      </span>
    </button>
  );
}

/** Hides copy buttons when scripts cannot run; place once on a page that has them. */
export function CopyButtonsNoScript() {
  return (
    <noscript>
      <style>{'[data-copy]{display:none}'}</style>
    </noscript>
  );
}
