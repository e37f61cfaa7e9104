/**
 * The decoder page draws results a page at a time. A paste can hold 100,000 errors and a share
 * link 20,000: drawn at once they held the tab for a minute and took gigabytes. The worker keeps
 * the whole result and sends the page only what it shows.
 */
import type { DecodeEntry } from './data';
import type { DecodeMatch, DecodeResult } from './types';

/** Cards drawn at first and added by each "Show more". */
export const RESULT_PAGE = 200;

/** What the page is sent of a result: its first matches and suggestions, and how many there are. */
export type DecodePage = {
  matches: DecodeMatch[];
  totalMatches: number;
  suggestions: DecodeEntry[];
  totalSuggestions: number;
  statusOnly?: number;
  /** About the whole input: "not catalogued for <vendor>: code …", a body escaped too deep. */
  notes?: string[];
};

export function firstPage(result: DecodeResult, size = RESULT_PAGE): DecodePage {
  return {
    matches: result.matches.slice(0, size),
    totalMatches: result.matches.length,
    suggestions: result.suggestions.slice(0, size),
    totalSuggestions: result.suggestions.length,
    ...(result.statusOnly !== undefined ? { statusOnly: result.statusOnly } : {}),
    ...(result.notes?.length ? { notes: result.notes } : {}),
  };
}

/** The matches after the `shown` already drawn, one page of them. */
export function moreMatches(
  result: DecodeResult,
  shown: number,
  size = RESULT_PAGE,
): DecodeMatch[] {
  return result.matches.slice(shown, shown + size);
}

const count = (n: number): string => n.toLocaleString('en-US');

/** `20,000 errors`, `1 error`: a number with its noun, as the page writes counts. */
export function plural(n: number, one: string, many = `${one}s`): string {
  return `${count(n)} ${n === 1 ? one : many}`;
}

/** The line over a capped list (`Showing 200 of 20,000 matches`); null when all are shown. */
export function showingLine(shown: number, total: number, one: string, many?: string) {
  return shown >= total ? null : `Showing ${count(shown)} of ${plural(total, one, many)}`;
}
