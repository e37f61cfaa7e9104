import type { z as zod } from 'zod';
import { defineStandard } from './standard';
import { lineAround, type Recognizer, type TextHit } from './text';

/** Words only SMPP logs use: a bare `status` or `error code` is a command status on a line with one. */
const SMPP_WORDS =
  /smpp|smsc|esme|submit_sm|submit_multi|deliver_sm|data_sm|query_sm|cancel_sm|replace_sm|bind_(?:transceiver|transmitter|receiver)|enquire_link|generic_nack|command_id|command_status/i;

/** A command status written as hex, as the code its namespace resolves (`0x00000058`). */
const hex = (digits: string): string =>
  `0x${Number.parseInt(digits, 16).toString(16).toUpperCase().padStart(8, '0')}`;

/** Between a key and its value: quotes (escaped in JSON logs), `=`, `:`, `=>` or a space (one run). */
const IS = String.raw`\\?["']?[ \t]*(?:(?:=>|[:=])[ \t]*)?\\?["']?`;
/** A value in hex or decimal, not part of a longer number, a version, a time or a path. */
const VALUE = String.raw`(?:0[xX]([0-9A-Fa-f]{1,8})|(\d{1,3}))(?![\w:/%-]|\.\w)`;

/** A command status field's hit, from its hex or its decimal digits. */
function statusHit(hexDigits: string | undefined, decimal: string | undefined): TextHit {
  if (decimal !== undefined)
    return { code: String(Number(decimal)), params: { command_status: decimal } };
  const digits = hexDigits as string;
  return { code: hex(digits), params: { command_status: `0x${digits}` } };
}

/** An SMPP response's command name, as libraries print it: `bind_transmitter_resp`. */
const RESPONSE = String.raw`(?:(?:bind_(?:transmitter|receiver|transceiver)|submit_sm|submit_multi|deliver_sm|data_sm|query_sm|cancel_sm|replace_sm|enquire_link|unbind)_resp|generic_nack)`;

/**
 * A status value, then a description that starts with a letter (`88: Throttling error (…)`,
 * `code 0x0000000d (Bind Failed).`). One separator run, then a bounded run of description
 * characters, looked at ahead and not taken, so that a status in the next 100 characters is
 * still read: no quantifier nests, and each value costs at most that bounded look.
 */
const DESCRIBED = new RegExp(
  String.raw`(?<![\w.:/#%-])(?:0[xX]([0-9A-Fa-f]{1,8})|(\d{1,3}))(?:[ \t]*[:=-][ \t]*|[ \t]+)\(?(?=([A-Za-z][\w '(),./-]{1,100}))`,
  'g',
);

/** Lower-case words every v3.4 status description contains one of. */
const DESCRIPTION_WORDS = [
  'invalid',
  'error',
  'fail',
  'incorrect',
  'esme',
  'queue full',
  'cannot',
  'not allowed',
  'missing',
];

/** The forms an SMPP command status takes in SMPP libraries' and gateways' logs. */
const smppText: Recognizer[] = [
  {
    // The status name, anywhere as a whole word: `command_status: ESME_RTHROTTLED`.
    form: 'command status name',
    certain: true,
    hints: ['esme_r'],
    pattern: /(?<![A-Za-z0-9])(ESME_R[A-Z0-9_]+)(?![A-Za-z0-9_])/g,
    read: (m) => ({ code: m[1] as string, params: { name: m[1] as string } }),
  },
  {
    // `command_status: 0x00000058`, `commandStatus=88`: the key is SMPP's own, so a value SMPP
    // lacks is said.
    form: 'command_status field',
    certain: true,
    hints: ['status'],
    pattern: new RegExp(String.raw`(?<![A-Za-z0-9])command[ _-]?status${IS}${VALUE}`, 'gi'),
    read: (m) => statusHit(m[1], m[2]),
  },
  {
    // A bare `status` or `error code` only in an SMPP log (Kannel's `SMSC returned error code
    // 0x00000058`), never a `sequence_number`; a `command_status` is the form above.
    form: 'command status field',
    certain: false,
    hints: ['status', 'error'],
    pattern: new RegExp(
      String.raw`(?<![A-Za-z0-9])(?<!command[ _-]?)(status(?:[ _-]?code)?|error[ _-]?code)${IS}${VALUE}`,
      'gi',
    ),
    read: (m, text) => {
      const key = (m[1] as string).toLowerCase();
      const decimal = m[3] !== undefined;
      // SMPP writes a status in full, as eight hex digits: in a `status` field that form is enough.
      const full = !decimal && key.startsWith('status') && (m[2] as string).length === 8;
      if (!full && !SMPP_WORDS.test(lineAround(text, m.index))) return null;
      // A decimal value in an `error code` field could be any numbering: only a status field says.
      if (decimal && key.startsWith('error')) return null;
      return statusHit(m[2], m[3]);
    },
  },
  {
    // jsmpp: `NegativeResponseException: Negative response 0000000b found`.
    form: 'jsmpp negative response',
    certain: true,
    hints: ['negative response'],
    pattern: /Negative response ([0-9A-Fa-f]{8})(?![0-9A-Za-z])/g,
    read: (m) => ({ code: hex(m[1] as string), params: { command_status: m[1] as string } }),
  },
  {
    // python-smpplib raises `PDUError('(13) bind_transmitter_resp: Bind Failed', 13)`: the
    // decimal status in parentheses before the response's command name (and again, ignored
    // errors are logged `(13) (13) bind_transmitter_resp: …`). A bare `(13)` is never read.
    form: 'smpplib PDUError',
    certain: true,
    hints: ['_resp: ', 'generic_nack: '],
    pattern: new RegExp(String.raw`\((\d{1,10})\) ${RESPONSE}: `, 'g'),
    read: (m) => ({
      code: hex(Number(m[1]).toString(16)),
      params: { command_status: m[1] as string },
    }),
  },
  {
    // A value followed by the specification's own description of that value (`88: Throttling
    // error (ESME has exceeded allowed message limits)`, Kannel's `code 0x0000000d (Bind
    // Failed)`): the description must be the value's, word for word, and the line SMPP's
    // (the description itself may say so: `ESME`, `submit_sm`). A number before any other
    // text, or before another value's description, is not a status.
    form: 'status value and description',
    certain: false,
    hints: DESCRIPTION_WORDS,
    pattern: DESCRIBED,
    read: (m, text) => {
      const wording = m[3] as string;
      // A decimal and a word after a space is a process id or a count (`ERROR    13 Bind
      // failed`): a decimal needs a `:`, `=`, `-` or parenthesis between.
      if (m[2] !== undefined && !/[:=(-]/.test(m[0])) return null;
      if (!SMPP_WORDS.test(wording) && !SMPP_WORDS.test(lineAround(text, m.index))) return null;
      const hit = statusHit(m[1], m[2]);
      return {
        ...hit,
        params: { ...hit.params, description: wording },
        wording,
        named: true,
      };
    },
  },
  {
    // cloudhopper-smpp names a status `STATUS_` and the v3.4 name after `ESME_R`; written with
    // its value, `STATUS_THROTTLED (0x00000058)`. The name decides: Windows' NTSTATUS names
    // (`STATUS_ACCESS_DENIED (0xC0000022)`) are none of SMPP's.
    form: 'cloudhopper status constant',
    certain: false,
    hints: ['status_'],
    pattern: /(?<![A-Za-z0-9_])STATUS_([A-Z][A-Z0-9_]*) \(0[xX]([0-9A-Fa-f]{8})\)/g,
    read: (m) => ({
      code: `ESME_R${m[1] as string}`,
      params: { name: `STATUS_${m[1] as string}`, command_status: `0x${m[2] as string}` },
    }),
  },
  {
    // Kannel and its kin answer an HTTP submitter with `NACK/0x00000045/SUBMIT FAILED`.
    form: 'gateway NACK',
    certain: true,
    hints: ['nack/'],
    pattern: /NACK\/0[xX]([0-9A-Fa-f]{8})(?![0-9A-Za-z])/g,
    read: (m) => ({ code: hex(m[1] as string), params: { command_status: `0x${m[1] as string}` } }),
  },
];

/** An SMPP v3.4 `command_status` value, as `smpp.json` gives it. */
const smppFacts = (z: typeof zod) =>
  z.strictObject({
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
  kind: 'message',
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
  text: smppText,
});
