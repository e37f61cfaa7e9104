import { expect } from 'vitest';
import { loadCatalog } from '@/lib/catalog/load';
import { fastestMs } from '../timing';
import { toDecodeData } from './data';
import { createDecoder } from './index';

/** One decoder over the real content, shared by the decode tests. */
export const data = toDecodeData(loadCatalog());
export const decoder = createDecoder(data);

/** The ways a body reaches a user, from one body and the status it came with. */
export const wrap = {
  raw: (body: object) => JSON.stringify(body, null, 2),
  http: (body: object, status: number) =>
    `HTTP/1.1 ${status} Whatever\r\nContent-Type: application/json;charset=UTF-8\r\nX-Request-Id: 8d1f\r\n\r\n${JSON.stringify(body, null, 1)}`,
  log: (body: object, status: number) =>
    `2025-03-04T12:00:00.123Z ERROR [gateway] upstream call failed status=${status} body=${JSON.stringify(body)} took=41ms`,
  escaped: (body: object, status: number) =>
    JSON.stringify({
      ts: '2025-03-04T12:00:00Z',
      level: 'error',
      status,
      body: JSON.stringify(body),
    }),
} as const;

/** The body cut off a few characters after `after`. */
export function truncate(body: object, after: string): string {
  const text = JSON.stringify(body);
  const at = text.indexOf(after);
  if (at < 0) throw new Error(`fixture: ${after} not in body`);
  return text.slice(0, at + after.length + 6);
}

/**
 * Decoding `make(4)` costs under eight times `make(1)` (four times the input: about four times
 * the time if linear, sixteen if quadratic). Timed as a ratio at the same moment, the fastest of
 * three runs of each, so a busy host slows both alike; `label` names the case that failed.
 * Returns the larger input's time, for an absolute cap that only catches a disaster.
 */
export function expectLinearDecode(label: string, make: (scale: 1 | 4) => string): number {
  const quarter = fastestMs(() => decoder.decode(make(1)));
  const whole = fastestMs(() => decoder.decode(make(4)));
  expect(whole, `${label}: 4 times the input`).toBeLessThan(8 * quarter + 50);
  return whole;
}
