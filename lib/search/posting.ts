/**
 * The entries a key names, in the order filed. Nearly every identifier names one entry, so a lone
 * entry is kept as a bare number: at 10,000 entries, one-element arrays were a fifth of the
 * index build's garbage.
 */
export type Posting = number | number[] | undefined;

/** The posting with `entry` filed (entries arrive in increasing order; a repeat is ignored). */
export function withEntry(list: Posting, entry: number): number | number[] {
  if (list === undefined) return entry;
  if (typeof list === 'number') return list === entry ? list : [list, entry];
  if (list[list.length - 1] !== entry) list.push(entry);
  return list;
}

export function entriesOf(list: Posting): readonly number[] {
  return list === undefined ? [] : typeof list === 'number' ? [list] : list;
}
