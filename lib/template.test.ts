import { describe, expect, it } from 'vitest';
import {
  foldText,
  literalText,
  matchTemplate,
  matchTemplateAt,
  matchTemplateStart,
  templateParts,
  templateVariables,
  textMatches,
} from './template';

describe('templateVariables', () => {
  it('finds ${name}, ${0} and {name} variables in order, once each', () => {
    expect(templateVariables('Parameter [${parameterName}] value is invalid.')).toEqual([
      'parameterName',
    ]);
    expect(templateVariables('${0} must be within the range [${1}, ${2}], but was ${3}')).toEqual([
      '0',
      '1',
      '2',
      '3',
    ]);
    expect(templateVariables('[{permissionName}] permission required')).toEqual(['permissionName']);
    expect(templateVariables('Parameter [brandId] is invalid')).toEqual([]);
  });

  it('splits literal text from variables', () => {
    expect(templateParts('Call [${0}] not found')).toEqual([
      { text: 'Call [' },
      { text: '${0}', variable: '0' },
      { text: '] not found' },
    ]);
  });

  it('drops variables from the literal text', () => {
    expect(literalText('Call [${0}] not found')).toBe('Call [ ] not found');
  });
});

describe('matchTemplate', () => {
  it('binds the values of a filled-in message', () => {
    expect(
      matchTemplate(
        'Parameter [${parameterName}] value is invalid.',
        'Parameter [extensionId] value is invalid.',
      ),
    ).toEqual({
      parameterName: 'extensionId',
    });
    expect(matchTemplate('Call [${0}] not found', 'Call [c-2a913f94] not found')).toEqual({
      0: 'c-2a913f94',
    });
    expect(
      matchTemplate(
        '${0} must be within the range [${1}, ${2}], but was ${3}',
        'callTimeout must be within the range [1, 300], but was 900',
      ),
    ).toEqual({ 0: 'callTimeout', 1: '1', 2: '300', 3: '900' });
  });

  it('folds case, spacing, quotes and a final period but keeps the values as seen', () => {
    expect(
      matchTemplate(
        'Header ${header} should be specified.',
        'header  X-Request-Id should be specified',
      ),
    ).toEqual({
      header: 'X-Request-Id',
    });
  });

  it('rejects texts that are not instances', () => {
    expect(matchTemplate('Call [${0}] not found', 'Call not found')).toBeNull();
    expect(
      matchTemplate('Parameter [brandId] is invalid', 'Parameter [brandId] is invalid'),
    ).toBeNull();
    expect(matchTemplate('Call [${0}] not found', 'x'.repeat(5000))).toBeNull();
  });

  it('requires a repeated variable to bind one value', () => {
    expect(matchTemplate('${a} and ${a}', 'x and x')).toEqual({ a: 'x' });
    expect(matchTemplate('${a} and ${a}', 'x and y')).toBeNull();
  });
});

describe('textMatches and foldText', () => {
  it('treats typographic quotes and a missing period as the same text', () => {
    expect(foldText('SubAccount don’t have channels.')).toBe("subaccount don't have channels");
    expect(textMatches('Access token expired.', 'access token expired')).toBe(true);
    expect(textMatches('Access token expired.', 'Access token corrupted.')).toBe(false);
  });

  it('folds plain ASCII and other text alike: spaces, tabs, line breaks, width forms', () => {
    expect(foldText('  Access   token expired. ')).toBe('access token expired');
    expect(foldText('Access\t token\r\nexpired.')).toBe('access token expired');
    expect(foldText('Access\u00a0token \uff25xpired.')).toBe('access token expired');
    expect(foldText('Access \u201ctoken\u201d  expired')).toBe('access "token" expired');
  });
});

describe('a value before the final period', () => {
  it('is one sentence: it does not run past a sentence end', () => {
    expect(
      matchTemplate('Closed for room ${name}.', 'Closed for room Blue 4. Try later'),
    ).toBeNull();
    expect(matchTemplate('Closed for room ${name}.', 'Closed for room Blue 4.')).toEqual({
      name: 'Blue 4',
    });
    expect(matchTemplate('No room with id ${id}.', 'No room with id 10.2.3. next=1')).toBeNull();
    expect(matchTemplate('No room with id ${id}.', 'No room with id 10.2.3')).toEqual({
      id: '10.2.3',
    });
  });
});

describe('matchTemplateAt', () => {
  it('matches a message at the start of a longer line and says how much it took', () => {
    expect(matchTemplateAt('Call [${0}] not found', 'Call [c-51] not found, giving up')).toEqual({
      params: { 0: 'c-51' },
      length: 'Call [c-51] not found'.length,
    });
    expect(
      matchTemplateAt('Feature not available.', 'Feature not available (plan: basic)'),
    ).toEqual({ params: {}, length: 'Feature not available'.length });
  });

  it('ends a final value at the final period', () => {
    expect(
      matchTemplateAt(
        'Recording is disabled for meeting ${id}.',
        'Recording is disabled for meeting 8080. next',
      )?.params,
    ).toEqual({ id: '8080' });
  });

  it('needs a boundary after the message, not more words', () => {
    expect(
      matchTemplateAt('Phone number is blocked', 'Phone number is blocked by policy'),
    ).toBeNull();
    expect(matchTemplateAt('Phone number is blocked', 'Phone number is blockedness')).toBeNull();
  });

  it('lets a template ending in a variable take the rest of the text', () => {
    expect(matchTemplateAt('Header ${h} is ${v}', 'Header X-Id is not a number')?.params).toEqual({
      h: 'X-Id',
      v: 'not a number',
    });
  });
});

describe('matchTemplateStart', () => {
  it('says how much of the literal text a cut-off beginning shows', () => {
    const phone = 'Invalid to: must be an E164 telephone number';
    expect(matchTemplateStart(phone, 'Invalid to: must be an E164 tel')).toBe(31);
    expect(matchTemplateStart(phone, '  invalid  TO: must')).toBe('Invalid to: must'.length);
    expect(matchTemplateStart(phone, phone)).toBe(phone.length);
    const call = 'Call [${0}] cannot be modified in its current state';
    expect(matchTemplateStart(call, 'Call [c-77a1] cannot be mod')).toBe(
      'Call [] cannot be mod'.length,
    );
    // Cut inside a value: what came before it is shown whole.
    expect(matchTemplateStart(call, 'Call [c-77')).toBe('Call ['.length);
    expect(
      matchTemplateStart(
        '${0} must be within the range [${1}, ${2}], but was ${3}',
        'x must be wi',
      ),
    ).toBe(' must be wi'.length);
  });

  it('rejects a text that departs from the template before it was cut', () => {
    expect(
      matchTemplateStart('Invalid to: must be an E164 telephone number', 'Invalid from: mu'),
    ).toBeNull();
    expect(matchTemplateStart('Call [${0}] not found', 'Calling [c-1')).toBeNull();
    expect(matchTemplateStart('Call [${0}] not found', '')).toBeNull();
  });
});
