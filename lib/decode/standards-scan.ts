import { STANDARDS } from '@/lib/namespaces/standards';
import { cutToName, pasteFacts, resemblance, squeeze, type TextHit } from '@/lib/namespaces/text';
import type { DecodeData, DecodeEntry } from './data';

/**
 * Telecom standard codes in a paste: every recognizer every standard declares
 * (lib/namespaces/<id>.ts `text`) is run over the text, and what each names is resolved among
 * that standard's codes and aliases. Nothing here knows one standard from another.
 */

/** One place a paste names a standard code, with the values it shows and what is said about it. */
export type StandardHit = {
  /** Where the code is named in the text. */
  pos: number;
  entry: DecodeEntry;
  /** The values of every hit of this occurrence (a status line and the field after it). */
  params: Record<string, string>;
  notes: string[];
  /**
   * False for a hit that only shows an occurrence another hit already said, in another form
   * (the `[USER_BUSY]` beside the `Reason:` header of the same call): it counts once.
   */
  said: boolean;
  /** A cause that says why a call ended (TextHit.explains): kept beside a failing code. */
  explains: boolean;
};

/** Each standard's codes by every identifier that names them, lower-cased. */
type Index = Map<string, Map<string, DecodeEntry>>;
const indexes = new WeakMap<DecodeData, Index>();

function indexOf(data: DecodeData): Index {
  const known = indexes.get(data);
  if (known) return known;
  const index: Index = new Map(STANDARDS.map((s) => [s.id, new Map()]));
  for (const entry of data.entries) {
    const codes = entry.kind === 'standard' ? index.get(entry.vendor) : undefined;
    if (!codes) continue;
    for (const id of [entry.code, ...entry.aliases])
      if (id !== null) codes.set(id.toLowerCase(), entry);
  }
  indexes.set(data, index);
  return index;
}

/** The note when the paste words a code otherwise than its standard (and than its aliases). */
function wordingNote(data: DecodeData, entry: DecodeEntry, wording: string): string | null {
  const said = squeeze(wording);
  if (said === squeeze(entry.message) || entry.aliases.some((a) => squeeze(a) === said))
    return null;
  const label = data.standards.find((s) => s.id === entry.vendor)?.label ?? entry.vendor;
  return `worded "${wording}" here; ${label} ${entry.code} is "${entry.message}"`;
}

/** A hit with its wording (and the value that held it) cut to `wording`. */
function rewordHit(hit: TextHit, wording: string): TextHit {
  if (wording === hit.wording) return hit;
  const params = Object.fromEntries(
    Object.entries(hit.params).map(([k, v]) => [k, v === hit.wording ? wording : v]),
  );
  return { ...hit, params, wording };
}

/**
 * A hit whose wording runs on past the code's name, with the wording and its value cut to it;
 * for a hit that must resemble the name, cut to the part that does, or null when none does.
 */
function cutHit(hit: TextHit, entry: DecodeEntry): TextHit | null {
  if (!hit.wording) return hit.resembles ? null : hit;
  if (hit.resembles) {
    const near = resemblance(hit.wording, entry.message);
    return near === null ? null : rewordHit(hit, near);
  }
  return rewordHit(hit, cutToName(hit.wording, entry.message));
}

/** Agreeing hits of one code: one occurrence, with their values and notes. */
type Group = { params: Record<string, string>; notes: string[]; forms: Set<string> };

/**
 * Codes of two standards a paste shows together where one maps to the other (Q.850 17 and SIP
 * 486): each says so, and who maps them.
 */
function relatedNotes(data: DecodeData, index: Index, groups: Map<DecodeEntry, Group[]>): void {
  const name = (e: DecodeEntry) =>
    `${data.standards.find((s) => s.id === e.vendor)?.label ?? e.vendor} ${e.code}`;
  const note = (groupsOf: Group[], text: string) => {
    for (const g of groupsOf) if (!g.notes.includes(text)) g.notes.push(text);
  };
  for (const [entry, mine] of groups)
    for (const r of entry.related ?? []) {
      const other = index.get(r.standard)?.get(r.code.toLowerCase());
      const theirs = other && groups.get(other);
      if (!other || !theirs) continue;
      const map = r.by.includes(' and ') ? 'map' : 'maps';
      note(mine, `${name(other)} in this paste too: ${r.by} ${map} ${name(entry)} to it`);
      note(theirs, `${name(entry)} in this paste too: ${r.by} ${map} it to ${name(other)}`);
    }
}

/**
 * Two forms that read one place of the text as the same code (`INVITE response 403` is a
 * response to a request and a status said in SIP words) are one hit: the later is dropped, its
 * values kept on the first. Hits come sorted by position.
 */
function dropOverlaps(
  raw: { pos: number; end: number; entry: DecodeEntry; params: Record<string, string> }[],
): void {
  const last = new Map<DecodeEntry, (typeof raw)[number]>();
  let kept = 0;
  for (const hit of raw) {
    const before = last.get(hit.entry);
    if (before && hit.pos < before.end && compatible(before.params, hit.params)) {
      addValues(before.params, hit.params);
      before.end = Math.max(before.end, hit.end);
      continue;
    }
    last.set(hit.entry, hit);
    raw[kept++] = hit;
  }
  raw.length = kept;
}

/** How many of a code's groups a new form is compared with. */
const GROUP_REACH = 32;

/**
 * Whether two sets of values can describe one occurrence: no name with two values. Case is no
 * difference (`200 OK` and `200 ok` in one ladder, `0x58` and `0X58`).
 */
const compatible = (a: Record<string, string>, b: Record<string, string>): boolean =>
  Object.entries(b).every(([k, v]) => a[k] === undefined || a[k].toLowerCase() === v.toLowerCase());

/** Values added to an occurrence's: a name it already has keeps its first value. */
function addValues(to: Record<string, string>, from: Record<string, string>): void {
  for (const [k, v] of Object.entries(from)) to[k] ??= v;
}

/**
 * Every standard code the text names, in input order, and notes on values a standard's own form
 * carries that it does not have (`Negative response 00000094 found`: 0x94 is reserved). Hits of one code whose values agree (a
 * SIP status line and the `sip_term_status` field after it; a `Reason:` header and a FreeSWITCH
 * cause name) are one finding, with the values of both: each hit keeps its own position.
 */
export function findStandardCodes(
  data: DecodeData,
  text: string,
): { hits: StandardHit[]; notes: string[] } {
  const index = indexOf(data);
  /** About the input: values a standard's own form carries that the standard does not have. */
  const notes: string[] = [];
  const raw: {
    pos: number;
    end: number;
    entry: DecodeEntry;
    params: Record<string, string>;
    explains: boolean;
    note?: string;
  }[] = [];
  const lower = text.toLowerCase();
  const paste = pasteFacts(text);
  for (const standard of STANDARDS) {
    const codes = index.get(standard.id);
    if (!codes || codes.size === 0) continue;
    for (const recognizer of standard.text) {
      if (!recognizer.hints.some((h) => lower.includes(h))) continue;
      const pattern = recognizer.pattern;
      pattern.lastIndex = 0;
      let m: RegExpExecArray | null;
      while ((m = pattern.exec(text))) {
        if (m[0].length === 0) pattern.lastIndex += 1;
        const read = recognizer.read(m, text, paste);
        const entry = read && codes.get(read.code.toLowerCase());
        const hit = read && entry ? cutHit(read, entry) : read;
        if (hit && !entry && recognizer.certain) {
          const name = data.standards.find((s) => s.id === standard.id)?.name ?? standard.id;
          const note = `not in ${name}: ${hit.code}`;
          if (!notes.includes(note)) notes.push(note);
        }
        if (!hit || !entry) continue;
        if (hit.named && squeeze(hit.wording ?? '') !== squeeze(entry.message)) continue;
        const note = hit.wording ? wordingNote(data, entry, hit.wording) : null;
        raw.push({
          pos: m.index + (hit.offset ?? 0),
          end: m.index + m[0].length,
          entry,
          params: hit.params,
          explains: hit.explains === true,
          ...(note && { note }),
        });
      }
    }
  }
  raw.sort((a, b) => a.pos - b.pos);
  dropOverlaps(raw);
  // One occurrence per group of agreeing hits; the same form with the same values again is a repeat.
  const groups = new Map<DecodeEntry, Group[]>();
  // The group each form joined: a group keeps every value it took, so it stays the answer for
  // that form, and a log repeating one line costs one look-up per line.
  const byForm = new Map<DecodeEntry, Map<string, Group>>();
  const placed = raw.map((hit) => {
    const ofEntry = groups.get(hit.entry) ?? [];
    groups.set(hit.entry, ofEntry);
    const joined = byForm.get(hit.entry) ?? new Map<string, Group>();
    byForm.set(hit.entry, joined);
    const form = JSON.stringify(hit.params);
    // A new form looks among the first GROUP_REACH groups only: a log whose lines carry values
    // that all differ (a call id in each reason) would otherwise compare every line with every
    // earlier one. Past that, a form starts its own group.
    let group =
      joined.get(form) ??
      ofEntry.slice(0, GROUP_REACH).find((g) => compatible(g.params, hit.params));
    if (!group) ofEntry.push((group = { params: {}, notes: [], forms: new Set() }));
    joined.set(form, group);
    addValues(group.params, hit.params);
    if (hit.note && !group.notes.includes(hit.note)) group.notes.push(hit.note);
    const said = group.forms.size === 0 || group.forms.has(form);
    group.forms.add(form);
    return { group, said };
  });
  relatedNotes(data, index, groups);
  const hits = raw.map((hit, i) => {
    const { group, said } = placed[i] as (typeof placed)[number];
    return {
      pos: hit.pos,
      entry: hit.entry,
      params: group.params,
      notes: group.notes,
      said,
      explains: hit.explains,
    };
  });
  return { hits, notes };
}

/**
 * What is said about a paste's standard codes: a code that is not a failure (a SIP 1xx or 2xx,
 * a normal clearing, `ESME_ROK`) only when the paste shows no failing code, since a trace around
 * a failure is full of them; none at all when `nonFailures` is false. A cause that explains how
 * the call ended is the exception: beside a failing code of another standard it is the far
 * end's own account of that failure (a 480 with `Reason: Q.850;cause=16`), so it stays, in input
 * order, right after the status it came with.
 */
export function failuresFirst(hits: StandardHit[], nonFailures: boolean): StandardHit[] {
  const said = hits.filter((h) => h.said);
  const isFailing = (h: StandardHit) => h.entry.category !== 'informational';
  const failing = said.filter(isFailing);
  if (failing.length === 0) return nonFailures ? said : [];
  const failingStandards = new Set(failing.map((h) => h.entry.vendor));
  return said.filter(
    (h) =>
      isFailing(h) ||
      (h.explains && [...failingStandards].some((standard) => standard !== h.entry.vendor)),
  );
}
