import { standardFullName } from '@/lib/standard-name';
import { statusUrl } from '@/lib/urls';
import type { DecodeData, DecodeEntry } from '@/lib/decode/data';
import { withBaseUrl } from '@/lib/decode';
import type { DecodeMatch } from '@/lib/decode/types';
import {
  CATEGORY_LABELS,
  FIRST_STEP_TERM,
  faultLine,
  retryLine,
  undocumentedLabel,
} from '@/lib/taxonomy';

/** Colour only on a terminal, and never when NO_COLOR is set (https://no-color.org). */
export function wantsColour(stream: NodeJS.WriteStream): boolean {
  return Boolean(stream.isTTY) && !process.env.NO_COLOR;
}

export type Style = {
  bold: (s: string) => string;
  dim: (s: string) => string;
  accent: (s: string) => string;
};

export function style(colour: boolean): Style {
  const wrap = (open: number, close: number) => (s: string) =>
    colour ? `\u001b[${open}m${s}\u001b[${close}m` : s;
  return { bold: wrap(1, 22), dim: wrap(2, 22), accent: wrap(36, 39) };
}

function statuses(entry: DecodeEntry): string {
  if (entry.statuses.length) return `HTTP ${entry.statuses.join(', ')}`;
  return entry.documented ? 'status not documented' : 'no status seen';
}

/**
 * A standard code by its standard's label: `SIP 486 Busy Here`, `Q.850 17 User busy`; a code
 * that is already a name stands alone (`SMPP ESME_RTHROTTLED`).
 */
function standardName(entry: DecodeEntry, data: DecodeData): string {
  const label = data.standards.find((st) => st.id === entry.vendor)?.label ?? entry.vendor;
  return standardFullName(label, entry.code, entry.message);
}

/**
 * One entry as a heading line: vendor, code, status and our classification; an entry the
 * vendor's documentation lacks says so. A standard code has no HTTP status: its name says
 * what it is.
 */
export function headline(entry: DecodeEntry, data: DecodeData, s: Style): string {
  if (entry.kind === 'standard')
    return `${s.bold(standardName(entry, data))}  ${s.dim(CATEGORY_LABELS[entry.category])}`;
  const vendor = data.vendors.find((v) => v.id === entry.vendor)?.name ?? entry.vendor;
  const code = entry.code ?? `(${entry.type ?? 'no code'})`;
  const mark = entry.documented ? '' : `  ${s.bold(undocumentedLabel(vendor))}`;
  return `${s.bold(`${vendor} ${code}`)}  ${statuses(entry)}  ${s.dim(CATEGORY_LABELS[entry.category])}${mark}`;
}

/** The message under a headline; null when the headline already says it (`SIP 486 Busy Here`). */
export function messageBelow(entry: DecodeEntry, data: DecodeData): string | null {
  return entry.kind === 'standard' && standardName(entry, data).endsWith(entry.message)
    ? null
    : entry.message;
}

function describeEntry(entry: DecodeEntry, data: DecodeData, s: Style, baseUrl?: string): string[] {
  const lines = [headline(entry, data, s)];
  const message = messageBelow(entry, data);
  if (message !== null) lines.push(`  ${message}`);
  if (entry.meaning) lines.push(`  Meaning: ${entry.meaning}`);
  lines.push(`  ${faultLine(entry.fault, entry.faultWords)} · ${retryLine(entry.retry)}`);
  if (entry.step) lines.push(`  ${FIRST_STEP_TERM}: ${entry.step}`);
  lines.push(`  ${s.accent(withBaseUrl(entry.url, baseUrl))}`);
  return lines;
}

export function describeMatch(
  match: DecodeMatch,
  data: DecodeData,
  s: Style,
  baseUrl?: string,
): string[] {
  const [head, ...rest] = describeEntry(match.entry, data, s, baseUrl);
  const extra: string[] = [];
  if (match.status !== null) extra.push(`  seen: HTTP ${match.status}`);
  for (const [k, v] of Object.entries(match.params)) extra.push(`  ${k} = ${JSON.stringify(v)}`);
  for (const note of match.notes) extra.push(`  note: ${note}`);
  return [head as string, ...rest.slice(0, 1), ...extra, ...rest.slice(1)];
}

/**
 * Human output of `{matches, suggestions}`; `statusOnly`: the input was that status alone;
 * `notes`: about the input as a whole.
 */
export function describeResult(
  matches: DecodeMatch[],
  suggestions: DecodeEntry[],
  data: DecodeData,
  s: Style,
  baseUrl?: string,
  statusOnly?: number,
  notes: string[] = [],
): string {
  const out: string[] = [];
  if (matches.length === 0) out.push('Nothing recognized.');
  // About the whole input ("not catalogued for <vendor>: code …"), before what it leads to.
  for (const note of notes) out.push(note.charAt(0).toUpperCase() + note.slice(1), '');
  for (const m of matches) out.push(...describeMatch(m, data, s, baseUrl), '');
  if (suggestions.length) {
    out.push(
      s.bold(
        statusOnly !== undefined
          ? `Status only: every error documented with HTTP ${statusOnly} (${withBaseUrl(statusUrl(statusOnly), baseUrl)}):`
          : matches.length
            ? 'Also possible:'
            : 'Possibly:',
      ),
    );
    for (const e of suggestions)
      out.push(`  ${headline(e, data, s)}  ${s.accent(withBaseUrl(e.url, baseUrl))}`);
  }
  return out.join('\n').trimEnd() + '\n';
}
