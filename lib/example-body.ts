import type { Entry } from '@/lib/catalog/types';
import { vendorFormat } from '@/lib/namespaces/vendors';
import type { ExampleBody, ExampleFacts } from '@/lib/namespaces/vendor';
import { statusInfo, type BodyFormat } from '@/lib/taxonomy';

export { PLACEHOLDER } from '@/lib/namespaces/vendor';

/**
 * The example body for an entry in its vendor's format (built by the format's module in
 * `lib/namespaces/`), or null when the facts cannot make one.
 */
export function exampleBody(format: BodyFormat, entry: ExampleFacts): ExampleBody | null {
  return vendorFormat(format)?.example(entry) ?? null;
}

/** The example as the vendor would send it: JSON, two-space indented. */
export function exampleBodyJson(format: BodyFormat, entry: ExampleFacts): string | null {
  const body = exampleBody(format, entry);
  return body === null ? null : JSON.stringify(body, null, 2);
}

/** The example as a response: a status line and Content-Type before the body when a status is documented. */
export function exampleResponse(format: BodyFormat, entry: ExampleFacts & Pick<Entry, 'statuses'>) {
  const json = exampleBodyJson(format, entry);
  const first = entry.statuses[0];
  return json && first !== undefined
    ? `HTTP/1.1 ${first} ${statusInfo(first).name}\nContent-Type: application/json\n\n${json}`
    : json;
}
