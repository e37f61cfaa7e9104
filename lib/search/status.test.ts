import { describe, expect, it } from 'vitest';
import { statusInQuery } from './status';
import { words } from './text';

const read = (query: string) => statusInQuery(words(query));

describe('an HTTP status in the query', () => {
  it('is named as one after `HTTP` or `status`, or before its reason phrase', () => {
    expect(read('HTTP 404 on every call')).toEqual({ status: 404, named: true });
    expect(read('status code 503')).toEqual({ status: 503, named: true });
    expect(read('got 429 Too Many Requests')).toEqual({
      status: 429,
      named: true,
      reason: ['too', 'many', 'requests'],
    });
  });

  it('is named by its reason phrase alone, or with its number after `HTTP`', () => {
    expect(read('Service Unavailable')).toEqual({
      status: 503,
      named: true,
      reason: ['service', 'unavailable'],
    });
    expect(read('HTTP/1.1 503 Service Unavailable')?.reason).toEqual(['service', 'unavailable']);
    // Inside a longer sentence the words alone name nothing: they are words of a message.
    expect(read('the service is unavailable')).toBeNull();
    expect(read('service unavailable today')).toBeNull();
  });

  it('is bare when a known status stands alone in a sentence', () => {
    expect(read('Better error report for 429?')).toEqual({ status: 429, named: false });
    // A named status later in the query wins over a bare number before it.
    expect(read('retry 400 times after HTTP 503')).toEqual({ status: 503, named: true });
  });

  it('is no status for a number without a reason phrase, or not of three digits', () => {
    expect(read('Better error report for 299?')).toBeNull();
    expect(read('error 1300 and 42')).toBeNull();
  });
});
