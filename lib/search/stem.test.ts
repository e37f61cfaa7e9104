import { describe, expect, it } from 'vitest';
import { stem } from './stem';

describe('stem', () => {
  it('folds the inflections error messages use into one stem', () => {
    const same = (...forms: string[]) =>
      expect(new Set(forms.map(stem)), forms.join('/')).toHaveProperty('size', 1);
    same('expired', 'expires', 'expire', 'expiring', 'expiration');
    same('permission', 'permissions');
    same('authorized', 'authorize', 'authorization');
    same('authenticated', 'authentication', 'authenticate');
    same('validation', 'validated', 'valid');
    same('requests', 'request', 'requested');
    same('subscription', 'subscriptions');
    same('limit', 'limits', 'limited');
    same('denied', 'deny', 'denies');
    same('stopped', 'stop');
    same('messages', 'message');
    same('addresses', 'address');
  });

  it('keeps words that only look inflected, and short words and numbers', () => {
    for (const word of [
      'status',
      'access',
      'this',
      'string',
      'need',
      'used',
      'has',
      'e164',
      '1300',
    ])
      expect(stem(word)).toBe(word);
  });

  it('keeps apart words that mean different things', () => {
    expect(stem('unauthorized')).not.toBe(stem('authorized'));
    expect(stem('format')).not.toBe(stem('form'));
    expect(stem('user')).not.toBe(stem('use'));
  });
});
