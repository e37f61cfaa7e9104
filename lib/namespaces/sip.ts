import { z } from 'zod';
import { defineStandard } from './standard';

/** A SIP response code of the IANA registry, as `sip.json` gives it. */
const sipFacts = z.strictObject({
  /** The status code. */
  code: z.number().int().min(100).max(699),
  /** The reason phrase the IANA registry gives. */
  reason: z.string().min(1),
  /** `1xx` … `6xx`. */
  class: z.string().regex(/^[1-6]xx$/, 'a class such as 4xx'),
  /** The IANA reference (not necessarily the RFC that first defined the code). */
  rfc: z.string().min(1),
  /** Keys of the sources (SOURCES.md) that have the code with this reason. */
  sources: z.array(z.string().min(1)).min(1),
  /** A disagreement or history the sources record. */
  note: z.string().min(1).optional(),
  /** Only one source has the code. */
  single_source: z.boolean().optional(),
});

export const sip = defineStandard({
  id: 'sip',
  name: 'SIP response codes',
  document: (f) => f.rfc,
  label: 'SIP',
  facts: sipFacts,
  slug: (f) => String(f.code),
  code: (f) => String(f.code),
  title: (f) => f.reason,
  group: (f) => f.class,
  aliases: (f) => [`sip-${f.code}`],
  rank: (f) => f.code,
});
