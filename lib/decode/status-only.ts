import { statusInfo } from '@/lib/taxonomy';
import type { DecodeEntry } from './data';
import type { Matcher } from './matcher';

/**
 * A status line and nothing else: `422`, `422 Unprocessable Entity`, `HTTP/1.1 422 Unprocessable
 * Entity` (curl -v's `< ` too). The reason phrase is free text: servers word it their own way.
 */
const STATUS_LINE =
  /^(?:[<>]\s*)?(?:HTTP\/\d(?:\.\d)?\s+)?([1-5]\d\d)(?:\s+([A-Za-z][A-Za-z' -]{0,60}))?$/;

export type StatusOnly = { status: number; entries: DecodeEntry[] };

/**
 * When the whole input is a status line, every catalogued error documented with that status, as
 * candidates by status alone: those whose message is the reason phrase (HTTP-level rows) first,
 * then catalog order. Null for any other input, and for a number that is a vendor's code.
 */
export function statusOnly(matcher: Matcher, input: string): StatusOnly | null {
  const text = input.trim();
  if (text.length > 80) return null;
  const m = STATUS_LINE.exec(text);
  if (!m) return null;
  const status = Number(m[1]);
  if (!m[2] && matcher.lookup(m[1] as string).length > 0) return null;
  const withStatus = matcher.data.entries.filter((e) => e.statuses.includes(status));
  if (withStatus.length === 0) return null;
  // Without a phrase, the status's standard name stands in for it.
  const reason = matcher.byMessage(m[2] ?? statusInfo(status).name, null, false);
  const named = new Set([...reason.confident.map((b) => b.entry), ...reason.fuzzy]);
  const first = withStatus.filter((e) => named.has(e));
  return { status, entries: [...first, ...withStatus.filter((e) => !named.has(e))] };
}
