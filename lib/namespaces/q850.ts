import { z } from 'zod';
import { defineStandard } from './standard';

const sipStatus = z.number().int().min(100).max(699);

/** An ITU-T Q.850 cause value, as `q850.json` gives it. */
const q850Facts = z.strictObject({
  /** The cause value, 0–127. */
  cause: z.number().int().min(0).max(127),
  /** Its name in the Q.850 wording the sources give. */
  name: z.string().min(1),
  /** The cause class (bits 7–5 of the value): `normal event`, `resource unavailable`, … */
  class: z.string().min(1),
  /** Keys of the sources (SOURCES.md) that have the cause. */
  sources: z.array(z.string().min(1)).min(1),
  /** The SIP status RFC 3398 maps the cause to. */
  sip: sipStatus.optional(),
  /** The SIP status each source maps the cause to, where they were read. */
  sip_by_source: z.record(z.string(), sipStatus).optional(),
  /** What the sources say about the mapping beyond a status. */
  sip_note: z.string().min(1).optional(),
  /** FreeSWITCH's hang-up cause name (`USER_BUSY`), as its logs write it. */
  freeswitch: z
    .string()
    .regex(/^[A-Z0-9_]+$/, 'an upper-case name')
    .optional(),
  /** A naming disagreement or remark the sources record. */
  note: z.string().min(1).optional(),
  /** Only one source has the cause. */
  unverified: z.boolean().optional(),
});

/** The sources (SOURCES.md) that list Q.850's own causes, as opposed to an implementation's. */
const ITU_LISTS = ['wireshark_packet_etheric_c', 'yeti_web_q850_rb', 'yxcti_KFPC_Q850_h'];

export const q850 = defineStandard({
  id: 'q850',
  name: 'Q.850 cause values',
  // 45, 52 and 54 come from implementations only; the ITU lists checked do not have them.
  document: (f) =>
    f.sources.some((s) => ITU_LISTS.includes(s))
      ? 'ITU-T Recommendation Q.850'
      : 'not in the Q.850 lists checked; only implementations have it',
  label: 'Q.850',
  facts: q850Facts,
  slug: (f) => String(f.cause),
  code: (f) => String(f.cause),
  title: (f) => f.name,
  group: (f) => f.class,
  // FreeSWITCH logs the cause by name (`hangup_cause=USER_BUSY`).
  aliases: (f) => [`q850-${f.cause}`, ...(f.freeswitch ? [f.freeswitch] : [])],
  rank: (f) => f.cause,
});
