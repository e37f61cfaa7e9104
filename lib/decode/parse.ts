/**
 * A tolerant, iterative parser for the object literals people paste: JSON, JSON with
 * comments or trailing commas, and Python dict reprs (single quotes, None/True/False).
 * It never throws and never recurses: a value cut off mid-way comes back as far as it got,
 * and objects that did not close are reported so the decoder can add a "truncated" note.
 */
export type Json = string | number | boolean | null | Json[] | { [key: string]: Json };
export type JsonObject = { [key: string]: Json };

export type ParseResult = {
  value: JsonObject;
  /** Index just past the last character the parser accepted. */
  end: number;
  /** True when the object closed properly. */
  complete: boolean;
  /**
   * True when the input looks cut off rather than malformed: it ended, a string ran into the
   * end of its line, or the body simply stopped at a line break (a log line cut short).
   */
  cut: boolean;
  /** Objects and arrays that never closed (the input ended or broke inside them). */
  open: Set<object>;
  /**
   * The string value the input was cut off inside, as far as it got (its key holds null), and
   * the object that holds it: the beginning of a message is still a clue.
   */
  cutValue: { holder: object; key: string; text: string } | null;
};

const WORDS: Record<string, Json> = {
  true: true,
  false: false,
  null: null,
  True: true,
  False: false,
  None: null,
};

const ESCAPES: Record<string, string> = {
  n: '\n',
  r: '\r',
  t: '\t',
  b: '\b',
  f: '\f',
  '/': '/',
  '\\': '\\',
  '"': '"',
  "'": "'",
};

type Frame = { container: JsonObject | Json[]; key: string | null };

function isSpace(c: number): boolean {
  return c === 32 || c === 10 || c === 13 || c === 9;
}

/**
 * Reads a quoted string starting at `i` (the quote); returns the value and the index after it,
 * and whether it closed (when not: the value as far as it got).
 */
function readString(text: string, i: number, limit: number): [string, number, boolean] {
  const quote = text[i];
  let out = '';
  let j = i + 1;
  let chunk = j;
  while (j < limit) {
    const c = text[j];
    if (c === quote) return [out + text.slice(chunk, j), j + 1, true];
    if (c === '\\') {
      out += text.slice(chunk, j);
      const next = text[j + 1];
      if (next === undefined || j + 1 >= limit) return [out, j, false];
      if (next === 'u') {
        const code = parseInt(text.slice(j + 2, j + 6), 16);
        out += Number.isNaN(code) ? '' : String.fromCharCode(code);
        j += 6;
      } else {
        out += ESCAPES[next] ?? next;
        j += 2;
      }
      chunk = j;
      continue;
    }
    // JSON and Python strings never hold a raw line break: the line was cut inside the string.
    if (c === '\n') return [out + text.slice(chunk, j), j, false];
    j += 1;
  }
  return [out + text.slice(chunk, j), j, false];
}

const BARE = /[A-Za-z0-9_.+-]/;

/**
 * Parses the object literal that starts at `start` (a `{`). Reads at most `budget`
 * characters. Returns null when not even one key was read.
 */
export function parseObjectAt(text: string, start: number, budget: number): ParseResult | null {
  const limit = Math.min(text.length, start + budget);
  const root: JsonObject = {};
  const stack: Frame[] = [{ container: root, key: null }];
  let i = start + 1;
  let stringCut = false;
  // Whether a line break came before the character being read (the one the parse stopped at).
  let newlineGap = false;
  let breakGap = false;
  let keys = 0;
  let cutValue: ParseResult['cutValue'] = null;
  // 'key' | 'colon' | 'value' | 'comma'
  let expect: 'key' | 'colon' | 'value' | 'comma' = 'key';

  const attach = (value: Json): void => {
    const frame = stack[stack.length - 1] as Frame;
    if (Array.isArray(frame.container)) frame.container.push(value);
    else if (frame.key !== null) {
      frame.container[frame.key] = value;
      keys += 1;
    }
    expect = 'comma';
  };

  while (i < limit && stack.length > 0) {
    const code = text.charCodeAt(i);
    if (isSpace(code)) {
      if (code === 10) newlineGap = true;
      i += 1;
      continue;
    }
    const c = text[i] as string;
    if (c === '/' && text[i + 1] === '/') {
      const eol = text.indexOf('\n', i);
      i = eol < 0 || eol > limit ? limit : eol + 1;
      continue;
    }
    breakGap = newlineGap;
    newlineGap = false;
    const frame = stack[stack.length - 1] as Frame;
    const inArray = Array.isArray(frame.container);
    if (c === '}' || c === ']') {
      if ((c === '}') === inArray) break;
      if (expect === 'colon') break;
      stack.pop();
      i += 1;
      expect = 'comma';
      continue;
    }
    if (expect === 'comma') {
      if (c !== ',') break;
      expect = inArray ? 'value' : 'key';
      i += 1;
      continue;
    }
    if (expect === 'key') {
      if (inArray) break;
      if (c === '"' || c === "'") {
        const read = readString(text, i, limit);
        if (!read[2]) {
          stringCut = true;
          break;
        }
        frame.key = read[0];
        i = read[1];
      } else {
        const m = /^[A-Za-z_$][\w$-]*/.exec(text.slice(i, Math.min(i + 128, limit)));
        if (!m) break;
        frame.key = m[0];
        i += m[0].length;
      }
      expect = 'colon';
      continue;
    }
    if (expect === 'colon') {
      if (c !== ':') break;
      i += 1;
      expect = 'value';
      continue;
    }
    // expect === 'value'
    if (c === '{' || c === '[') {
      const container: JsonObject | Json[] = c === '{' ? {} : [];
      attach(container);
      stack.push({ container, key: null });
      expect = c === '{' ? 'key' : 'value';
      i += 1;
      continue;
    }
    if (c === '"' || c === "'") {
      const read = readString(text, i, limit);
      if (!read[2]) {
        // Cut off inside the value: keep the key (it tells the shape) but not a partial value;
        // that is kept aside, as far as it got.
        if (!Array.isArray(frame.container) && frame.key !== null)
          cutValue = { holder: frame.container, key: frame.key, text: read[0] };
        attach(null);
        stringCut = true;
        break;
      }
      attach(read[0]);
      i = read[1];
      continue;
    }
    let j = i;
    while (j < limit && BARE.test(text[j] as string)) j += 1;
    // A bare word that runs into the end of the input may be cut off: drop it.
    if (j === i) break;
    if (j >= text.length) {
      attach(null);
      i = j;
      break;
    }
    const word = text.slice(i, j);
    if (word in WORDS) attach(WORDS[word] as Json);
    else if (/^-?\d+(\.\d+)?([eE][+-]?\d+)?$/.test(word)) attach(Number(word));
    else attach(word);
    i = j;
  }
  if (keys === 0 && stack.length > 0) return null;
  const complete = stack.length === 0;
  const cut = !complete && (stringCut || i >= text.length || breakGap);
  // What is still on the stack never closed.
  const open = new Set<object>(complete ? [] : stack.map((f) => f.container));
  return { value: root, end: i, complete, cut, open, cutValue };
}
