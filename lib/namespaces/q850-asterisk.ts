import type { Recognizer } from './text';

/**
 * Asterisk's own text for each cause it knows (`ast_cause2str()`, the `causes[]` table of
 * asterisk/asterisk@f0c1c1a7b79b:main/channel.c), as its logs and the `X-Asterisk-HangupCause`
 * header print it. Several differ from Q.850's names: 34 is "Circuit/channel congestion" here,
 * "No circuit/channel available" in Q.850. 0 and 26 are Asterisk's own (no Q.850 entry has them).
 */
const ASTERISK_TEXT: [number, string][] = [
  [1, 'Unallocated (unassigned) number'],
  [2, 'No route to specified transmit network'],
  [3, 'No route to destination'],
  [5, 'Misdialed trunk prefix'],
  [6, 'Channel unacceptable'],
  [7, 'Call awarded and being delivered in an established channel'],
  [8, 'Pre-empted'],
  [14, 'Number ported elsewhere'],
  [16, 'Normal Clearing'],
  [17, 'User busy'],
  [18, 'No user responding'],
  [19, 'User alerting, no answer'],
  [20, 'Subscriber absent'],
  [21, 'Call Rejected'],
  [22, 'Number changed'],
  [23, 'Redirected to new destination'],
  [26, 'Answered elsewhere'],
  [27, 'Destination out of order'],
  [28, 'Invalid number format'],
  [29, 'Facility rejected'],
  [30, 'Response to STATus ENQuiry'],
  [31, 'Normal, unspecified'],
  [34, 'Circuit/channel congestion'],
  [38, 'Network out of order'],
  [41, 'Temporary failure'],
  [42, 'Switching equipment congestion'],
  [43, 'Access information discarded'],
  [44, 'Requested channel not available'],
  [50, 'Facility not subscribed'],
  [52, 'Outgoing call barred'],
  [54, 'Incoming call barred'],
  [57, 'Bearer capability not authorized'],
  [58, 'Bearer capability not available'],
  [65, 'Bearer capability not implemented'],
  [66, 'Channel not implemented'],
  [69, 'Facility not implemented'],
  [81, 'Invalid call reference value'],
  [88, 'Incompatible destination'],
  [95, 'Invalid message unspecified'],
  [96, 'Mandatory information element is missing'],
  [97, 'Message type nonexist.'],
  [98, 'Wrong message'],
  [99, 'Info. element nonexist or not implemented'],
  [100, 'Invalid information element contents'],
  [101, 'Message not compatible with call state'],
  [102, 'Recover on timer expiry'],
  [103, 'Mandatory IE length error'],
  [111, 'Protocol error, unspecified'],
  [127, 'Interworking, unspecified'],
];

/** The longest Asterisk cause text a value starts with, whole words only, and its cause. */
function asteriskCause(value: string): { cause: number; text: string } | null {
  const said = value.toLowerCase();
  let best: { cause: number; text: string } | null = null;
  for (const [cause, text] of ASTERISK_TEXT) {
    if (!said.startsWith(text.toLowerCase())) continue;
    if (/[A-Za-z0-9]/.test(value[text.length] ?? '')) continue;
    if (!best || text.length > best.text.length)
      best = { cause, text: value.slice(0, text.length) };
  }
  return best;
}

/** The forms only Asterisk gives a Q.850 cause in. */
export const q850AsteriskText: Recognizer[] = [
  {
    // A cause by Asterisk's text after a hang-up key: the `X-Asterisk-HangupCause: Requested
    // channel not available` header, an AMI client's `HANGUP Circuit/channel congestion/...`.
    // Any other text after the key names no cause.
    form: 'Asterisk hang-up cause text',
    certain: false,
    hints: ['hangup'],
    pattern:
      /(?<![\w-])(?:HANGUP|X-Asterisk-HangupCause)(?![\w-])[ \t]*:?[ \t]*([A-Za-z][^\r\n"]{0,70})/g,
    read: (m) => {
      const found = asteriskCause(m[1] as string);
      if (!found) return null;
      const cause = String(found.cause);
      return { code: cause, params: { cause, text: found.text }, wording: found.text };
    },
  },
  {
    // Asterisk's PJSIP channel since 2025: `chan_pjsip_hangup:  PJSIP/100-00000001: Cause: 16
    // Tech Cause: 480`, the channel's cause before the SIP status (lib/namespaces/sip-logs.ts).
    form: 'Asterisk PJSIP hang-up cause',
    certain: true,
    hints: ['tech cause'],
    pattern: /(?<![\w-])Cause:[ \t]*(\d{1,3})[ \t]+Tech Cause:/g,
    read: (m) => ({ code: m[1] as string, params: { cause: m[1] as string } }),
  },
];
