import { tokenKey } from '@/lib/catalog/tokens';
import {
  foldText,
  MAX_MATCH_LENGTH,
  hasVariables,
  matchTemplate,
  matchTemplateAt,
  matchTemplateStart,
  templateParts,
  templateVariables,
  trimTrailing,
} from '@/lib/template';
import type { DecodeData, DecodeEntry } from './data';

/** An entry a text was identified as; `wording`: the observed wording it matched, if not the message. */
export type Bound = { entry: DecodeEntry; params: Record<string, string>; wording?: string };
export type MessageMatch = { confident: Bound[]; fuzzy: DecodeEntry[] };

/** The template a message is matched against: our derived one, else the message when it is the text the API returns. */
/** The text an entry's messages are instances of: our derived template, else a returned message. */
export function templateOf(entry: DecodeEntry): string | null {
  if (entry.template) return entry.template;
  return entry.messageKind === 'returned' ? entry.message : null;
}

function literalLength(template: string): number {
  return templateParts(template).reduce((n, p) => n + (p.variable ? 0 : p.text.length), 0);
}

/** The longest literal stretch of a template, folded: a text without it cannot be an instance. */
function needleOf(template: string): string {
  const chunks = templateParts(template)
    .filter((p) => !p.variable)
    .map((p) => foldText(p.text));
  return chunks.reduce((a, b) => (b.length > a.length ? b : a), '');
}

function words(text: string): Set<string> {
  return new Set(
    foldText(text)
      .split(/[^a-z0-9]+/)
      .filter((w) => w.length > 1),
  );
}

/**
 * How far past its literal text a message ending in text may reach in a line: room for the
 * values, and for the punctuation or `key=` after it. Bounds the folding done per try.
 */
const VALUES_SPAN = 512;
const AFTER_SPAN = 64;
/** Fewest characters of a message's literal text a cut-off beginning must show to be a clue. */
const MIN_BEGINNING = 8;

/** Typographic apostrophes and quotes as ASCII, one character for one (positions are kept). */
function foldQuotes(text: string): string {
  return text
    .replace(/[\u2018\u2019\u201A\u201B\u2032]/g, "'")
    .replace(/[\u201C\u201D\u201E\u2033]/g, '"');
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/**
 * Indexes over the decode data: identifiers, folded messages, templates and the leading
 * words that let a message be spotted inside a longer line without trying every template.
 */
export function createMatcher(data: DecodeData) {
  /** Vendor codes only: a bare number or name in a paste is read as a vendor's code. */
  const byToken = new Map<string, DecodeEntry[]>();
  /** Every namespace's identifiers, for lookups (`486` is SIP 486 and any vendor's 486). */
  const byAnyToken = new Map<string, DecodeEntry[]>();
  const byText = new Map<string, DecodeEntry[]>();
  const byVendor = new Map<string, DecodeEntry[]>();
  const byLead = new Map<
    string,
    {
      entry: DecodeEntry;
      prefix: string;
      template: string;
      open: boolean;
      span: number;
      wording?: string;
    }[]
  >();
  /** `url NUL folded text` → the observed wording, verbatim. */
  const wordings = new Map<string, string>();
  const templated: { entry: DecodeEntry; template: string; weight: number; needle: string }[] = [];
  const wordSets = new Map<DecodeEntry, Set<string>>();
  const wordingWords = new Map<DecodeEntry, Set<string>[]>();

  for (const entry of data.entries) {
    const ids = new Set([entry.code, ...entry.aliases].filter((id) => id !== null).map(tokenKey));
    for (const id of ids) push(byAnyToken, id, entry);
    // A standard's code says what it is only in its own context (`SIP/2.0 486`, `cause=17`):
    // its own recognizers find it there, never the message or bare-code matching below.
    if (entry.kind === 'standard') continue;
    push(byVendor, entry.vendor, entry);
    for (const id of ids) push(byToken, id, entry);
    push(byText, foldText(entry.message), entry);
    // 8x8's HTTP-level rows read "Not Found, The server ...": the name alone is how it shows up.
    if (entry.code === null && entry.messageKind === 'description') {
      const head = entry.message.split(',')[0] as string;
      if (head !== entry.message) push(byText, foldText(head.replace(/^\d{3}\s+/, '')), entry);
    }
    wordSets.set(entry, words(entry.message));
    // Observed wordings are texts the API really returned: matched as it is, whatever the
    // vendor's message kind. One holding `{…}` would read as a template, so only equality then.
    for (const text of entry.observed) {
      const key = foldText(text);
      push(byText, key, entry);
      wordings.set(`${entry.url}\u0000${key}`, text);
      if (!hasVariables(text)) addLead(entry, text, text);
      push(wordingWords, entry, words(text));
    }
    const template = templateOf(entry);
    if (!template) continue;
    if (templateParts(template).some((p) => p.variable))
      templated.push({
        entry,
        template,
        weight: literalLength(template),
        needle: needleOf(template),
      });
    addLead(entry, template);
  }

  /** Files a template (or an observed wording) under its first word, for inLine. */
  function addLead(entry: DecodeEntry, template: string, wording?: string): void {
    const parts = templateParts(template);
    const first = parts[0];
    // The final period is optional in a log line, so it is no part of what the line must show.
    const lead = first && !first.variable ? foldQuotes(first.text.toLowerCase()) : '';
    const firstWord = /^[a-z][a-z']+/.exec(lead)?.[0];
    // One word (`Unauthorized`) inside a longer line is any text's word, not that message.
    if (
      firstWord &&
      foldText(literal(template)).length >= 12 &&
      /\s/.test(literal(template).trim())
    )
      push(byLead, firstWord, {
        entry,
        prefix: parts.length === 1 ? lead.replace(/[.!\s]+$/, '') : lead.trimEnd(),
        template,
        open: parts[parts.length - 1]?.variable !== undefined,
        // A message ending in text is far shorter than a long line: fold only what it can take.
        span: literal(template).length + (parts.length > 1 ? VALUES_SPAN : 0) + AFTER_SPAN,
        wording,
      });
  }

  function literal(template: string): string {
    return templateParts(template)
      .map((p) => (p.variable ? '' : p.text))
      .join('');
  }

  /**
   * The observed wording of an entry a text is (folded as messages are), when it is one and
   * differs from the documented message once folded; null otherwise.
   */
  function wordingOf(entry: DecodeEntry, text: string): string | null {
    if (entry.observed.length === 0) return null;
    const folded = foldText(text);
    if (folded === foldText(entry.message)) return null;
    return wordings.get(`${entry.url}\u0000${folded}`) ?? null;
  }

  const lookup = (token: string): DecodeEntry[] => byToken.get(tokenKey(token)) ?? [];
  const lookupAny = (token: string): DecodeEntry[] => byAnyToken.get(tokenKey(token)) ?? [];
  const vendorEntries = data.entries.filter((e) => e.kind === 'vendor');

  /**
   * A vendor's entries whose identifier looks most like a code it does not have: the same
   * letters before the number and as many digits, nearest number first (OAU-251 → OAU-168,
   * OAU-151, …). Nothing for a code without a trailing number (a name).
   */
  function nearCode(vendor: string, code: string, limit = 3): DecodeEntry[] {
    const split = (id: string) => /^(.*?)(\d+)$/.exec(tokenKey(id));
    const own = split(code);
    if (!own) return [];
    const [, prefix, digits] = own as unknown as [string, string, string];
    const scored: [number, DecodeEntry][] = [];
    for (const entry of byVendor.get(vendor) ?? []) {
      let best = Infinity;
      for (const id of [entry.code, ...entry.aliases]) {
        const other = id ? split(id) : null;
        if (other && other[1] === prefix && other[2]?.length === digits.length)
          best = Math.min(best, Math.abs(Number(other[2]) - Number(digits)));
      }
      if (best < Infinity && best > 0) scored.push([best, entry]);
    }
    return scored
      .sort((a, b) => a[0] - b[0])
      .slice(0, limit)
      .map(([, e]) => e);
  }

  /** Entries of one vendor with this code or alias. */
  const byCode = (vendor: string, token: string): DecodeEntry[] =>
    lookup(token).filter((e) => e.vendor === vendor);

  /**
   * Confident message matches (equal text of a returned message, or a template instance) and
   * fuzzy ones; `similarToo: false` skips the costly word-overlap guesses.
   */
  function byMessage(text: string, vendor: string | null, similarToo = true): MessageMatch {
    const folded = foldText(text);
    if (!folded) return { confident: [], fuzzy: [] };
    const inVendor = (e: DecodeEntry): boolean => vendor === null || e.vendor === vendor;
    const equal = [...new Set(byText.get(folded) ?? [])].filter(inVendor);
    let confident: Bound[] = equal
      .filter(
        (e) =>
          e.messageKind === 'returned' ||
          (e.template && foldText(e.template) === folded) ||
          wordingOf(e, text) !== null,
      )
      .map((entry) => {
        const wording = wordingOf(entry, text);
        return wording === null ? { entry, params: {} } : { entry, params: {}, wording };
      });
    const fuzzy = equal.filter((e) => !confident.some((b) => b.entry === e));
    if (confident.length === 0 && text.length <= 2000) {
      let best = 0;
      for (const t of templated) {
        if (!inVendor(t.entry) || t.weight < best || !folded.includes(t.needle)) continue;
        const params = matchTemplate(t.template, text);
        if (!params) continue;
        if (t.weight > best) confident = [];
        best = t.weight;
        confident.push({ entry: t.entry, params });
      }
    }
    if (confident.length === 0 && fuzzy.length === 0 && similarToo)
      fuzzy.push(...similar(text, vendor));
    return { confident, fuzzy };
  }

  /** Entries whose message shares most of its words with the text (reworded or partial). */
  function similar(text: string, vendor: string | null, limit = 5): DecodeEntry[] {
    const seen = words(text);
    if (seen.size === 0 || seen.size > 60) return [];
    const scored: [number, DecodeEntry][] = [];
    for (const entry of vendor ? (byVendor.get(vendor) ?? []) : vendorEntries) {
      let score = 0;
      for (const own of [wordSets.get(entry) as Set<string>, ...(wordingWords.get(entry) ?? [])]) {
        if (own.size === 0) continue;
        let common = 0;
        for (const w of own) if (seen.has(w)) common += 1;
        score = Math.max(score, common / (own.size + seen.size - common));
      }
      if (score >= 0.5) scored.push([score, entry]);
    }
    return scored
      .sort((a, b) => b[0] - a[0])
      .slice(0, limit)
      .map(([, e]) => e);
  }

  /**
   * Entries of a vendor whose message a text cut off mid-way could be the beginning of, best
   * first: those of the body's `type`, then those the text shows most of. A beginning too short
   * to tell messages apart gives nothing.
   */
  function byBeginning(text: string, vendor: string, type: string | null): DecodeEntry[] {
    const scored: [number, DecodeEntry][] = [];
    for (const entry of byVendor.get(vendor) ?? []) {
      const template = templateOf(entry);
      const shown = template === null ? null : matchTemplateStart(template, text);
      if (shown !== null && shown >= MIN_BEGINNING)
        scored.push([(type !== null && entry.type === type ? 1000 : 0) + shown, entry]);
    }
    return scored.sort((a, b) => b[0] - a[0]).map(([, e]) => e);
  }

  /**
   * Finds a returned message inside a longer line (after a timestamp, a logger name ..., and
   * possibly followed by more fields): only messages whose first word appears in the line are
   * tried. Where several fit, the one that accounts for most of the line wins (`... attempts.`
   * against `... attempts. Please use Single Sign-on ...`).
   */
  function inLine(line: string): Bound[] {
    const lower = foldQuotes(line.toLowerCase());
    const found: (Bound & { length: number })[] = [];
    const re = /[a-z][a-z']+/g;
    let m: RegExpExecArray | null;
    let tries = 0;
    while ((m = re.exec(lower)) && tries < 200) {
      const candidates = byLead.get(m[0]);
      if (!candidates) continue;
      const tail = line.slice(m.index);
      for (const { entry, prefix, template, open, span, wording } of candidates) {
        if (!lower.startsWith(prefix, m.index)) continue;
        tries += 1;
        // A message ending in text ends by itself; a final value needs the line cut where it stops.
        let texts = [tail.slice(0, span)];
        if (open) {
          const rest = trimTrailing(tail, (c) => `"'}])`.includes(c) || /\s/.test(c));
          const cut = rest.split(/["\t|]| - /)[0] as string;
          texts = cut === rest ? [rest] : [cut, rest];
        }
        for (const text of texts) {
          const hit = matchTemplateAt(template, text);
          if (hit) {
            found.push({
              entry,
              params: hit.params,
              length: hit.length,
              ...(wording && { wording }),
            });
            break;
          }
        }
      }
      if (found.length) {
        const longest = Math.max(...found.map((f) => f.length));
        return found
          .filter((f) => f.length === longest)
          .map(({ entry, params, wording }) =>
            wording ? { entry, params, wording } : { entry, params },
          );
      }
    }
    return [];
  }

  // The same error repeats through a log: bind each (template, text) pair once.
  const bound = new Map<string, Record<string, string> | null>();
  function bindTemplate(template: string, text: string): Record<string, string> | null {
    // A long text is not kept: 10,000 of them would hold gigabytes through a long scan.
    if (text.length > MAX_MATCH_LENGTH) return matchTemplate(template, text);
    const key = `${template}\u0000${text}`;
    if (bound.has(key)) {
      const hit = bound.get(key);
      return hit ? { ...hit } : null;
    }
    const params = matchTemplate(template, text);
    if (bound.size > 10_000) bound.clear();
    bound.set(key, params);
    return params ? { ...params } : null;
  }
  const variables = new Map<string, Set<string>>();
  function variablesOf(template: string): Set<string> {
    let found = variables.get(template);
    if (!found) variables.set(template, (found = new Set(templateVariables(template))));
    return found;
  }

  return {
    data,
    /** Vendor entries with this code or alias (what a bare token in a paste can be). */
    lookup,
    /** Entries of every namespace with this identifier: `errdex lookup`, `/code/<token>/`. */
    lookupAny,
    bindTemplate,
    variablesOf,
    byCode,
    nearCode,
    wordingOf,
    byMessage,
    similar,
    byBeginning,
    inLine,
    entriesOf: (vendor: string): DecodeEntry[] => byVendor.get(vendor) ?? [],
    vendorOfFormat: (format: string): string | null =>
      data.vendors.find((v) => v.format === format)?.id ?? null,
  };
}

export type Matcher = ReturnType<typeof createMatcher>;
