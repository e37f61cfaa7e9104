/**
 * Matching a text against a template's pieces without a backtracking regular expression.
 *
 * A template is literal pieces with a variable between each two; each variable takes at least
 * one character, the earliest ending first (what a lazy `(.+?)` would take). Placing each literal
 * at its leftmost occurrence is then exactly the first match a backtracking matcher would find
 * (a literal placed earlier only leaves more room for the rest), so one left-to-right pass of
 * `indexOf` finds it, and the cost grows with the text, not with how many ways it could split.
 */

/** A literal piece, or a variable (by name). Literals are folded with caseKey. */
export type Piece =
  { literal: string; variable?: undefined } | { literal?: undefined; variable: string };

/**
 * The text with each UTF-16 unit mapped as a case-insensitive (non-Unicode) regular expression
 * compares it, so positions stay as they were: upper case when that is one unit, and never from
 * beyond ASCII into it (`ſ` is not `S`).
 */
export function caseKey(text: string): string {
  if (!/[^\u0000-\u007f]/.test(text)) return text.toUpperCase();
  let out = '';
  for (let i = 0; i < text.length; i += 1) {
    const c = text[i] as string;
    const u = c.toUpperCase();
    out += u.length !== 1 || (c.charCodeAt(0) >= 128 && u.charCodeAt(0) < 128) ? c : u;
  }
  return out;
}

export type Placed = {
  /** [start, end) of each variable placed so far. */
  values: [number, number][];
  /** Where the next piece starts. */
  pos: number;
  /** Start of a final variable whose end is not fixed yet (it needs one character at least). */
  open: number | null;
};

/**
 * Places the pieces from position 0 of `key` (a caseKey'd text), each literal leftmost. When the
 * pieces end in a variable, `fits` may reject where the literal before it ends (the start of
 * that last value): the literal then takes its next occurrence.
 */
export function place(
  key: string,
  pieces: Piece[],
  fits?: (start: number) => boolean,
): Placed | null {
  const values: [number, number][] = [];
  let pos = 0;
  let open: number | null = null;
  const guarded = pieces[pieces.length - 1]?.variable !== undefined ? pieces.length - 2 : -1;
  for (const [i, piece] of pieces.entries()) {
    if (piece.variable !== undefined) {
      if (open !== null) {
        // Two variables touching: the first takes one character.
        if (open >= key.length) return null;
        values.push([open, open + 1]);
        pos = open + 1;
      }
      open = pos;
      continue;
    }
    const check = fits && i === guarded ? fits : null;
    if (open === null) {
      if (!key.startsWith(piece.literal, pos)) return null;
      if (check && !check(pos + piece.literal.length)) return null;
    } else {
      let at = open < key.length ? key.indexOf(piece.literal, open + 1) : -1;
      while (check && at >= 0 && !check(at + piece.literal.length))
        at = at < key.length ? key.indexOf(piece.literal, at + 1) : -1;
      if (at < 0) return null;
      values.push([open, at]);
      pos = at;
      open = null;
    }
    pos += piece.literal.length;
  }
  return { values, pos, open };
}

const SENTENCE_END = /[.!]\s/g;

/** First position at or after `from` where a sentence ends (`. ` or `! `): a value stops before it. */
export function sentenceLimit(text: string, from: number): number {
  SENTENCE_END.lastIndex = from;
  const m = SENTENCE_END.exec(text);
  return m ? m.index : Infinity;
}

/**
 * Whether a last value starting at a position can end (where `endsAt` accepts) before a
 * sentence end: such a value is one sentence's worth, so a later start may fit where an earlier
 * one does not. Asked about increasing positions, it reads each character once over all calls.
 */
export function sentenceFits(text: string, endsAt: (pos: number) => number) {
  let failedUntil = -1;
  return (start: number): boolean => {
    if (start <= failedUntil) return false;
    const limit = Math.min(sentenceLimit(text, start), text.length);
    for (let q = start + 1; q <= limit; q += 1) if (endsAt(q) >= 0) return true;
    failedUntil = limit;
    return false;
  };
}

/**
 * The leftmost place for a final literal after a value starting at `start`: at `start + 1` or
 * later, no later than `limit`, and where `endsAt` accepts what follows (it returns how many
 * characters the ending takes, or -1). Returns the literal's position and the ending's length.
 */
export function placeLast(
  key: string,
  literal: string,
  start: number,
  limit: number,
  endsAt: (pos: number) => number,
): [number, number] | null {
  let at = start < key.length ? key.indexOf(literal, start + 1) : -1;
  while (at >= 0 && at <= limit) {
    const end = endsAt(at + literal.length);
    if (end >= 0) return [at, end];
    // (indexOf of '' past the end answers the end: stop there rather than loop.)
    at = at < key.length ? key.indexOf(literal, at + 1) : -1;
  }
  return null;
}
