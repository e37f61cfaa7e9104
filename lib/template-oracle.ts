/**
 * Test oracle: the backtracking regular expressions template matching was built on before it
 * became linear (lib/template-scan.ts). Its results are the reference the linear matcher must
 * reproduce; it is only ever run on short texts.
 */
import { bindValues, escapeRegex, templateParts, type TemplatePart } from './template';

function foldSpacing(text: string): string {
  return text
    .normalize('NFKC')
    .replace(/[\u2018\u2019\u201A\u201B\u2032]/g, "'")
    .replace(/[\u201C\u201D\u201E\u2033]/g, '"')
    .replace(/\s+/g, ' ');
}

function trimEnds(text: string): string {
  return text.trim().replace(/[.!\s]+$/, '');
}

/** Longest text a template is matched against: messages are short, and this bounds backtracking. */
const MAX_MATCH_LENGTH = 2000;

type Compiled = { regex: RegExp; names: string[] } | null;
const compiled = new Map<string, Compiled>();
const compiledAt = new Map<string, { regex: RegExp; names: string[] }>();

/** The template as a regular expression source (no anchors), its variable names, and whether it ends in a variable. */
function sourceOf(template: string): { source: string; names: string[]; open: boolean } {
  const parts = templateParts(template);
  const names: string[] = [];
  const last = parts[parts.length - 1];
  // `... meeting ${meetingId}.`: the final period is folded away, so nothing would end the
  // value; it is one sentence's worth, and does not run past a sentence end (`. trace=...`).
  const sentenceEnd = parts.length > 1 && !last?.variable && /^[.!]+\s*$/.test(last?.text ?? '');
  const source = parts
    .map((part, i) => {
      if (part.variable !== undefined) {
        names.push(part.variable);
        return sentenceEnd && i === parts.length - 2 ? '((?:(?![.!]\\s).)+?)' : '(.+?)';
      }
      let text = foldSpacing(part.text);
      if (i === 0) text = text.trimStart();
      if (i === parts.length - 1) text = text.replace(/[.!\s]+$/, '');
      return escapeRegex(text);
    })
    .join('');
  return { source, names, open: last !== undefined && last.variable !== undefined };
}

function compile(template: string): Compiled {
  const cached = compiled.get(template);
  if (cached !== undefined) return cached;
  const { source, names } = sourceOf(template);
  const result: Compiled =
    names.length === 0 ? null : { regex: new RegExp(`^${source}$`, 'is'), names };
  compiled.set(template, result);
  return result;
}

/**
 * Where a message followed by more of a log line may end: at its own final period (kept or
 * not), at the end, before punctuation (`;`, `,`, a quote, ` (`, ` - `) or before a `key=value`
 * field; never before more words, so a sentence that merely begins like a message is not one.
 */
const MESSAGE_END = String.raw`(?:[.!](?=[\s"'\`)\]}]|$)|(?=$|[?;,:)\]}"'\`|]|\s+(?:$|[^\sA-Za-z0-9]|[\w.-]+=)))`;

function compileAt(template: string): { regex: RegExp; names: string[] } {
  const cached = compiledAt.get(template);
  if (cached !== undefined) return cached;
  const { source, names, open } = sourceOf(template);
  // A template ending in a variable has nothing to end on: its last value takes the rest.
  const result = { regex: new RegExp(`^${source}${open ? '$' : MESSAGE_END}`, 'is'), names };
  compiledAt.set(template, result);
  return result;
}

/**
 * Matches a run-time text against a template with variables; returns the bound values,
 * or null when the text is not an instance of it. Case, spacing, typographic quotes and a
 * final period are folded; values keep the case they had. A template without variables
 * never "matches" here: compare folded texts for those.
 */
export function regexMatchTemplate(template: string, text: string): Record<string, string> | null {
  if (text.length > MAX_MATCH_LENGTH) return null;
  const c = compile(template);
  if (!c) return null;
  const m = c.regex.exec(trimEnds(foldSpacing(text)));
  return m ? bindValues(c.names, m.slice(1)) : null;
}

/**
 * Matches a template (with or without variables) at the start of a longer text: a message
 * followed by the rest of a log line. Returns the bound values and how many characters of the
 * folded text the message took, or null. Folding is as in matchTemplate. A template ending in
 * literal text must end at a boundary (see MESSAGE_END); one ending in a variable takes the
 * whole text, so cut the text first where the value should stop.
 */
export function regexMatchTemplateAt(
  template: string,
  text: string,
): { params: Record<string, string>; length: number } | null {
  if (text.length > MAX_MATCH_LENGTH) return null;
  const c = compileAt(template);
  const m = c.regex.exec(trimEnds(foldSpacing(text)));
  if (!m) return null;
  const params = bindValues(c.names, m.slice(1));
  return params ? { params, length: m[0].length } : null;
}

const compiledStart = new Map<string, RegExp>();

/** Any beginning of a literal, the empty one included: `(?:a(?:b(?:c)?)?)?`. */
function prefixSource(literal: string): string {
  return [...literal].reduceRight((inner, c) => `(?:${escapeRegex(c)}${inner})?`, '');
}

/** A literal part as the start patterns see it: folded, and trimmed at the template's start. */
function literal(part: TemplatePart, i: number): string {
  const text = foldSpacing(part.text);
  return i === 0 ? text.trimStart() : text;
}

/**
 * The template as a pattern for a text that stops inside part `k`: every part before it whole,
 * then a beginning of part `k` (captured last: any value, or a beginning of the literal).
 */
function compileStart(template: string, parts: TemplatePart[], k: number): RegExp {
  const key = `${k}\u0000${template}`;
  const cached = compiledStart.get(key);
  if (cached) return cached;
  const before = parts
    .slice(0, k)
    .map((p, i) => (p.variable !== undefined ? '(.+?)' : escapeRegex(literal(p, i))))
    .join('');
  const part = parts[k] as TemplatePart;
  const last = part.variable !== undefined ? '(.*)' : `(${prefixSource(literal(part, k))})`;
  const regex = new RegExp(`^${before}${last}$`, 'is');
  compiledStart.set(key, regex);
  return regex;
}

/**
 * Whether a text cut off mid-way (a body truncated inside its message) could be the beginning of
 * an instance of the template, with or without variables. Returns how many characters of the
 * template's literal text the cut text shows, or null when it cannot begin an instance. Folding
 * is as in matchTemplate, except at the end: that is where the text was cut.
 */
export function regexMatchTemplateStart(template: string, text: string): number | null {
  if (text.length > MAX_MATCH_LENGTH) return null;
  const folded = foldSpacing(text).trimStart();
  if (!folded) return null;
  const parts = templateParts(template);
  // The furthest part the text reaches shows the most of the template: try it first.
  for (let k = parts.length - 1; k >= 0; k -= 1) {
    const m = compileStart(template, parts, k).exec(folded);
    if (!m) continue;
    const whole = parts
      .slice(0, k)
      .reduce((n, p, i) => n + (p.variable !== undefined ? 0 : literal(p, i).length), 0);
    return whole + (parts[k]?.variable !== undefined ? 0 : (m[m.length - 1] as string).length);
  }
  return null;
}
