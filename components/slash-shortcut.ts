/**
 * Whether a keydown is the `/` shortcut to the header search: a bare `/`, not typed into a field.
 * One home for the reading pages' script and the search leaf.
 */
export function isSlashShortcut(e: KeyboardEvent): boolean {
  if (e.key !== '/' || e.ctrlKey || e.metaKey || e.altKey || e.defaultPrevented) return false;
  const target = e.target as Element | null;
  return !target?.closest?.(
    'input, textarea, select, [contenteditable]:not([contenteditable="false"])',
  );
}
