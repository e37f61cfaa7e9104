import { createCollector } from './collect';
import type { DecodeData, DecodeEntry } from './data';
import { createMatcher, type Matcher } from './matcher';
import { ESCAPE_DEPTH_NOTE, scanText, type ScanState } from './scan';
import { failuresFirst, findStandardCodes } from './standards-scan';
import { statusOnly } from './status-only';
import type { DecodeMatch, DecodeResult, OutputItem, OutputMatch } from './types';

export type { DecodeData, DecodeEntry } from './data';
export type { DecodeMatch, DecodeResult, OutputItem, OutputMatch } from './types';

/** Lines longer than this are not searched for a message (messages are short). */
const MAX_MESSAGE_LINE = 2000;
/** Up to this many free-text lines also get whole-line and fuzzy matching. */
const CAREFUL_LINES = 50;
/** A code typed with a space for its dash (`sub 403`): letters, then digits, nothing else. */
const CODE_WITH_SPACE = /^["']?[A-Za-z]{2,8}\s+\d{2,10}["',;.]*$/;

/**
 * What usually stands before a message in a log line: a timestamp, a level, a `[tag]`, a
 * `logger:` name. One at a time, from the start.
 */
const LOG_PREFIX =
  /^(?:\d[\d:.,T+-]*[:T-][\d:.,TZ+-]*Z?\s+|\d{1,2}:\d{2}\S*\s+|\[[^\]]{0,80}\]:?\s*|(?:TRACE|DEBUG|INFO|NOTICE|WARN(?:ING)?|ERROR|ERR|FATAL|CRIT(?:ICAL)?|SEVERE)\b:?\s*|[\w./@-]{1,40}:\s+)/i;

/**
 * Android logcat's prefixes, case-sensitive (its levels are capital letters): `1234  1234 E Tag: `
 * (threadtime: pid, tid, level), `E Tag: ` and `E/Tag( 1234): ` (brief).
 */
const LOGCAT_PREFIX =
  /^(?:\d{1,7}\s+\d{1,7}\s+(?=[VDIWEFA]\s)|[VDIWEFA]\s+[\w./@$-]{1,60}\s*:\s+|[VDIWEFA]\/[\w.@$-]{1,60}\(\s*\d{1,7}\)\s*:\s*)/;

/**
 * The line without its log prefix, so a message that begins with a value (`${0} must be within
 * the range ...`, `${remoteName} (${remoteAddress}) responded ...`) does not take the prefix as
 * part of that value.
 */
function withoutLogPrefix(line: string): string {
  let rest = line;
  for (let i = 0; i < 8; i += 1) {
    const m = LOGCAT_PREFIX.exec(rest) ?? LOG_PREFIX.exec(rest);
    if (!m || m[0].length === rest.length) break;
    rest = rest.slice(m[0].length);
  }
  return rest;
}

/** logfmt's message fields (`msg="..."`): each holds one whole message, its quotes escaped. */
const LOGFMT_MESSAGE =
  /(?:^|\s)(?:msg|message|error|err|error_message|errorMessage|description)="((?:[^"\\\n]|\\.){1,2000})"/gi;

/** The message fields of a logfmt line, unescaped; none for a line of another shape. */
function logfmtMessages(line: string): string[] {
  if (!line.includes('="')) return [];
  return [...line.matchAll(LOGFMT_MESSAGE)].map((m) => (m[1] as string).replace(/\\(.)/g, '$1'));
}

/** Free-text lines, one by one: a lone code or name, a message, or a message inside a log line. */
function messages(state: ScanState, text: string, guesses: boolean): void {
  const { matcher, collect, covered, codeLines } = state;
  const lines: [number, string, number | null][] = [];
  // A plain-text body after a status line (`HTTP/1.1 429 ...`) is compared with that status.
  let status: number | null = null;
  let r = 0;
  let c = 0;
  let start = 0;
  while (start <= text.length) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    while (r < covered.length && (covered[r] as [number, number])[1] <= start) r += 1;
    while (c < codeLines.length && (codeLines[c] as number) < start) c += 1;
    const hitBody = r < covered.length && (covered[r] as [number, number])[0] < end;
    const hitCode = c < codeLines.length && (codeLines[c] as number) < end;
    const line = text.slice(start, Math.min(end, start + MAX_MESSAGE_LINE + 1)).trim();
    const statusLine = /^(?:[<>]\s*)?HTTP\/\d(?:\.\d)?\s+([1-5]\d\d)\b/.exec(line);
    if (statusLine) status = Number(statusLine[1]);
    else if (!hitBody && !hitCode && line && line.length <= MAX_MESSAGE_LINE)
      lines.push([start, line, status]);
    start = end + 1;
  }
  const careful = lines.length <= CAREFUL_LINES;
  // Fuzzy guesses from loose lines only help when the bodies gave nothing: otherwise they are noise.
  const guess = collect.count() === 0;
  for (const [pos, line, seen] of lines) {
    if (
      (!/\s/.test(line) || CODE_WITH_SPACE.test(line)) &&
      line.length <= 64 &&
      collect.token(pos, line.replace(/^["']|["',;.]+$/g, ''), seen)
    )
      continue;
    // A logfmt message field is the message alone: a value that begins it has nothing before it.
    // Only a confident field is used, so no word-overlap guesses are worked out for one.
    let field: ReturnType<typeof matcher.byMessage> | undefined;
    for (const value of logfmtMessages(line)) {
      const found = matcher.byMessage(value, null, false);
      if (found.confident.length > 0) {
        field = found;
        break;
      }
    }
    if (field) {
      collect.message(pos, field.confident, seen, field.fuzzy);
      continue;
    }
    if (careful) {
      const core = withoutLogPrefix(line);
      // Without its prefix first; guesses only from the text that is kept.
      let found = matcher.byMessage(core, null, guesses && core === line);
      if (core !== line && found.confident.length === 0)
        found = matcher.byMessage(line, null, guesses);
      if (found.confident.length) {
        collect.message(pos, found.confident, seen, found.fuzzy);
        continue;
      }
      const inside = matcher.inLine(line);
      if (inside.length) collect.message(pos, inside, seen);
      else if (guess) collect.suggest(found.fuzzy);
      continue;
    }
    const inside = matcher.inLine(line);
    if (inside.length) collect.message(pos, inside, seen);
  }
}

export type DecodeOptions = {
  /**
   * False when only the matches are wanted (`errdex scan`): the word-overlap guesses, the
   * costliest part of decoding a line, are skipped and suggestions come back empty. The
   * matches are the same: those guesses only ever feed suggestions.
   */
  suggestions?: boolean;
  /**
   * False when only failures are wanted (`errdex scan`): standard codes that are not failures
   * (SIP 1xx and 2xx, a normal call clearing, `ESME_ROK`) are left out. Otherwise they are
   * matched when nothing in the input failed (no failing standard code, no vendor error).
   */
  nonFailures?: boolean;
};

/**
 * Telecom standard codes, in input order with the rest; their lines are not read again for a
 * vendor's message (`SIP/2.0 403 Forbidden` is SIP's, not a vendor's "Forbidden").
 */
function standards(state: ScanState, text: string): ReturnType<typeof findStandardCodes> {
  const found = findStandardCodes(state.matcher.data, text);
  const { hits } = found;
  // The start of each hit's line, found going forward once: hits come in input order.
  let start = 0;
  let next = text.indexOf('\n');
  for (const hit of hits) {
    while (next >= 0 && next < hit.pos) {
      start = next + 1;
      next = text.indexOf('\n', start);
    }
    if (state.codeLines.at(-1) !== start) state.codeLines.push(start);
  }
  state.codeLines.sort((a, b) => a - b);
  return found;
}

/** Finds every catalogued error in whatever was pasted. Never throws. */
function decodeWith(matcher: Matcher, input: unknown, options: DecodeOptions = {}): DecodeResult {
  if (typeof input !== 'string' || input.length === 0) return { matches: [], suggestions: [] };
  const guesses = options.suggestions !== false;
  const lone = guesses ? statusOnly(matcher, input) : null;
  if (lone) return { matches: [], suggestions: lone.entries, statusOnly: lone.status };
  const state: ScanState = {
    matcher,
    collect: createCollector(matcher, guesses),
    covered: [],
    codeLines: [],
  };
  scanText(state, input, 0, null, null);
  const codes = standards(state, input);
  messages(state, input, guesses);
  // A code that is not a failure is said only when nothing else was found (a vendor's error
  // beside a SIP 200 is the error to explain).
  const calm = options.nonFailures !== false && state.collect.found() === 0;
  for (const hit of failuresFirst(codes.hits, calm))
    state.collect.standard(hit.pos, hit.entry, hit.params, hit.notes);
  const result = state.collect.result();
  if (codes.notes.length > 0) result.notes = [...(result.notes ?? []), ...codes.notes];
  if (state.tooDeep) {
    // On each match, and on the result for when nothing matched: what was not looked at.
    for (const m of result.matches) m.notes.push(ESCAPE_DEPTH_NOTE);
    result.notes = [...(result.notes ?? []), ESCAPE_DEPTH_NOTE];
  }
  return guesses ? result : { ...result, suggestions: [] };
}

export function createDecoder(data: DecodeData) {
  const matcher = createMatcher(data);
  return {
    matcher,
    decode: (input: unknown, options?: DecodeOptions): DecodeResult =>
      decodeWith(matcher, input, options),
  };
}
export type Decoder = ReturnType<typeof createDecoder>;

/** A site-relative URL made absolute under `--base-url`, when one is given. */
export function withBaseUrl(url: string, baseUrl: string | undefined): string {
  return baseUrl ? baseUrl.replace(/\/+$/, '') + url : url;
}

export function toOutputItem(entry: DecodeEntry, baseUrl?: string): OutputItem {
  return {
    vendor: entry.vendor,
    code: entry.code,
    statuses: entry.statuses,
    message: entry.message,
    url: withBaseUrl(entry.url, baseUrl),
    category: entry.category,
    fault: entry.fault,
    retry: entry.retry,
    kind: entry.kind,
    documented: entry.documented,
  };
}

export function toOutputMatch(match: DecodeMatch, baseUrl?: string): OutputMatch {
  return { ...toOutputItem(match.entry, baseUrl), params: match.params, notes: match.notes };
}

/** `{matches, suggestions}` exactly as the CLI schema defines it. */
export function toOutput(result: DecodeResult, baseUrl?: string) {
  return {
    matches: result.matches.map((m) => toOutputMatch(m, baseUrl)),
    suggestions: result.suggestions.map((e) => toOutputItem(e, baseUrl)),
  };
}
