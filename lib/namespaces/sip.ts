import type { z as zod } from 'zod';
import { defineStandard } from './standard';
import { statusInfo } from '@/lib/taxonomy';
import { saidOfSip } from './sip-context';
import { sipLogText, sipStatus as status } from './sip-logs';
import { cutToName, lineAround, squeeze, unquote, type Recognizer } from './text';

/**
 * HTTP reason phrases (RFC 9110, and RFC 2616 before it) that SIP's registry shares, beyond the
 * names lib/taxonomy.ts gives: `408 Request Timeout` in prose is as likely HTTP as SIP.
 */
const HTTP_PHRASES: Record<number, string[]> = {
  200: ['OK'],
  202: ['Accepted'],
  300: ['Multiple Choices'],
  301: ['Moved Permanently'],
  302: ['Found', 'Moved Temporarily'],
  305: ['Use Proxy'],
  402: ['Payment Required'],
  407: ['Proxy Authentication Required'],
  408: ['Request Timeout'],
  413: ['Content Too Large', 'Request Entity Too Large'],
  414: ['URI Too Long', 'Request-URI Too Long'],
};

/** A SIP request method, as a request line writes it. */
const METHOD =
  '(?:INVITE|REGISTER|BYE|CANCEL|OPTIONS|SUBSCRIBE|NOTIFY|REFER|MESSAGE|UPDATE|PRACK|INFO|PUBLISH|ACK)';

/** The forms a SIP response code takes in traces and logs. */
const sipText: Recognizer[] = [
  {
    // `SIP/2.0 486 Busy Here`, alone or in a trace; never `Via: SIP/2.0/UDP` nor a request line,
    // which ends with `SIP/2.0`. A dot may come before it: tcpdump -A prints the bytes ahead of
    // the payload as dots (`..E..SIP/2.0 486 Busy Here`).
    form: 'SIP status line',
    certain: true,
    hints: ['sip/2.0'],
    pattern: /(?<![\w/])SIP\/2\.0[ \t]+([1-6]\d\d)(?![\w.])(?:[ \t]+([^\r\n"<>|]{1,80}))?/g,
    read: (m) => status(m[1] as string, m[2]),
  },
  {
    // A field that holds a SIP status: FreeSWITCH `sip_term_status=486`, Asterisk `Got SIP
    // response 486 "Busy Here"`, `SIP Status: 403 (FORBIDDEN)`, pjsua `reason=486 (Busy Here)`,
    // Telnyx's webhook `"sip_hangup_cause": "503"`.
    form: 'SIP status field',
    certain: true,
    hints: ['sip', '[reason'],
    pattern:
      /(?<![A-Za-z0-9])(?:variable_)?(?:sip[ _-]?(?:term[ _-]?status|hangup[ _-]?cause|invite[ _-]?failure[ _-]?status|status(?:[ _-]?code)?|code|response(?:[ _-]?code)?|reply(?:[ _-]?code)?|error(?:[ _-]?code)?)|\[reason)(?![A-Za-z])\\?["']?[ \t]*(?:(?:=>|[:=#])[ \t]*)?\\?["']?([1-6]\d\d)(?![\w.])(?:\\?["']?[ \t]+(?:"([^"\r\n]{1,60})"|\(([^)\r\n]{1,60})\)))?/gi,
    read: (m) => status(m[1] as string, m[2] ?? m[3]),
  },
  {
    // A status said of a request's response: LiveKit `Unexpected StatusCode from INVITE response
    // 403`, FreeSWITCH `Responding to INVITE with: 488`. The method, in SIP's upper case, says
    // the number is a SIP status.
    form: 'response to a SIP request',
    certain: true,
    hints: ['response', 'responding'],
    pattern: new RegExp(
      String.raw`(?:\b${METHOD}[ \t]+response|Responding to ${METHOD} with:?)[ \t]+([1-6]\d\d)(?![\w.:])`,
      'g',
    ),
    read: (m) => status(m[1] as string, undefined),
  },
  {
    // Kamailio's reply route logs `request sent to sip:… completed with code: 408`: the same
    // words with no SIP URI on the line say nothing of SIP.
    form: 'Kamailio reply code',
    certain: false,
    hints: ['completed with code'],
    pattern: /completed with code:?[ \t]+([1-6]\d\d)(?![\w.:])/g,
    read: (m, text) =>
      /\bsips?:/.test(lineAround(text, m.index)) ? status(m[1] as string, undefined) : null,
  },
  {
    // A status and its registry reason phrase, bare in prose (`480 Temporarily Unavailable`):
    // SIP only when the phrase is exactly the registry's and is not HTTP's name for the same
    // number (`404 Not Found`, `503 Service Unavailable` stay HTTP). On a line about SIP (an
    // INVITE's, a SIP stack's, an sngrep ladder's in a SIP paste) the phrase need only resemble
    // the registry's: `488 no acceptable here`, `603 Declined`, and HTTP's names too. A status
    // line is the first form, not this one again.
    form: 'status with its reason phrase',
    certain: false,
    hints: ['1', '2', '3', '4', '5', '6'],
    pattern:
      /(?<![\w.:/-])(?<!SIP\/2\.0[ \t]{1,20})([1-6]\d\d)[ \t]+([A-Za-z][\w'/.-]*(?:[ \t]+[A-Za-z][\w'/.-]*){0,5})/g,
    read: (m, text, paste) => {
      const phrase = m[2] as string;
      if (saidOfSip(text, m.index, paste))
        return { ...status(m[1] as string, phrase), resembles: true };
      const n = Number(m[1]);
      const http = [statusInfo(n).name, ...(HTTP_PHRASES[n] ?? [])];
      if (http.some((name) => squeeze(cutToName(phrase, name)) === squeeze(name))) return null;
      return { ...status(m[1] as string, phrase), named: true };
    },
  },
  {
    // FreeSWITCH's `proto_specific_hangup_cause=sip:486` (URL-encoded as `sip%3A486` in CDRs).
    form: 'protocol-specific hang-up cause',
    certain: true,
    hints: ['proto_specific_hangup_cause'],
    pattern:
      /proto_specific_hangup_cause\\?["']?[ \t]*[:=][ \t]*\\?["']?sip(?::|%3A)([1-6]\d\d)(?!\d)/gi,
    read: (m) => status(m[1] as string, undefined),
  },
  {
    // FreeSWITCH's `Channel sofia/... entering state [terminated][486]`.
    form: 'FreeSWITCH call state',
    certain: true,
    hints: ['entering state'],
    pattern: /entering state \[\w+\]\[([1-6]\d\d)\]/g,
    read: (m) => status(m[1] as string, undefined),
  },
  {
    // A `Reason:` header (RFC 3326) with the SIP protocol: `Reason: SIP;cause=480;text="..."`.
    form: 'Reason header, SIP protocol',
    certain: true,
    hints: ['cause'],
    pattern:
      /(?<![\w/.])SIP[ \t]*;[ \t]*cause[ \t]*=[ \t]*([1-6]\d\d)(?!\d)(?:[ \t]*;[ \t]*text[ \t]*=[ \t]*(\\?"[^"\r\n]{0,80}"|[^;,\s]{1,80}))?/gi,
    read: (m) => {
      // Its text says why (`Call completed elsewhere`): not a name for the code to compare.
      const text = m[2] ? unquote(m[2]) : '';
      const params = { protocol: 'SIP', cause: m[1] as string };
      return { code: m[1] as string, params: text ? { ...params, text } : params };
    },
  },
  ...sipLogText,
];

/** A SIP response code of the IANA registry, as `sip.json` gives it. */
const sipFacts = (z: typeof zod) =>
  z.strictObject({
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
  kind: 'call',
  facts: sipFacts,
  slug: (f) => String(f.code),
  code: (f) => String(f.code),
  title: (f) => f.reason,
  group: (f) => f.class,
  aliases: (f) => [`sip-${f.code}`],
  rank: (f) => f.code,
  text: sipText,
});
