/**
 * How a standard's codes show in text (a SIP status line, a `Reason:` header, a hang-up cause in
 * a log field), as its namespace module declares them. The decoder runs every recognizer of
 * every standard over a paste (lib/decode/standards-scan.ts); nothing here knows one standard
 * from another.
 */

/** One place a text names a code. */
export type TextHit = {
  /** The identifier as written: the code or an alias its namespace resolves (`486`, `USER_BUSY`, `0x58`). */
  code: string;
  /** The values the text shows with it, by name (`status`, `reason`, `cause`, `command_status`). */
  params: Record<string, string>;
  /** How the text words the code's name (a reason phrase, a cause text), compared with the standard's. */
  wording?: string;
  /** Where the code is named, when not where the match starts (a value after a long key). */
  offset?: number;
  /**
   * The text is this code only if its wording is the code's own name (a bare `480 Temporarily
   * Unavailable` in prose): any other wording, and the hit is passed over.
   */
  named?: boolean;
  /**
   * The text is this code only if its wording resembles the code's name (`no acceptable here`
   * for `Not Acceptable Here`, a few letters apart): set where what is around the number already
   * says which standard it belongs to, so a misspelt or reworded name still counts. Any other
   * wording, and the hit is passed over.
   */
  resembles?: boolean;
  /**
   * A cause that says why a call ended: shown beside a failing code even when it is not a failure
   * itself (a 480 whose `Reason:` header gives Q.850 16, normal clearing, is the far end's answer).
   */
  explains?: boolean;
};

/** A form a standard's codes take in text: a pattern and what one of its matches names. */
export type Recognizer = {
  /** What the form is, for tests and readers: `SIP status line`. */
  form: string;
  /**
   * Lower-case text every match contains one of: a text without any is not searched, which
   * keeps a scan of a large log from running every pattern on every line.
   */
  hints: readonly string[];
  /** Global; kept linear (no nested quantifiers), since pastes and log files can be large. */
  pattern: RegExp;
  /**
   * True when a match is this standard's code whatever its value (a status line, a `Reason:`
   * header): a value the standard lacks is then said, not passed over in silence.
   */
  certain: boolean;
  /**
   * The code a match names, or null when what is around it says it is something else. `paste`
   * answers questions about the whole text, each computed once per scan however many matches ask.
   */
  read: (match: RegExpExecArray, text: string, paste: PasteFacts) => TextHit | null;
};

/** Facts about a whole paste (does it read as SIP?), each computed once per scan. */
export type PasteFacts = { once<T>(fact: (text: string) => T): T };

/** The facts of one paste, for one scan: a recognizer's `read` runs for every match. */
export function pasteFacts(text: string): PasteFacts {
  const known = new Map<(text: string) => unknown, unknown>();
  return {
    once<T>(fact: (text: string) => T): T {
      if (!known.has(fact)) known.set(fact, fact(text));
      return known.get(fact) as T;
    },
  };
}

/** How far either way `lineAround` looks: a log line's context, not a whole one-line paste. */
const LINE_REACH = 300;

/**
 * The line a position is on, without its line break, up to LINE_REACH characters either side:
 * bounded, so that reading it for every match of a long one-line paste stays linear.
 */
export function lineAround(text: string, index: number): string {
  const before = text.slice(Math.max(0, index - LINE_REACH), index);
  const after = text.slice(index, index + LINE_REACH);
  const start = before.lastIndexOf('\n');
  const end = after.indexOf('\n');
  return before.slice(start + 1) + (end < 0 ? after : after.slice(0, end));
}

/** A value with surrounding quotes and spaces taken off. */
export function unquote(value: string): string {
  return value.trim().replace(/^\\?["']|\\?["']$/g, '');
}

/** Letters and digits only, lower-cased: `USER_BUSY`, `User busy` and `user-busy` compare equal. */
export const squeeze = (text: string): string => text.toLowerCase().replace(/[^a-z0-9]+/g, '');

/**
 * A wording that starts with the standard's own name for the code, cut to it: a log line goes on
 * after a status line's reason phrase (`486 Busy Here from 203.0.113.5:5060 cid=a1b2`), and the
 * rest is neither a wording nor a value to tell occurrences apart by.
 */
export function cutToName(wording: string, name: string): string {
  const want = squeeze(name);
  if (want === '') return wording;
  let at = 0;
  for (let i = 0; i < wording.length; i++) {
    const c = (wording[i] as string).toLowerCase();
    if (!/[a-z0-9]/.test(c)) continue;
    if (c !== want[at]) return wording;
    at += 1;
    if (at === want.length) {
      if (/[A-Za-z0-9]/.test(wording[i + 1] ?? '')) return wording;
      // A name that ends in punctuation keeps it: SMPP's `(… message limits)`.
      const tail = /[^A-Za-z0-9]*$/.exec(name)?.[0] ?? '';
      const end = wording.startsWith(tail, i + 1) ? i + 1 + tail.length : i + 1;
      return wording.slice(0, end);
    }
  }
  return wording;
}

/** Edit distance between two short strings, or `limit + 1` once it is past `limit`. */
function distance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++)
      row[j] = Math.min(
        (prev[j] as number) + 1,
        (row[j - 1] as number) + 1,
        (prev[j - 1] as number) + (a[i - 1] === b[j - 1] ? 0 : 1),
      );
    if (Math.min(...row) > limit) return limit + 1;
    prev = row;
  }
  return prev[b.length] as number;
}

/**
 * The start of a wording that resembles a name: as many words as the name has (one fewer or
 * one more, for a word dropped or split), whose letters are within a quarter of the name's
 * length of edits from it (none for a short name) (`no acceptable here`, `Declined`, `Temporarily not available`).
 * Null when no start does: `INVITE` after `486` is not `Busy Here`.
 */
export function resemblance(wording: string, name: string): string | null {
  const want = squeeze(name);
  if (want === '') return null;
  // A name of three letters or fewer (`OK`) must be exact: one edit away, `of` would do.
  const limit = want.length < 4 ? 0 : Math.max(1, Math.floor(want.length / 4));
  const words = wording.trim().split(/\s+/).slice(0, 8);
  const count = name.trim().split(/\s+/).length;
  let best: { text: string; edits: number } | null = null;
  for (const n of [count, count - 1, count + 1]) {
    if (n < 1 || n > words.length) continue;
    const text = words.slice(0, n).join(' ');
    const edits = distance(squeeze(text), want, limit);
    if (edits <= limit && (!best || edits < best.edits)) best = { text, edits };
  }
  return best?.text.replace(/[.,;:!?)"']+$/, '') ?? null;
}
