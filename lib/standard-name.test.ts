import { describe, expect, it } from 'vitest';
import { isNumberedCode, standardCodeName, standardFullName } from './standard-name';

describe('standard code names', () => {
  it('puts the code after its label', () => {
    expect(standardCodeName('SIP', '486')).toBe('SIP 486');
    expect(standardCodeName('Q.850', '17')).toBe('Q.850 17');
    expect(standardCodeName('SMPP', 'ESME_RTHROTTLED')).toBe('SMPP ESME_RTHROTTLED');
  });

  it('leaves the label alone for a code that has none', () => {
    expect(standardCodeName('Bandwidth', null)).toBe('Bandwidth');
    expect(standardCodeName('Bandwidth', '')).toBe('Bandwidth');
  });

  it('adds the title to a numbered code only', () => {
    expect(standardFullName('SIP', '486', 'Busy Here')).toBe('SIP 486 Busy Here');
    expect(standardFullName('Q.850', '17', 'User busy')).toBe('Q.850 17 User busy');
    expect(standardFullName('SMPP', 'ESME_RTHROTTLED', 'Throttling error')).toBe(
      'SMPP ESME_RTHROTTLED',
    );
  });

  it('counts only a run of digits as a number', () => {
    expect(isNumberedCode('486')).toBe(true);
    expect(isNumberedCode('0x58')).toBe(false);
    expect(isNumberedCode('CMN-101')).toBe(false);
    expect(isNumberedCode(null)).toBe(false);
  });
});
