import { saidOfSip } from './sip-context';
import type { Recognizer, TextHit } from './text';

/** A status hit, with the reason phrase written after it (cut at an escaped line break). */
export function sipStatus(code: string, phrase: string | undefined): TextHit {
  const reason = phrase?.replace(/\\[rn].*$/, '').trim();
  return reason
    ? { code, params: { status: code, reason }, wording: reason }
    : { code, params: { status: code } };
}

/**
 * SIP statuses in SIP stacks' own log lines (Asterisk's PJSIP channel, pjsua, drachtio, LiveKit),
 * where the number's key does not say SIP but the line does.
 */
export const sipLogText: Recognizer[] = [
  {
    // `SIP registration failed, status=403 (Device not whitelisted)` (pjsua), `received response
    // to reINVITE with status 477` (drachtio), `Closing inbound call {"status": 486}` (LiveKit's
    // sip logger). The key alone is any protocol's: the line, or the paste, must be SIP's and not
    // HTTP's. `SIP status: 403` is the certain field form, not this one again.
    form: 'status in a SIP log line',
    certain: false,
    hints: ['status', 'code', 'response', 'error', 'failed'],
    pattern:
      /(?<![\w-])(?<!sip[ _-]?)(?:status(?:[ _-]?code)?|response(?:[ _-]?code)?|error(?:[ _-]?code)?|failed|code)\\?["']?[ \t]*(?:(?:=>|[:=])[ \t]*)?\\?["']?([1-6]\d\d)(?![\w:/-]|\.\d)(?:\\?["']?[ \t]*\(([^()\r\n]{1,60})\))?/gi,
    read: (m, text, paste) =>
      saidOfSip(text, m.index, paste) ? sipStatus(m[1] as string, m[2]) : null,
  },
  {
    // Asterisk's chan_pjsip before 2025 (commit 5766460c) traced the SIP status it hangs up
    // with: `chan_pjsip_hangup:  Cause: 488`, the result of hangup_cause2sip(), 0 for none.
    // Since then the line reads `<channel>: Cause: 16  Tech Cause: 480`: the first number is
    // the Q.850 cause (lib/namespaces/q850.ts), the tech cause the SIP status (next form).
    form: 'Asterisk PJSIP hang-up status',
    certain: true,
    hints: ['chan_pjsip_hangup'],
    pattern: /chan_pjsip_hangup:[ \t]+Cause:[ \t]*([1-6]\d\d)(?!\d)/g,
    read: (m) => sipStatus(m[1] as string, undefined),
  },
  {
    // The same SIP status where newer Asterisk names it: the trace's `Tech Cause: 480`, the
    // manager events' `TechCause: 480`, ARI's `"tech_cause": 480`.
    form: 'Asterisk tech cause',
    certain: true,
    hints: ['tech'],
    pattern: /(?<![\w-])(?:Tech Cause|TechCause|"tech_cause")[ \t]*:[ \t]*([1-6]\d\d)(?!\d)/g,
    read: (m) => sipStatus(m[1] as string, undefined),
  },
  {
    // res_pjsip_session's trace of the response a session ends with:
    // `ast_sip_session_terminate:  PJSIP/100-00000001 Response 503`.
    form: 'Asterisk PJSIP session end response',
    certain: true,
    hints: ['ast_sip_session_terminate'],
    pattern: /ast_sip_session_terminate:[ \t]+[^\s]{1,200}[ \t]+Response[ \t]+([1-6]\d\d)(?!\d)/g,
    read: (m) => sipStatus(m[1] as string, undefined),
  },
];
