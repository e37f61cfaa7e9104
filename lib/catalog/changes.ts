import { changeRecordSchema, type ChangeRecord, type EntryChange } from './changes-schema';
import { entryKey } from './tokens';
import type { Entry } from './types';
import { ContentError } from './content-file';

/**
 * The change record of the catalog (`content/changes.yaml`): parsing it, folding an entry's
 * records into the values they last recorded, and finding where content has moved on. The
 * check in the content step and `npm run changes` both use `detectChanges`, so what the check
 * rejects is exactly what the generator would append. Pure: no fs.
 */

/** The facts a record tracks about an entry. */
export type Tracked = {
  message: string;
  status: string | null;
  statuses: number[];
  observed?: string[];
  documented?: boolean;
};

/** What an entry's content says today, in the terms of the change record. */
function trackedOf(entry: Entry): Tracked {
  return {
    message: entry.message,
    status: entry.status,
    statuses: entry.statuses,
    observed: entry.observed.map((o) => o.text),
    documented: entry.documented,
  };
}

/** Validates the parsed YAML of the change file into records, or throws a one-line ContentError. */
export function parseChangeRecords(file: string, data: unknown): ChangeRecord[] {
  if (data === null || data === undefined) return [];
  if (!Array.isArray(data)) throw new ContentError(file, '(file)', 'a list of change records');
  return data.map((item: unknown, i) => {
    const result = changeRecordSchema.safeParse(item);
    if (result.success) return result.data;
    const issue = result.error.issues[0];
    const keys = issue && 'keys' in issue && Array.isArray(issue.keys) ? issue.keys : [];
    const at = [...(issue?.path ?? []), ...keys].map(String).join('.');
    const entry = (item as { entry?: unknown } | null)?.entry;
    const which = typeof entry === 'string' ? ` (${entry})` : '';
    throw new ContentError(file, `[${i}]${at ? `.${at}` : ''}`, `${issue?.message}${which}`);
  });
}

/** An entry's records, oldest first (a stable sort: records of one day keep the file's order). */
function entryChanges(records: ChangeRecord[], key: string): EntryChange[] {
  return records
    .filter((r) => r.entry === key)
    .sort((a, b) => a.date.localeCompare(b.date))
    .map(asEntryChange);
}

/** A record as its entry carries it: without the `entry` key. */
export function asEntryChange(record: ChangeRecord): EntryChange {
  const copy: Partial<ChangeRecord> = { ...record };
  delete copy.entry;
  return copy as EntryChange;
}

/** The values an entry's records last recorded; null when it has no `added` record. */
export function recordedValues(changes: EntryChange[]): Required<Tracked> | null {
  let state: Required<Tracked> | null = null;
  for (const c of changes) {
    if (c.kind === 'added') {
      const { message, status, statuses } = c;
      state = { message, status, statuses, observed: [], documented: true };
      continue;
    }
    // A record before the entry was added records nothing the check could compare.
    if (state === null) continue;
    if (c.kind === 'message-changed') state.message = c.message;
    if (c.kind === 'status-changed') state = { ...state, status: c.status, statuses: c.statuses };
    if (c.kind === 'observed-wording-added') state.observed = [...state.observed, c.wording];
    if (c.kind === 'marked-undocumented') state.documented = false;
  }
  return state;
}

const sameStatuses = (a: number[], b: number[]) =>
  a.length === b.length && a.every((s, i) => s === b[i]);

/** The records that would bring one entry's history up to its content, each with its field. */
export function missingRecords(now: Tracked, was: Required<Tracked> | null) {
  const out: { field: string; record: EntryChange; expected: string }[] = [];
  const base = { message: now.message, status: now.status, statuses: now.statuses };
  if (was === null) {
    out.push({
      field: 'entry',
      record: { date: '', kind: 'added', ...base },
      expected: 'an "added" record',
    });
    was = { ...base, observed: [], documented: true };
  }
  if (now.message !== was.message)
    out.push({
      field: 'message',
      record: { date: '', kind: 'message-changed', message: now.message, was: was.message },
      expected: `a "message-changed" record: its message is "${now.message}", the latest record says "${was.message}"`,
    });
  if (now.status !== was.status || !sameStatuses(now.statuses, was.statuses))
    out.push({
      field: 'statuses',
      record: {
        date: '',
        kind: 'status-changed',
        status: now.status,
        statuses: now.statuses,
        was: was.status,
      },
      expected: `a "status-changed" record: its status is "${now.status}" [${now.statuses.join(', ')}], the latest record says "${was.status}" [${was.statuses.join(', ')}]`,
    });
  for (const wording of now.observed ?? [])
    if (!was.observed.includes(wording))
      out.push({
        field: 'observed',
        record: { date: '', kind: 'observed-wording-added', wording },
        expected: `an "observed-wording-added" record for "${wording}"`,
      });
  if (now.documented === false && was.documented)
    out.push({
      field: 'documented',
      record: { date: '', kind: 'marked-undocumented' },
      expected: 'a "marked-undocumented" record',
    });
  return out;
}

/** One difference between content and its change record: the entry, the field, what is missing. */
export type ChangeDrift = { entry: string; field: string; expected: string; record: ChangeRecord };

/** Every record content needs that its entries' change records lack, dated `date`, in catalog order. */
export function detectChanges(entries: Entry[], date: string): ChangeDrift[] {
  return entries.flatMap((entry) => {
    const key = entryKey(entry);
    return missingRecords(trackedOf(entry), recordedValues(entry.changes)).map((d) => ({
      entry: key,
      field: d.field,
      expected: d.expected,
      record: { entry: key, ...d.record, date } as ChangeRecord,
    }));
  });
}

/**
 * Gives every entry its records, oldest first; a record that names no entry (a typo, a removed
 * entry) is a content error.
 */
export function attachChanges(entries: Entry[], records: ChangeRecord[], file: string): Entry[] {
  const keys = new Set(entries.map(entryKey));
  const stray = records.findIndex((r) => !keys.has(r.entry));
  if (stray >= 0)
    throw new ContentError(
      file,
      `[${stray}].entry`,
      `an entry of the catalog, "${records[stray]!.entry}" is not one`,
    );
  return entries.map((e) => ({ ...e, changes: entryChanges(records, entryKey(e)) }));
}

/**
 * The content-step check: every entry has an `added` record and its latest records hold its
 * current message, statuses (and observed wordings and documented flag, where tracked).
 */
export function assertChangesCurrent(entries: Entry[], file: string): void {
  const drift = detectChanges(entries, '');
  const first = drift[0];
  if (!first) return;
  const more = drift.length > 1 ? ` (and ${drift.length - 1} more)` : '';
  throw new ContentError(
    file,
    first.field,
    `entry ${first.entry} needs ${first.expected}${more}: run \`npm run changes\` and review what it appends`,
  );
}
