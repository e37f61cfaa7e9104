/**
 * Message templates: one module that finds the variables in a documented message
 * (`${name}`, `${0}`, `{name}`), matches run-time text against it and binds the values.
 * Validation, search and decode all go through here so they agree on what a variable is.
 */

import {
  caseKey,
  place,
  placeLast,
  sentenceFits,
  sentenceLimit,
  type Piece,
} from './template-scan';

/** `${name}` / `${0}` (RingCentral, Bandwidth, our derived templates) or `{name}` (RingCentral's `[{permissionName}]`). */
const VARIABLE = /\$\{([A-Za-z0-9_]+)\}|(?<!\$)\{([A-Za-z_][A-Za-z0-9_]*)\}/g;

export type TemplatePart =
  { text: string; variable?: undefined } | { text: string; variable: string };

/** Splits a template into literal text and variables, in order. */
export function templateParts(template: string): TemplatePart[] {
  const parts: TemplatePart[] = [];
  let last = 0;
  for (const m of template.matchAll(VARIABLE)) {
    const index = m.index ?? 0;
    if (index > last) parts.push({ text: template.slice(last, index) });
    parts.push({ text: m[0], variable: (m[1] ?? m[2]) as string });
    last = index + m[0].length;
  }
  if (last < template.length) parts.push({ text: template.slice(last) });
  return parts;
}

/** The variable names of a template, first occurrence order, without repeats. */
export function templateVariables(template: string): string[] {
  const seen = new Set<string>();
  for (const part of templateParts(template))
    if (part.variable !== undefined) seen.add(part.variable);
  return [...seen];
}

// One test, not a parse: search asks this of every message with a brace when it indexes.
const HAS_VARIABLE = new RegExp(VARIABLE.source);

export function hasVariables(template: string): boolean {
  return HAS_VARIABLE.test(template);
}

/** The template with its variables removed, whitespace folded: what slugs and word search use. */
export function literalText(template: string): string {
  // One replace rather than templateParts: search runs this on every message when it indexes.
  return template.replace(VARIABLE, ' ').replace(/\s+/g, ' ').trim();
}

/** The text as a regular expression that matches it literally. */
export function escapeRegex(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Printable ASCII: unchanged by NFKC, holds no typographic quote, and no space but ' '. */
const PLAIN_ASCII = /^[\x20-\x7e]*$/;

function foldSpacing(text: string): string {
  // Most log lines are plain ASCII: what folding does to them comes down to runs of spaces.
  if (PLAIN_ASCII.test(text)) return text.replace(/ {2,}/g, ' ');
  return text
    .normalize('NFKC')
    .replace(/[\u2018\u2019\u201A\u201B\u2032]/g, "'")
    .replace(/[\u201C\u201D\u201E\u2033]/g, '"')
    .replace(/\s+/g, ' ');
}

/**
 * The text without a final run of characters `drop` accepts. A loop: `/[…]+$/` tries again from
 * every character of a long run that does not reach the end, and so costs its length squared.
 */
export function trimTrailing(text: string, drop: (c: string) => boolean): string {
  let end = text.length;
  while (end > 0 && drop(text[end - 1] as string)) end -= 1;
  return text.slice(0, end);
}

const isSentenceTail = (c: string): boolean => c === '.' || c === '!' || /\s/.test(c);

function trimEnds(text: string): string {
  return trimTrailing(text.trim(), isSentenceTail);
}

/** Folds what varies between a documented text and the text seen in a log: case, spacing, quotes, a final period. */
export function foldText(text: string): string {
  return trimEnds(foldSpacing(text)).toLowerCase();
}

/** Longest text a template is matched against: messages are short. */
export const MAX_MATCH_LENGTH = 2000;

/**
 * A template ready to match: its pieces folded as the text will be, whether it ends in a
 * variable (`open`), and whether its last value is one sentence's worth (`... meeting ${id}.`:
 * the final period is folded away, so nothing else would end the value, and it must not run
 * past a sentence end such as `. trace=...`).
 */
type Plan = { pieces: Piece[]; names: string[]; open: boolean; sentence: boolean };
const plans = new Map<string, Plan>();

function planOf(template: string): Plan {
  const cached = plans.get(template);
  if (cached) return cached;
  const parts = templateParts(template);
  const last = parts[parts.length - 1];
  const pieces = parts.map((part, i): Piece => {
    if (part.variable !== undefined) return { variable: part.variable };
    let text = foldSpacing(part.text);
    if (i === 0) text = text.trimStart();
    if (i === parts.length - 1) text = text.replace(/[.!\s]+$/, '');
    return { literal: caseKey(text) };
  });
  const plan: Plan = {
    pieces,
    names: parts.flatMap((p) => (p.variable !== undefined ? [p.variable] : [])),
    open: last?.variable !== undefined,
    sentence: parts.length > 1 && !last?.variable && /^[.!]+\s*$/.test(last?.text ?? ''),
  };
  plans.set(template, plan);
  return plan;
}

/**
 * Where a message followed by more of a log line may end: at its own final period (kept or
 * not), at the end, before punctuation (`;`, `,`, a quote, ` (`, ` - `) or before a `key=value`
 * field; never before more words, so a sentence that merely begins like a message is not one.
 */
const MESSAGE_END =
  /(?:[.!](?=[\s"'`)\]}]|$)|(?=$|[?;,:)\]}"'`|]|\s+(?:$|[^\sA-Za-z0-9]|[\w.-]+=)))/iy;

/** What may follow a message, one character: cheaper to ask first than MESSAGE_END itself. */
const ENDS = new Set([...'.!?;,:)]}"\'`|'].map((c) => c.charCodeAt(0)));

function messageEnd(text: string, pos: number): number {
  const c = text.charCodeAt(pos);
  if (pos < text.length && !ENDS.has(c) && !/\s/.test(text[pos] as string)) return -1;
  MESSAGE_END.lastIndex = pos;
  const m = MESSAGE_END.exec(text);
  return m ? m[0].length : -1;
}

/**
 * Matches a folded text against a plan: `whole` texts end with the message, others may go on
 * past a MESSAGE_END. Returns the bound values and the length the message took.
 */
// The decoder asks every template that might fit about the same text: fold it once.
let lastText = '';
let lastFolded = { text: '', key: '' };

function folded(text: string): { text: string; key: string } {
  if (text !== lastText) {
    const t = trimEnds(foldSpacing(text));
    lastText = text;
    lastFolded = { text: t, key: caseKey(t) };
  }
  return lastFolded;
}

function run(
  plan: Plan,
  raw: string,
  whole: boolean,
): { params: Record<string, string>; length: number } | null {
  const { text, key } = folded(raw);
  const closed = !plan.open && plan.pieces.length > 1;
  const end = whole
    ? (pos: number) => (pos === key.length ? 0 : -1)
    : (pos: number) => messageEnd(text, pos);
  const placed = closed
    ? place(key, plan.pieces.slice(0, -1), plan.sentence ? sentenceFits(text, end) : undefined)
    : place(key, plan.pieces);
  if (!placed) return null;
  const values = placed.values;
  let length = placed.pos;
  if (placed.open !== null) {
    const start = placed.open;
    if (!closed) {
      // The last value takes the rest of the text.
      if (start >= text.length) return null;
      values.push([start, text.length]);
      length = text.length;
    } else {
      const tail = (plan.pieces[plan.pieces.length - 1] as { literal: string }).literal;
      const limit = plan.sentence ? sentenceLimit(text, start) : Infinity;
      const hit = placeLast(key, tail, start, limit, end);
      if (!hit) return null;
      values.push([start, hit[0]]);
      length = hit[0] + tail.length + hit[1];
    }
  } else if (!whole) {
    const end = messageEnd(text, length);
    if (end < 0) return null;
    length += end;
  } else if (length !== key.length) return null;
  const params = bindValues(
    plan.names,
    values.map(([a, b]) => text.slice(a, b)),
  );
  return params ? { params, length } : null;
}

/** Binds each variable to its value; null when a variable used twice got two values. */
export function bindValues(
  names: string[],
  values: readonly string[],
): Record<string, string> | null {
  const params: Record<string, string> = {};
  for (let i = 0; i < names.length; i += 1) {
    const name = names[i] as string;
    const value = values[i] as string;
    // A variable used twice must bind the same value both times.
    if (params[name] !== undefined && params[name] !== value) return null;
    params[name] = value;
  }
  return params;
}

/**
 * Matches a run-time text against a template with variables; returns the bound values,
 * or null when the text is not an instance of it. Case, spacing, typographic quotes and a
 * final period are folded; values keep the case they had. A template without variables
 * never "matches" here: compare folded texts for those.
 */
export function matchTemplate(template: string, text: string): Record<string, string> | null {
  if (text.length > MAX_MATCH_LENGTH) return null;
  const plan = planOf(template);
  if (plan.names.length === 0) return null;
  return run(plan, text, true)?.params ?? null;
}

/**
 * Matches a template (with or without variables) at the start of a longer text: a message
 * followed by the rest of a log line. Returns the bound values and how many characters of the
 * folded text the message took, or null. Folding is as in matchTemplate. A template ending in
 * literal text must end at a boundary (see MESSAGE_END); one ending in a variable takes the
 * whole text, so cut the text first where the value should stop.
 */
export function matchTemplateAt(
  template: string,
  text: string,
): { params: Record<string, string>; length: number } | null {
  if (text.length > MAX_MATCH_LENGTH) return null;
  return run(planOf(template), text, false);
}

/** A literal part as the start patterns see it: folded, and trimmed at the template's start. */
function literal(part: TemplatePart, i: number): string {
  const text = foldSpacing(part.text);
  return i === 0 ? text.trimStart() : text;
}

/**
 * How much of a literal a text shows at its end, from `from` on: the longest ending of the text
 * that begins the literal, starting at `earliest` or later (-1 when none, 0 for the empty one).
 */
function shownAtEnd(key: string, literal: string, earliest: number): number {
  for (let n = Math.min(literal.length, key.length - earliest); n > 0; n -= 1)
    if (key.endsWith(literal.slice(0, n))) return n;
  return earliest <= key.length ? 0 : -1;
}

/**
 * Whether a text cut off mid-way (a body truncated inside its message) could be the beginning of
 * an instance of the template, with or without variables. Returns how many characters of the
 * template's literal text the cut text shows, or null when it cannot begin an instance. Folding
 * is as in matchTemplate, except at the end: that is where the text was cut.
 */
export function matchTemplateStart(template: string, text: string): number | null {
  if (text.length > MAX_MATCH_LENGTH) return null;
  const folded = foldSpacing(text).trimStart();
  if (!folded) return null;
  const key = caseKey(folded);
  const parts = templateParts(template);
  const pieces = parts.map((p, i): Piece =>
    p.variable !== undefined ? { variable: p.variable } : { literal: caseKey(literal(p, i)) },
  );
  // The furthest part the text reaches shows the most of the template: try it first.
  for (let k = parts.length - 1; k >= 0; k -= 1) {
    const placed = place(key, pieces.slice(0, k));
    if (!placed) continue;
    const whole = pieces
      .slice(0, k)
      .reduce((n, p) => n + (p.literal !== undefined ? p.literal.length : 0), 0);
    const part = pieces[k] as Piece;
    // A value cut off (or not begun): everything before it was shown whole.
    if (part.variable !== undefined) {
      if (placed.open === null || placed.open < key.length) return whole;
      continue;
    }
    if (placed.open !== null) {
      const shown = shownAtEnd(key, part.literal, placed.open + 1);
      if (shown >= 0) return whole + shown;
    } else if (part.literal.startsWith(key.slice(placed.pos)))
      return whole + key.length - placed.pos;
  }
  return null;
}

/** True when a text equals the documented message, or is an instance of it. */
export function textMatches(template: string, text: string): boolean {
  return foldText(template) === foldText(text) || matchTemplate(template, text) !== null;
}
