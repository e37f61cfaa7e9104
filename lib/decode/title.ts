import { templateParts } from '@/lib/template';
import type { DecodeEntry, DecodeVendor } from './data';
import { templateOf } from './matcher';
import { isNumberedCode, standardCodeName, standardFullName } from '@/lib/standard-name';

/** Longest message a title shows (cut at a word, with an ellipsis). */
const TITLE_MESSAGE = 80;

/** A namespace's display name: a vendor's name, or a standard's label (`SIP`, `Q.850`). */
export type NamespaceName = Pick<DecodeVendor, 'id' | 'name'>;

/**
 * A heading for an entry: vendor and code; a standard's number with its name (`SIP 486 Busy
 * Here`, `Q.850 17 User busy`); for an entry without a code, its message with each
 * variable shown as `…` (`Bandwidth … must be within the range […, …], but was …`). A described
 * message (8x8's `Not Found, The server has not found…`) is cut at its first comma; a returned
 * one is not, since its commas may sit between a template's brackets.
 */
export function entryTitle(entry: DecodeEntry, names: NamespaceName[]): string {
  const vendor = names.find((v) => v.id === entry.vendor)?.name ?? entry.vendor;
  const numbered = entry.kind === 'standard' && isNumberedCode(entry.code);
  if (entry.code !== null && !numbered) return standardCodeName(vendor, entry.code);
  const template = templateOf(entry);
  let text = numbered
    ? entry.message
    : template
      ? templateParts(template)
          .map((p) => (p.variable !== undefined ? '…' : p.text))
          .join('')
      : (entry.message.split(', ')[0] as string);
  if (text.length > TITLE_MESSAGE) {
    let cut = text.slice(0, TITLE_MESSAGE);
    cut = cut.slice(0, Math.max(cut.lastIndexOf(' '), TITLE_MESSAGE / 2));
    // Not inside a bracket that the cut would leave open.
    while (cut.split('[').length > cut.split(']').length) cut = cut.slice(0, cut.lastIndexOf('['));
    text = `${cut.trimEnd()} …`;
  }
  return numbered ? standardFullName(vendor, entry.code, text) : `${vendor} ${text}`;
}
