import type { z as zod } from 'zod';
import { defineStandard, type Related } from './standard';
import { q850AsteriskText } from './q850-asterisk';
import { lineAround, unquote, type Recognizer, type TextHit } from './text';

/** An upper-case implementation name such as FreeSWITCH's `USER_BUSY`: one underscore at least. */
const NAME = String.raw`([A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+)(?!\w)`;
/**
 * Between a key and its value: quotes (escaped in JSON logs), `=`, `:`, `=>` or a space. The
 * second run of spaces only follows a sign: two optional runs side by side would split a long run
 * of spaces every way, a quadratic cost on every start.
 */
const IS = String.raw`\\?["']?[ \t]*(?:(?:=>|[:=])[ \t]*)?\\?["']?`;
/** A cause value, not part of a longer number, a version, a time or a path. */
const VALUE = String.raw`(\d{1,3})(?![\w:/%-]|\.\w)`;
/** Text after a numeric cause: Asterisk's ` - User busy` or ` (User busy)`. */
const TEXT = String.raw`(?:[ \t]+-[ \t]+([^)\r\n]{1,60})|[ \t]*\(([^)\r\n]{1,60})\))?`;
/** Asterisk's `Cause-txt` field within a line after a bare `Cause`. */
const CAUSE_TXT =
  /^(?:[^\n]{0,40}?\n)?[^\n]{0,40}?cause-txt\\?["']?[ \t]*[:=][ \t]*\\?["']?([^"'\r\n,}]{1,60})/i;

/** A name hit: which implementation name the text shows. */
const named = (m: RegExpExecArray) => ({ code: m[1] as string, params: { name: m[1] as string } });

/** A numeric hit with the text the log gives beside it, if any. */
function numeric(cause: string, text: string | undefined): TextHit {
  const said = text?.trim();
  return said
    ? { code: cause, params: { cause, text: said }, wording: said }
    : { code: cause, params: { cause } };
}

/** Who each `sip_by_source` key is, in the words a note uses. */
const MAPPERS: Record<string, string> = {
  rfc3398: 'RFC 3398',
  freeswitch_mod_sofia: 'FreeSWITCH',
  asterisk_chan_pjsip: 'Asterisk',
};

/** The SIP statuses a cause maps to, each with who maps it so. */
function sipMappings(facts: { sip?: number; sip_by_source?: Record<string, number> }): Related[] {
  const by = new Map<number, string[]>();
  const sources = facts.sip_by_source ?? (facts.sip ? { rfc3398: facts.sip } : {});
  for (const [key, status] of Object.entries(sources))
    by.set(status, [...(by.get(status) ?? []), MAPPERS[key] ?? key]);
  return [...by].map(([status, who]) => ({
    standard: 'sip',
    code: String(status),
    by: who.length > 1 ? `${who.slice(0, -1).join(', ')} and ${who.at(-1)}` : (who[0] as string),
  }));
}

/** The forms a Q.850 cause takes in SIP headers and in FreeSWITCH and Asterisk logs. */
const q850Text: Recognizer[] = [
  {
    // RFC 3326 `Reason: Q.850;cause=17;text="User busy"`, with or without the header name.
    form: 'Reason header, Q.850 protocol',
    certain: true,
    hints: ['850'],
    pattern:
      /(?<![\w.])Q\.?850[ \t]*;[ \t]*cause[ \t]*=[ \t]*(\d{1,3})(?!\d)(?:[ \t]*;[ \t]*text[ \t]*=[ \t]*(\\?"[^"\r\n]{0,80}"|[^;,\s]{1,80}))?/gi,
    read: (m) => {
      const text = m[2] ? unquote(m[2]) : '';
      const params = { protocol: 'Q.850', cause: m[1] as string };
      // The header says why the call ended: kept beside the failing status it came with.
      return text
        ? { code: m[1] as string, params: { ...params, text }, wording: text, explains: true }
        : { code: m[1] as string, params, explains: true };
    },
  },
  {
    // FreeSWITCH: `Hangup sofia/... [CS_EXECUTE] [USER_BUSY]`, `Error Cause: 27 [DESTINATION_OUT_OF_ORDER]`.
    // Bracketed names of other kinds (`[CS_EXECUTE]`) name no cause, so they resolve to nothing.
    form: 'hang-up cause name in brackets',
    certain: false,
    hints: ['_'],
    pattern: new RegExp(String.raw`\[${NAME}\]`, 'g'),
    read: named,
  },
  {
    // FreeSWITCH's API answer: `-ERR USER_BUSY`.
    form: 'hang-up cause name in an -ERR reply',
    certain: false,
    hints: ['-err'],
    pattern: new RegExp(String.raw`-ERR[ \t]+${NAME}`, 'g'),
    read: named,
  },
  {
    // A cause field: `hangup_cause=USER_BUSY`, `Hangup-Cause: NORMAL_CLEARING`,
    // `"hangup_cause":"NO_ANSWER"`, `hanging up, cause: INCOMPATIBLE_DESTINATION`,
    // `originate_disposition=USER_BUSY`.
    form: 'hang-up cause name in a field',
    certain: false,
    hints: ['cause', 'disposition'],
    pattern: new RegExp(
      String.raw`(?<![\w-])[\w-]*(?:[Cc]ause|CAUSE|[Dd]isposition|DISPOSITION)${IS}${NAME}`,
      'g',
    ),
    read: named,
  },
  {
    // Telnyx's call.hangup webhook writes FreeSWITCH's names in lower case: `"hangup_cause":
    // "normal_clearing"`. Only a hang-up cause key takes a lower-case name (any word with an
    // underscore would do after a bare `cause`); `sip_hangup_cause` holds a SIP status.
    form: 'lower-case hang-up cause name in a hangup_cause field',
    certain: false,
    hints: ['hangup'],
    pattern: new RegExp(
      String.raw`(?<![\w-])[Hh]angup[_-]?[Cc]ause${IS}([a-z][a-z0-9]*(?:_[a-z0-9]+)+)(?!\w)`,
      'g',
    ),
    // The webhook gives the call's end alongside its SIP status: it says why that status came.
    read: (m) => ({ ...named(m), explains: true }),
  },
  {
    // A CDR description: `0 sec call to 639361234567 (local_call/USER_BUSY)`, the call's kind
    // and its cause name, in parentheses.
    form: 'hang-up cause name after a call kind',
    certain: false,
    hints: ['/'],
    pattern: new RegExp(String.raw`\([a-z][a-z0-9_]*\/${NAME}\)`, 'g'),
    read: named,
  },
  {
    // A line that is nothing but a name: `NORMAL_TEMPORARY_FAILURE`, as a person pastes one.
    form: 'hang-up cause name alone on a line',
    certain: false,
    hints: ['_'],
    pattern: /^[ \t"'`]*([A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+)[ \t"'`.,;]*\r?$/gm,
    read: named,
  },
  {
    // A field whose name says it holds a hang-up cause: Asterisk `HANGUPCAUSE = 3` (and its
    // `X-Asterisk-HangupCauseCode: 44` header), FreeSWITCH `hangup_cause_q850=17`, `Q.850 cause 17`, `disconnect cause: 31`.
    form: 'numeric hang-up cause field',
    certain: true,
    hints: ['cause'],
    pattern: new RegExp(
      String.raw`(?<![\w-])(?:[Hh]angup[ _-]?[Cc]ause(?:[ _-]?[Qq]\.?850|[ _-]?[Cc]ode)?|HANGUP_?CAUSE(?:_Q850)?|[Qq]\.?850[ _-]?[Cc]ause|ISDN[ _-]?[Cc]ause|[Dd]isconnect[ _-]?[Cc]ause)(?![A-Za-z])${IS}${VALUE}${TEXT}`,
      'g',
    ),
    read: (m) => numeric(m[1] as string, m[2] ?? m[3]),
  },
  {
    // Asterisk's dialler: `Unable to create channel of type 'SIP' (cause 20 - Subscriber absent)`.
    form: 'Asterisk cause in parentheses',
    certain: true,
    hints: ['(cause '],
    pattern: /\(cause (\d{1,3}) - ([^)\r\n]{1,60})\)/g,
    read: (m) => numeric(m[1] as string, m[2]),
  },
  {
    // A bare `Cause` field is a hang-up cause only where Asterisk writes one: a manager event's
    // own line (`Cause: 16`), or followed by its `Cause-txt`.
    form: 'Asterisk manager Cause field',
    certain: false,
    hints: ['cause'],
    pattern: new RegExp(String.raw`(?<![\w-])[Cc]ause${IS}${VALUE}`, 'g'),
    read: (m, text) => {
      const end = m.index + m[0].length;
      const txt = CAUSE_TXT.exec(text.slice(end, end + 120));
      if (txt) return numeric(m[1] as string, txt[1]);
      const own = /^\s*Cause:[ \t]*\d{1,3}[ \t]*\r?$/.test(lineAround(text, m.index));
      return own ? numeric(m[1] as string, undefined) : null;
    },
  },
  ...q850AsteriskText,
];

/** An ITU-T Q.850 cause value, as `q850.json` gives it. */
const q850Facts = (z: typeof zod) => {
  const sipStatus = z.number().int().min(100).max(699);
  return z.strictObject({
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
};

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
  kind: 'call',
  facts: q850Facts,
  slug: (f) => String(f.cause),
  code: (f) => String(f.cause),
  title: (f) => f.name,
  group: (f) => f.class,
  // FreeSWITCH logs the cause by name (`hangup_cause=USER_BUSY`).
  aliases: (f) => [`q850-${f.cause}`, ...(f.freeswitch ? [f.freeswitch] : [])],
  rank: (f) => f.cause,
  text: q850Text,
  related: sipMappings,
});
