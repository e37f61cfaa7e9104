import { z } from 'zod';
import { defineStandard } from './standard';

/** An SMPP v3.4 `command_status` value, as `smpp.json` gives it. */
const smppFacts = z.strictObject({
  /** The value as eight hex digits: `0x00000058`. */
  value: z.string().regex(/^0x[0-9A-F]{8}$/, 'eight upper-case hex digits after 0x'),
  /** The status name: `ESME_RTHROTTLED`. */
  name: z.string().regex(/^ESME_[A-Z0-9_]+$/, 'an ESME_ name'),
  /** Its meaning in the v3.4 specification's wording. */
  meaning: z.string().min(1),
  /** Keys of the sources (SOURCES.md) that have the value. */
  sources: z.array(z.string().min(1)).min(1),
  /** A disagreement the sources record. */
  note: z.string().min(1).optional(),
});

export const smpp = defineStandard({
  id: 'smpp',
  name: 'SMPP v3.4 command status',
  document: () => 'SMPP Protocol Specification v3.4',
  label: 'SMPP',
  facts: smppFacts,
  slug: (f) => f.name.toLowerCase(),
  code: (f) => f.name,
  title: (f) => f.meaning,
  // v3.4 gives its statuses no classes: a success and the errors.
  group: (f) => (f.name === 'ESME_ROK' ? 'no error' : 'error'),
  // Logs print command_status in full hex, short hex or decimal.
  aliases: (f) => {
    const n = Number.parseInt(f.value, 16);
    return [f.value, `0x${n.toString(16).padStart(2, '0')}`, String(n)];
  },
  rank: (f) => Number.parseInt(f.value, 16),
});
