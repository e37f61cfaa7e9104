import { foldText } from '@/lib/template';
import type { DecodeEntry } from './data';
import { maskValue } from './mask';
import { templateOf, type Bound, type Matcher } from './matcher';
import type { DecodeMatch, DecodeResult } from './types';
import type { RawError } from '@/lib/namespaces/vendor';

/** `byCode`: identified by a code, name or vendor body at least once, not only by its text. */
type Finding = { pos: number; seq: number; match: DecodeMatch; count: number; byCode: boolean };

export const TRUNCATED_NOTE =
  'truncated: the input is cut off inside this body; identified by what it shows';

/** The note on a match made through an observed wording rather than the documented message. */
function wordingNote(wording: string): string {
  return `observed wording: the text matched "${wording}", seen in real responses; the documented message differs`;
}

/** The note when a body of a known vendor names an error the catalog does not have. */
function notCataloguedNote(vendorName: string, what: string, suggested: boolean): string {
  return `not catalogued for ${vendorName}: ${what}${suggested ? '; the nearest entries are suggested' : ''}`;
}

/**
 * Gathers what the scanner finds, turns vendor errors into matches (code first, then
 * message), keeps input order and folds repeats of the same error into one match.
 * `guesses: false` skips the work that only feeds suggestions.
 */
export function createCollector(matcher: Matcher, guesses = true) {
  // Keyed by entry, values and notes: the same error repeated through a log is one finding.
  const findings = new Map<string, Finding>();
  const suggestions: DecodeEntry[] = [];
  /** About the input as a whole: bodies of a known vendor naming errors the catalog lacks. */
  const notes: string[] = [];
  let seq = 0;

  const vendorName = (id: string): string =>
    matcher.data.vendors.find((v) => v.id === id)?.name ?? id;

  function notesFor(entry: DecodeEntry, status: number | null): string[] {
    if (status === null || entry.statuses.length === 0 || entry.statuses.includes(status))
      return [];
    return [
      `status mismatch: HTTP ${status} seen, but ${vendorName(entry.vendor)} documents ${entry.statuses.join(', ')} for this error`,
    ];
  }

  function add(
    pos: number,
    entry: DecodeEntry,
    params: Record<string, string>,
    status: number | null,
    extra: string[] = [],
    byCode = true,
  ): string {
    const masked: Record<string, string> = {};
    for (const [k, v] of Object.entries(params)) masked[k] = maskValue(k, v);
    const notes = [...notesFor(entry, status), ...extra];
    const key = `${entry.url}\u0000${JSON.stringify(masked)}\u0000${notes.join('\u0000')}`;
    const seen = findings.get(key);
    if (seen) {
      seen.count += 1;
      seen.byCode ||= byCode;
      // Sub-texts and loose lines are scanned out of order: keep the earliest position.
      if (pos < seen.pos) seen.pos = pos;
      return key;
    }
    findings.set(key, {
      pos,
      seq: seq++,
      count: 1,
      byCode,
      match: { entry, params: masked, notes, status },
    });
    return key;
  }

  /** The findings each message seen as text gave: one error, whichever entries its text fits. */
  const textGroups: { keys: string[]; entries: DecodeEntry[] }[] = [];

  function noteOnce(note: string): void {
    if (!notes.includes(note)) notes.push(note);
  }

  function suggest(entries: DecodeEntry[]): void {
    for (const e of entries) if (!suggestions.includes(e)) suggestions.push(e);
  }

  function bind(
    entry: DecodeEntry,
    raw: RawError,
  ): { params: Record<string, string>; reworded: boolean; wording: string | null } {
    const template = templateOf(entry);
    const params: Record<string, string> = {};
    let reworded = false;
    const wording = raw.message ? matcher.wordingOf(entry, raw.message) : null;
    if (template && raw.message && wording === null) {
      const bound = matcher.bindTemplate(template, raw.message);
      if (bound) Object.assign(params, bound);
      else
        reworded = foldText(template) !== foldText(raw.message) && entry.messageKind === 'returned';
    }
    const wanted = matcher.variablesOf(template ?? entry.message);
    for (const [k, v] of Object.entries(raw.fields)) {
      if (params[k] !== undefined) continue;
      // Some formats carry the values as fields of their own (the module says which).
      if (wanted.has(k) || raw.alwaysParam?.(k)) params[k] = v;
    }
    return { params, reworded, wording };
  }

  /** One error a vendor body states. */
  function vendorError(
    pos: number,
    raw: RawError,
    seenStatus: number | null,
    truncated: boolean,
  ): void {
    const vendor = matcher.vendorOfFormat(raw.format);
    if (!vendor) return;
    // A format may document HTTP-level errors without a code; a body whose code is the status points at one.
    const statusLike = raw.statusFromCode ?? null;
    const status = raw.status ?? seenStatus ?? statusLike;
    const notes = truncated ? [TRUNCATED_NOTE] : [];
    if (statusLike !== null) {
      // Such a body (`{"code":429,…}` for an HTTP 429 row) is that one entry.
      const rows = matcher
        .entriesOf(vendor)
        .filter((e) => e.code === null && e.statuses.includes(statusLike));
      if (rows.length === 1) {
        add(pos, rows[0] as DecodeEntry, {}, status, [
          ...notes,
          `identified by its code ${statusLike}, which is the HTTP status of this error`,
        ]);
        return;
      }
    }
    for (const [i, code] of raw.codes.entries()) {
      const entries = matcher.byCode(vendor, code);
      if (entries.length === 0) continue;
      for (const entry of entries) {
        const { params, reworded, wording } = bind(entry, raw);
        const extra = [...notes];
        if (wording !== null) extra.push(wordingNote(wording));
        if (reworded)
          extra.push(
            'message differs from the documented text (localized or reworded); identified by code',
          );
        const other = raw.codes[1 - i];
        if (i === 0 && other && !matcher.byCode(vendor, other).includes(entry))
          extra.push(
            `the body's other identifier ${other} does not belong to ${entry.code ?? 'this error'}`,
          );
        add(pos, entry, params, status, extra);
      }
      return;
    }
    // A code or type this vendor's catalog lacks: never identified by its message (that would
    // be a guess), but said, with the entries nearest to it as suggestions.
    const entries = matcher.entriesOf(vendor);
    const unknownType =
      raw.type !== null &&
      entries.some((e) => e.type !== null) &&
      !entries.some((e) => e.type === raw.type);
    const unknown =
      raw.codes.length > 0 && statusLike === null
        ? `code ${raw.codes[0]}`
        : unknownType
          ? `type "${raw.type}"`
          : null;
    if (raw.message) {
      const found = matcher.byMessage(raw.message, vendor, guesses);
      let confident = found.confident;
      if (raw.type) {
        const typed = confident.filter((b) => b.entry.type === raw.type);
        if (typed.length) confident = typed;
      }
      if (raw.codes.length === 0 && !unknownType && confident.length > 0) {
        for (const b of confident)
          add(
            pos,
            b.entry,
            b.params,
            status,
            b.wording ? [...notes, wordingNote(b.wording)] : notes,
          );
        return;
      }
      const near = raw.codes.length > 0 ? matcher.nearCode(vendor, raw.codes[0] as string) : [];
      const offered = [...confident.map((b) => b.entry), ...near, ...found.fuzzy];
      suggest(offered);
      const what =
        unknown ??
        (raw.type !== null
          ? `no "${raw.type}" error has this description`
          : 'no error has this message');
      if (unknown !== null || raw.codes.length === 0)
        noteOnce(notCataloguedNote(vendorName(vendor), what, offered.length > 0));
    } else if (unknown !== null) {
      const near = matcher.nearCode(vendor, raw.codes[0] ?? '');
      suggest(near);
      noteOnce(notCataloguedNote(vendorName(vendor), unknown, near.length > 0));
    }
    if (!raw.message && guesses && raw.partialMessage && raw.codes.length === 0)
      // Cut off inside the message: the entries it could be the beginning of, as candidates.
      suggest(matcher.byBeginning(raw.partialMessage, vendor, raw.type));
    if (status !== null)
      suggest(
        matcher
          .entriesOf(vendor)
          .filter((e) => e.code === null && e.statuses.includes(status) && raw.codes.length > 0),
      );
  }

  /** A code, name or number seen on its own or in a `key=value` field. */
  function token(pos: number, value: string, status: number | null, truncated = false): boolean {
    // A code that is one word (BlueJeans' `Unavailable`) is that code only as written: the same
    // word in another case is an ordinary word another API uses as its code (twirp's
    // `"code": "unavailable"`).
    const word = /^[A-Za-z]+$/.test(value);
    const entries = matcher
      .lookup(value)
      .filter((e) => !word || e.code === value || e.aliases.includes(value));
    if (entries.length === 0) return false;
    const vendors = new Set(entries.map((e) => e.vendor));
    if (vendors.size > 1) suggest(entries);
    else for (const e of entries) add(pos, e, {}, status, truncated ? [TRUNCATED_NOTE] : []);
    return true;
  }

  /** A telecom standard's code the text names (lib/decode/standards-scan.ts), with its values. */
  function standard(
    pos: number,
    entry: DecodeEntry,
    params: Record<string, string>,
    notes: string[],
  ): void {
    add(pos, entry, params, null, notes);
  }

  /** A message seen as text: the shared-message rule decides between matches and suggestions. */
  function message(
    pos: number,
    bound: Bound[],
    status: number | null,
    sameText: DecodeEntry[] = [],
  ): void {
    // Entries of other vendors documenting the same text (as a description) count too.
    const vendors = new Set(
      [...bound, ...sameText.map((entry) => ({ entry }))].map((b) => b.entry.vendor),
    );
    if (vendors.size > 1) suggest([...bound.map((b) => b.entry), ...sameText]);
    else
      textGroups.push({
        entries: bound.map((b) => b.entry),
        keys: bound.map((b) =>
          add(pos, b.entry, b.params, status, b.wording ? [wordingNote(b.wording)] : [], false),
        ),
      });
  }

  /**
   * A message seen as text beside the code that names its error (an SDK's exception line above
   * the body, a body whose braces a forum dropped) is that error, said again: it is folded into
   * the code's match, and the other entries its text also fits are not matches.
   */
  function foldTextIntoCodes(): void {
    const byCode = new Set(
      [...findings.values()].filter((f) => f.byCode).map((f) => f.match.entry),
    );
    for (const group of textGroups) {
      if (!group.entries.some((e) => byCode.has(e))) continue;
      for (const key of group.keys) {
        const f = findings.get(key);
        if (!f) continue;
        if (!f.byCode) findings.delete(key);
        else if (f.count > 1) f.count -= 1;
      }
    }
  }

  /**
   * One error found twice, once whole and once in a cut-off copy (or with a note the other
   * lacks): one match, with every note.
   */
  function foldRepeats(): void {
    // Grouped by entry and values first: a paste of thousands of errors stays linear.
    const groups = new Map<string, [string, Finding][]>();
    for (const pair of findings) {
      const key = `${pair[1].match.entry.url}\u0000${JSON.stringify(pair[1].match.params)}`;
      const group = groups.get(key);
      if (group) group.push(pair);
      else groups.set(key, [pair]);
    }
    for (const group of groups.values()) {
      if (group.length < 2) continue;
      // The copy with the most notes takes in every other whose notes it holds.
      group.sort((x, y) => y[1].match.notes.length - x[1].match.notes.length);
      for (const [key, f] of group.slice(1)) {
        const g = group.find(
          ([k, other]) =>
            k !== key &&
            findings.has(k) &&
            other.match.notes.length > f.match.notes.length &&
            f.match.notes.every((n) => other.match.notes.includes(n)),
        )?.[1];
        if (!g) continue;
        g.count += f.count;
        g.pos = Math.min(g.pos, f.pos);
        g.byCode ||= f.byCode;
        findings.delete(key);
      }
    }
  }

  function result(): DecodeResult {
    foldTextIntoCodes();
    foldRepeats();
    const ordered = [...findings.values()].sort((a, b) => a.pos - b.pos || a.seq - b.seq);
    for (const { match, count } of ordered)
      if (count > 1) match.notes.push(`seen ${count} times in the input`);
    const matches = ordered.map((f) => f.match);
    const matched = new Set(matches.map((m) => m.entry));
    return {
      matches,
      suggestions: suggestions.filter((e) => !matched.has(e)),
      ...(notes.length > 0 && { notes: [...notes] }),
    };
  }

  return {
    vendorError,
    token,
    standard,
    message,
    suggest,
    result,
    count: () => findings.size + suggestions.length,
    /** How many matches so far, suggestions aside. */
    found: () => findings.size,
    /** False when only matches are wanted (scan): nothing that only feeds suggestions is worked out. */
    guesses,
  };
}

export type Collector = ReturnType<typeof createCollector>;
