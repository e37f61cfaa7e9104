import type { Entry } from '@/lib/catalog/types';
import { statusInfo, type BodyFormat } from '@/lib/taxonomy';

/**
 * An illustrative error body in a vendor's own format, built only from an entry's documented
 * facts. Values the documentation does not give (ids, timestamps, detail values) are visible
 * placeholders, never made-up data that could pass for real output.
 */
export type ExampleBody = Record<string, unknown>;

/** Stands in for a value the vendor's documentation does not give. */
export const PLACEHOLDER = '…';
const PLACEHOLDER_UUID = '00000000-0000-0000-0000-000000000000';
const PLACEHOLDER_TIME = '2000-01-01T00:00:00.00Z';

type Facts = Pick<
  Entry,
  'code' | 'aliases' | 'statuses' | 'message' | 'type' | 'detailKeys' | 'variables'
>;

function firstNumber(values: string[]): number | null {
  const found = values.find((v) => /^\d+$/.test(v));
  return found === undefined ? null : Number(found);
}

function bluejeans(e: Facts): ExampleBody {
  return {
    errorCode: firstNumber(e.aliases),
    errorName: e.code,
    errorMessage: e.message,
    errorDetails: Object.fromEntries(e.detailKeys.map((k) => [k, PLACEHOLDER])),
  };
}

function vaspian(e: Facts): ExampleBody {
  return {
    _links: { about: { href: `/api/v1/${PLACEHOLDER}` } },
    errorCode: e.code,
    httpCode: e.statuses[0] ?? null,
    localizedUserMessage: { key: PLACEHOLDER, renderedMessage: e.message },
  };
}

function ringcentral(e: Facts): ExampleBody {
  const error: Record<string, unknown> = { errorCode: e.code, message: e.message };
  // RingCentral names the offending parameter beside the message when its text has that variable.
  if (e.variables.includes('parameterName')) error.parameterName = PLACEHOLDER;
  return { errors: [error] };
}

function bandwidth(e: Facts): ExampleBody {
  return { type: e.type, description: e.message, id: null };
}

function eightByEight(e: Facts): ExampleBody | null {
  // 8x8's HTTP-level rows document a status, not a body code: no honest body can be built.
  if (e.code === null || !/^\d+$/.test(e.code)) return null;
  return {
    code: Number(e.code),
    message: e.message,
    errorId: PLACEHOLDER_UUID,
    timestamp: PLACEHOLDER_TIME,
  };
}

const BUILDERS: Record<BodyFormat, (e: Facts) => ExampleBody | null> = {
  bluejeans,
  vaspian,
  ringcentral,
  bandwidth,
  '8x8': eightByEight,
};

/** The example body for an entry in its vendor's format, or null when the facts cannot make one. */
export function exampleBody(format: BodyFormat, entry: Facts): ExampleBody | null {
  return BUILDERS[format](entry);
}

/** The example as the vendor would send it: JSON, two-space indented. */
export function exampleBodyJson(format: BodyFormat, entry: Facts): string | null {
  const body = exampleBody(format, entry);
  return body === null ? null : JSON.stringify(body, null, 2);
}

/** The example as a response: a status line and Content-Type before the body when a status is documented. */
export function exampleResponse(format: BodyFormat, entry: Facts & Pick<Entry, 'statuses'>) {
  const json = exampleBodyJson(format, entry);
  const first = entry.statuses[0];
  return json && first !== undefined
    ? `HTTP/1.1 ${first} ${statusInfo(first).name}\nContent-Type: application/json\n\n${json}`
    : json;
}
