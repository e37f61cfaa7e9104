import { lineAround, type PasteFacts } from './text';

/**
 * Whether a number in a log line is said in SIP's terms: a status with a reworded reason
 * phrase, or after a plain `status code`, is SIP's only where the line (or, for a line that
 * says nothing either way, the whole paste) names SIP and not HTTP.
 */

/** SIP named outright, or a SIP stack's own name in a logger or file name. */
const SIP_NAME = /\bSIP\b|jssip|pjsip|pjsua|sofia|drachtio|kamailio|opensips|sipgo|belle-sip/i;
/** A SIP request method, in SIP's upper case (`INVITE`, a `reINVITE`); `invite` in prose is not. */
const SIP_METHOD = /(?:\b|re-?)(?:INVITE|REGISTER|BYE|CANCEL|SUBSCRIBE|NOTIFY|REFER|PRACK)\b/;
/**
 * HTTP, or a web API's call: a URL, an RPC layer over HTTP (LiveKit's twirp API log carries the
 * API's own `"status": "503"`), a request line, Axios' `Request failed with status code 403`.
 */
const HTTP =
  /\bHTTPS?\b|https?:\/\/|\btwirp\b|\bgrpc\b|\bAPI\b|\b(?:GET|POST|PUT|PATCH|DELETE)[ \t]+\/|Request failed with status code/i;

const names = (text: string) => SIP_NAME.test(text) || SIP_METHOD.test(text);

/** A paste that names SIP and never HTTP. */
const sipPaste = (text: string) => names(text) && !HTTP.test(text);

/** True when the line at `index` is about SIP: it names SIP and not HTTP, or names neither in a SIP paste. */
export function saidOfSip(text: string, index: number, paste: PasteFacts): boolean {
  const line = lineAround(text, index);
  if (HTTP.test(line)) return false;
  return names(line) || paste.once(sipPaste);
}
