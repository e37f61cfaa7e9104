import { possessive } from '@/lib/entry-view';

/**
 * The one typed source of truth for the enums every face shares: categories, fault, retry
 * (as pinned by the CLI schema) and what each HTTP status means in HTTP itself.
 */
export const CATEGORIES = [
  'authentication',
  'permission',
  'validation',
  'not-found',
  'conflict',
  'rate-limit',
  'quota',
  'unsupported',
  'upstream',
  'server',
  'unavailable',
  // What standards need (a call that ended normally, how a called party answered): see the schema.
  'informational',
  'busy',
  'no-answer',
  'rejected',
  'routing',
  'network',
] as const;
export type Category = (typeof CATEGORIES)[number];

export const FAULTS = ['client', 'account', 'vendor', 'remote', 'unknown', 'none'] as const;
export type Fault = (typeof FAULTS)[number];

export const RETRIES = [
  'no',
  'after-change',
  'reauthenticate',
  'backoff',
  'unknown',
  'not-needed',
] as const;
export type Retry = (typeof RETRIES)[number];

/**
 * What a telecom standard's codes are about, which decides who "the platform" and "a remote
 * system" are in its fault words: a call (SIP, Q.850) or a message handed to an SMS centre (SMPP).
 */
export const STANDARD_KINDS = ['call', 'message'] as const;
export type StandardKind = (typeof STANDARD_KINDS)[number];

export const MESSAGE_KINDS = ['returned', 'example', 'description'] as const;
export type MessageKind = (typeof MESSAGE_KINDS)[number];

/**
 * A body shape the decoder knows: the id of a module in `lib/namespaces/` (registered in
 * `vendors.ts`); a vendor file names the one its API answers with.
 */
export type BodyFormat = string;

/**
 * The one table of words for our classification, in plain language a reader takes in at a
 * glance. The entry page, the CLI's text output, the search result cards and the decoder cards
 * all show these same words: `term` heads the value (`Who must fix it: your request`).
 */
export const ASSESSMENT_WORDS = {
  category: {
    term: 'Kind of error',
    labels: {
      authentication: 'Sign-in failed',
      permission: 'Not allowed',
      validation: 'Invalid request',
      'not-found': 'Not found',
      conflict: 'Conflicts with the current state',
      'rate-limit': 'Too many requests',
      quota: 'Limit used up',
      unsupported: 'Not supported',
      upstream: 'A system behind the platform failed',
      server: 'Platform error',
      unavailable: 'Temporarily unavailable',
      informational: 'Not an error',
      busy: 'Busy',
      'no-answer': 'No answer',
      rejected: 'Rejected by the called side',
      routing: 'Cannot be reached as addressed',
      network: 'Network failure',
    } satisfies Record<Category, string>,
  },
  fault: {
    term: 'Who must fix it',
    labels: {
      client: 'your request',
      account: 'your account setup (credentials, permissions or plan)',
      vendor: 'the platform, not you',
      remote: 'a system the platform talks to for you',
      unknown: 'not known',
      none: 'nobody, nothing failed',
    } satisfies Record<Fault, string>,
    /**
     * The same values for a standard's code, where no vendor platform stands between you and the
     * other side: SIP 486 is the called party's answer, not a system a platform calls for you.
     */
    byStandardKind: {
      call: {
        client: 'your side: the number you dialled or the request you sent',
        account:
          'your account or trunk setup with your provider (credentials, permissions or plan)',
        vendor: 'the server or network handling the call for you (your provider or carrier)',
        remote: 'the called party or the network beyond your provider',
        unknown: 'not known',
        none: 'nobody, nothing failed',
      },
      message: {
        client: 'your request: the PDU you sent',
        account:
          'your bind or account setup with the SMS centre (credentials, permissions or plan)',
        vendor: 'the SMS centre you are bound to, not you',
        remote: 'the destination network, handset or application beyond the SMS centre',
        unknown: 'not known',
        none: 'nobody, nothing failed',
      },
    } satisfies Record<StandardKind, Record<Fault, string>>,
  },
  retry: {
    term: 'Retry',
    labels: {
      no: 'no, the same call will fail again',
      'after-change': 'yes, after you change the request',
      reauthenticate: 'yes, after you sign in again',
      backoff: 'yes, later, waiting longer each time',
      unknown: 'not known',
      'not-needed': 'not needed, nothing failed',
    } satisfies Record<Retry, string>,
  },
} as const;

export const CATEGORY_LABELS: Record<Category, string> = ASSESSMENT_WORDS.category.labels;
export const FAULT_LABELS: Record<Fault, string> = ASSESSMENT_WORDS.fault.labels;
export const RETRY_LABELS: Record<Retry, string> = ASSESSMENT_WORDS.retry.labels;

/**
 * Who must fix it, in words: a vendor entry's fault, or, given what a standard's codes are
 * about (its module's `kind`, carried in the decode and search data as `faultWords`), in the
 * words of a call or a message.
 */
export function faultLabel(fault: Fault, words?: StandardKind): string {
  return words === undefined
    ? FAULT_LABELS[fault]
    : ASSESSMENT_WORDS.fault.byStandardKind[words][fault];
}

/** `Who must fix it: your request`: the fault in words, with its term (see `faultLabel`). */
export function faultLine(fault: Fault, words?: StandardKind): string {
  return `${ASSESSMENT_WORDS.fault.term}: ${faultLabel(fault, words)}`;
}

/** `Retry: yes, after you change the request`: the retry advice in words, with its term. */
export function retryLine(retry: Retry): string {
  return `${ASSESSMENT_WORDS.retry.term}: ${RETRY_LABELS[retry]}`;
}

/**
 * How an entry the vendor's documentation lacks is marked, wherever it is shown (page, lists,
 * cards, CLI): `Observed, not in RingCentral's documentation`.
 */
export function undocumentedLabel(vendorName: string): string {
  return `Observed, not in ${possessive(vendorName)} documentation`;
}

/** The short mark for an undocumented entry where room is scarce (list rows, search cards). */
export const UNDOCUMENTED_MARK = 'Observed, undocumented';

/** The heading of the first step, wherever it is shown. */
export const FIRST_STEP_TERM = 'First step';

export const MESSAGE_KIND_LABELS: Record<MessageKind, string> = {
  returned: 'The API returns this text',
  example: 'An example of the text the API returns',
  description: "The vendor's description (the API's own text may differ)",
};

/** What each status means in HTTP itself (RFC 9110 and friends), independent of any vendor. */
const HTTP_STATUSES = {
  400: {
    name: 'Bad Request',
    meaning:
      'The server cannot process the request because it sees a client error: malformed syntax, an invalid parameter or a body that fails validation.',
  },
  401: {
    name: 'Unauthorized',
    meaning:
      'The request lacks valid authentication credentials for the target resource; authenticating (again) may make it succeed.',
  },
  403: {
    name: 'Forbidden',
    meaning:
      'The server understood the request and knows who is asking, but refuses it: the credentials do not grant this action.',
  },
  404: {
    name: 'Not Found',
    meaning:
      'The server has no current representation for the target resource, or will not say that one exists.',
  },
  405: {
    name: 'Method Not Allowed',
    meaning: 'The target resource exists but does not support the HTTP method used.',
  },
  406: {
    name: 'Not Acceptable',
    meaning:
      'The server cannot produce a response in any of the formats the Accept headers ask for.',
  },
  409: {
    name: 'Conflict',
    meaning: 'The request conflicts with the current state of the target resource.',
  },
  410: {
    name: 'Gone',
    meaning: 'The target resource is no longer available and this is likely permanent.',
  },
  415: {
    name: 'Unsupported Media Type',
    meaning:
      'The server refuses the request body because its Content-Type or encoding is not supported.',
  },
  416: {
    name: 'Range Not Satisfiable',
    meaning: 'None of the ranges in the Range header can be served for the target resource.',
  },
  422: {
    name: 'Unprocessable Content',
    meaning:
      'The body is well-formed but its content cannot be processed, usually because of semantic validation errors.',
  },
  429: {
    name: 'Too Many Requests',
    meaning:
      'The client has sent too many requests in a given time; it should slow down, honouring Retry-After when present.',
  },
  500: {
    name: 'Internal Server Error',
    meaning: 'The server hit an unexpected condition that kept it from fulfilling the request.',
  },
  501: {
    name: 'Not Implemented',
    meaning: 'The server does not support the functionality required to fulfil the request.',
  },
  502: {
    name: 'Bad Gateway',
    meaning:
      'A server acting as a gateway or proxy got an invalid response from the upstream server it called.',
  },
  503: {
    name: 'Service Unavailable',
    meaning:
      'The server cannot handle the request right now, because of overload or maintenance; it is likely temporary.',
  },
  504: {
    name: 'Gateway Timeout',
    meaning:
      'A server acting as a gateway or proxy did not get a timely response from the upstream server it called.',
  },
} as const satisfies Record<number, { name: string; meaning: string }>;

export function statusInfo(status: number): { name: string; meaning: string } {
  const known = (HTTP_STATUSES as Record<number, { name: string; meaning: string }>)[status];
  if (known) return known;
  const klass = Math.floor(status / 100);
  return {
    name: `HTTP ${status}`,
    meaning:
      klass === 4
        ? 'A client error status: the request was not accepted as sent.'
        : klass === 5
          ? 'A server error status: the server failed to fulfil an apparently valid request.'
          : 'An HTTP status code.',
  };
}
