import type { Collector } from './collect';
import type { Matcher } from './matcher';
import { parseObjectAt, type Json, type ParseResult } from './parse';
import { isObject, recognize, statusOf } from './vendors';

/** Most characters one candidate body may take: bounds the work per candidate. */
const BUDGET = 2 * 1024 * 1024;
/**
 * How many times a body is followed when escaped inside a string (a JSON log record whose
 * `body` holds JSON whose `detail` holds JSON ...): deeper bodies are not decoded, which the
 * result says (ESCAPE_DEPTH_NOTE). Each level is another pass over the text.
 */
export const MAX_ESCAPE_DEPTH = 3;
export const ESCAPE_DEPTH_NOTE = `not decoded: JSON escaped more than ${MAX_ESCAPE_DEPTH} levels deep inside strings`;
/** What a string holding a body begins with: `{"`, `{\"`, `{'`. */
const HOLDS_BODY = /\{\s*\\*["']/;
const STATUS_KEYS = [
  'status',
  'statusCode',
  'status_code',
  'httpStatus',
  'http_status',
  'httpCode',
  'responseCode',
];
const CODE_KEYS = ['errorCode', 'error_code', 'errorName', 'error_name', 'errCode', 'err_code'];
/**
 * Where a wrapper of no vendor's shape (an SDK's error, a gateway's envelope) puts the message it
 * passes on: only an exact returned message or a template instance found there counts.
 */
const MESSAGE_KEYS = [
  'message',
  'msg',
  'error',
  'errorMessage',
  'error_message',
  'description',
  'error_description',
  'detail',
];

/**
 * In free text: an HTTP status line (`HTTP/1.1 404 Not Found`), a status field
 * (`status=404`), a code field (`errorCode=CMN-101`, `code: 1300`) or a RingCentral-shaped code.
 */
const FREE =
  /\bHTTP\/\d(?:\.\d)?\s+([1-5]\d\d)\b|\b(?:status|statusCode|status_code|httpStatus|http_status|httpCode)["']?\s*[=:]\s*["']?([1-5]\d\d)\b|\b(errorCode|error_code|errorName|error_name|errCode|err_code|code)["']?\s*[=:]\s*["']?([A-Za-z0-9][\w-]{0,63})|\b([A-Z]{3}[-\u2010-\u2015\u2212]\d{3})\b/g;

type Range = [number, number];

export type ScanState = {
  matcher: Matcher;
  collect: Collector;
  covered: Range[];
  codeLines: number[];
  /** Set when a body escaped deeper than MAX_ESCAPE_DEPTH was passed over. */
  tooDeep?: boolean;
};

const isSpaceCode = (c: number): boolean => c === 32 || c === 10 || c === 13 || c === 9;
const isKeyStart = (c: number): boolean =>
  (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95 || c === 36;
const isKeyChar = (c: number): boolean => isKeyStart(c) || (c >= 48 && c <= 57) || c === 45;

/**
 * Whether a `{` opens an object: a key (quoted or bare) and a colon follow, within a few
 * characters. Cheap, allocation-free, and bounded: garbage full of braces stays linear.
 */
function opensObject(text: string, brace: number): boolean {
  let i = brace + 1;
  const limit = Math.min(text.length, brace + 256);
  while (i < limit && isSpaceCode(text.charCodeAt(i))) i += 1;
  const first = text.charCodeAt(i);
  if (first === 34 || first === 39) {
    i += 1;
    while (i < limit && text.charCodeAt(i) !== first) i += text.charCodeAt(i) === 92 ? 2 : 1;
    if (i >= text.length) return true; // cut off inside the first key: let the parser say so
    if (i >= limit) return false;
    i += 1;
  } else if (isKeyStart(first)) {
    while (i < limit && isKeyChar(text.charCodeAt(i))) i += 1;
  } else return false;
  while (i < limit && isSpaceCode(text.charCodeAt(i))) i += 1;
  return text.charCodeAt(i) === 58 || i >= text.length;
}

function unescapeOnce(text: string): string {
  return text.replace(/\\(u[0-9a-fA-F]{4}|.)/g, (_, c: string) =>
    c.length > 1
      ? String.fromCharCode(parseInt(c.slice(1), 16))
      : c === 'n'
        ? '\n'
        : c === 't'
          ? '\t'
          : c === 'r'
            ? '\r'
            : c,
  );
}

/**
 * Scans text left to right once: free text between bodies, then each body. Strings inside
 * bodies are scanned again (escaped JSON in a JSON log record), at most MAX_ESCAPE_DEPTH deep.
 * `base` is the position in the top-level input that findings are ordered by.
 */
export function scanText(
  state: ScanState,
  text: string,
  depth: number,
  inherited: number | null,
  base: number | null,
): void {
  const top = base === null;
  const at = (pos: number): number => (top ? pos : base);
  let httpStatus = inherited;
  let lineStatus: number | null = null;
  let lineStatusEnd = -1;
  const statusAt = (pos: number): number | null =>
    lineStatus !== null && pos <= lineStatusEnd ? lineStatus : httpStatus;

  const free = (from: number, to: number): void => {
    if (to <= from) return;
    const segment = text.slice(from, to);
    FREE.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = FREE.exec(segment))) {
      const pos = from + m.index;
      if (m[1]) httpStatus = Number(m[1]);
      else if (m[2]) {
        lineStatus = Number(m[2]);
        const eol = text.indexOf('\n', pos);
        lineStatusEnd = eol < 0 ? text.length : eol;
      } else {
        const value = (m[4] ?? m[5]) as string;
        // A bare `code=` field only counts when it resolves: it is too common a word to guess from.
        if (state.collect.token(at(pos), value, statusAt(pos)) && top) state.codeLines.push(pos);
      }
    }
  };

  let cursor = 0;
  while (cursor < text.length) {
    const brace = text.indexOf('{', cursor);
    free(cursor, brace < 0 ? text.length : brace);
    if (brace < 0) break;
    if (
      (text.charCodeAt(brace + 1) === 92 || isSpaceCode(text.charCodeAt(brace + 1))) &&
      /^\{\s*\\+["']/.test(text.slice(brace, brace + 8))
    ) {
      // A body escaped inside a string of a log line that is not itself JSON.
      let end = text.indexOf('\n', brace);
      if (end < 0) end = text.length;
      if (depth < MAX_ESCAPE_DEPTH)
        scanText(
          state,
          unescapeOnce(text.slice(brace, end)),
          depth + 1,
          statusAt(brace),
          at(brace),
        );
      else state.tooDeep = true;
      if (top) state.covered.push([brace, end]);
      cursor = end;
      continue;
    }
    const parsed = opensObject(text, brace) ? parseObjectAt(text, brace, BUDGET) : null;
    if (!parsed) {
      cursor = brace + 1;
      continue;
    }
    walk(state, parsed, depth, statusAt(brace), at(brace));
    if (top) state.covered.push([brace, parsed.end]);
    cursor = Math.max(parsed.end, brace + 1);
  }
}

/** Walks a parsed body in document order without recursion, however deep it is. */
function walk(
  state: ScanState,
  parsed: ParseResult,
  depth: number,
  status: number | null,
  pos: number,
): void {
  const stack: { node: Json; status: number | null }[] = [{ node: parsed.value, status }];
  // Messages of wrappers: a fallback, since a wrapper often repeats the message of the body inside.
  const loose: { text: string; status: number | null; foreign: boolean }[] = [];
  let recognized = false;
  while (stack.length > 0) {
    const { node, status: inherited } = stack.pop() as { node: Json; status: number | null };
    if (typeof node === 'string') {
      if (node.length >= 7 && /[{=]|[A-Z]{3}[-\u2010-\u2015\u2212]\d{3}/.test(node)) {
        if (depth < MAX_ESCAPE_DEPTH) scanText(state, node, depth + 1, inherited, pos);
        else if (HOLDS_BODY.test(node)) state.tooDeep = true;
      }
      continue;
    }
    if (Array.isArray(node)) {
      for (let i = node.length - 1; i >= 0; i -= 1)
        stack.push({ node: node[i] as Json, status: inherited });
      continue;
    }
    if (!isObject(node)) continue;
    let own = inherited;
    for (const key of STATUS_KEYS) {
      const s = statusOf(node[key]);
      if (s !== null) {
        own = s;
        break;
      }
    }
    const cutHere = parsed.cut && parsed.open.has(node);
    const cutValue = parsed.cutValue?.holder === node ? parsed.cutValue : null;
    const raws = recognize(node, cutHere, cutValue);
    if (raws) {
      recognized = true;
      raws.forEach((raw, i) => {
        const cut =
          parsed.cut &&
          (parsed.open.has(raw.source) || (parsed.open.has(node) && i === raws.length - 1));
        state.collect.vendorError(pos, raw, own, cut);
      });
      continue;
    }
    const entries = Object.entries(node);
    for (const [key, v] of entries)
      if (
        CODE_KEYS.includes(key) &&
        (typeof v === 'string' || typeof v === 'number') &&
        state.collect.token(pos, String(v), own, cutHere)
      )
        recognized = true;
    // An error object with a code of its own that no vendor has is another API's error, or a
    // vendor body cut down: its message is a candidate, not a wrapper passing ours on
    // (MessageBird's `{code: 20, description: "message not found"}`).
    const foreign = typeof node.code === 'string' || typeof node.code === 'number';
    for (const key of MESSAGE_KEYS) {
      const text = node[key];
      if (typeof text === 'string' && text.length <= 2000)
        loose.push({ text, status: own, foreign });
    }
    for (let i = entries.length - 1; i >= 0; i -= 1) {
      const [key, value] = entries[i] as [string, Json];
      if (!CODE_KEYS.includes(key)) stack.push({ node: value, status: own });
    }
  }
  if (recognized) return;
  for (const { text, status: seen, foreign } of loose) {
    // Word-overlap guesses only feed suggestions: none when the caller wants matches alone (scan).
    const found = state.matcher.byMessage(text, null, foreign && state.collect.guesses);
    if (found.confident.length && !foreign)
      state.collect.message(pos, found.confident, seen, found.fuzzy);
    else state.collect.suggest([...found.confident.map((b) => b.entry), ...found.fuzzy]);
  }
}
