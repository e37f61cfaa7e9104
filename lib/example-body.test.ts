import { describe, expect, it } from 'vitest';
import { loadCatalog } from '@/lib/catalog/load';
import { exampleBody, exampleBodyJson, PLACEHOLDER } from './example-body';

const base = {
  code: null,
  aliases: [],
  statuses: [],
  message: 'x',
  type: null,
  detailKeys: [],
  variables: [],
};

describe('exampleBody per vendor format', () => {
  it('BlueJeans: numeric alias as errorCode, name, message, documented detail keys', () => {
    const body = exampleBody('bluejeans', {
      ...base,
      code: 'BadCommand',
      aliases: ['47328961'],
      statuses: [500],
      message: 'Listener Service could not parse the command.',
      detailKeys: ['commandName', 'causes'],
    });
    expect(body).toEqual({
      errorCode: 47328961,
      errorName: 'BadCommand',
      errorMessage: 'Listener Service could not parse the command.',
      errorDetails: { commandName: PLACEHOLDER, causes: PLACEHOLDER },
    });
  });

  it('Vaspian: HAL body with _links.about, errorCode, httpCode and the rendered message', () => {
    const body = exampleBody('vaspian', {
      ...base,
      code: 'ResourceNotFound',
      statuses: [404],
      message: 'Requested resource not found',
    });
    expect(body).toMatchObject({
      _links: { about: { href: expect.stringMatching(/^\/api\//) } },
      errorCode: 'ResourceNotFound',
      httpCode: 404,
      localizedUserMessage: { renderedMessage: 'Requested resource not found' },
    });
  });

  it('RingCentral: an errors array, with parameterName only when the message names one', () => {
    expect(
      exampleBody('ringcentral', {
        ...base,
        code: 'CMN-101',
        message: 'Parameter [${parameterName}] value is invalid',
        variables: ['parameterName'],
      }),
    ).toEqual({
      errors: [
        {
          errorCode: 'CMN-101',
          message: 'Parameter [${parameterName}] value is invalid',
          parameterName: PLACEHOLDER,
        },
      ],
    });
    expect(
      exampleBody('ringcentral', { ...base, code: 'CMN-102', message: 'Resource not found' }),
    ).toEqual({
      errors: [{ errorCode: 'CMN-102', message: 'Resource not found' }],
    });
  });

  it('Bandwidth: type, description and a null id', () => {
    expect(
      exampleBody('bandwidth', { ...base, type: 'validation', message: 'Bad Request' }),
    ).toEqual({
      type: 'validation',
      description: 'Bad Request',
      id: null,
    });
  });

  it('8x8: numeric code with message, errorId and timestamp; none for HTTP-level rows', () => {
    expect(exampleBody('8x8', { ...base, code: '1300', message: 'Not found' })).toMatchObject({
      code: 1300,
      message: 'Not found',
      errorId: expect.stringMatching(/^[0-9a-f-]{36}$/),
      timestamp: expect.any(String),
    });
    expect(exampleBody('8x8', { ...base, code: null, statuses: [422] })).toBeNull();
  });
});

describe('exampleBodyJson over the whole catalog', () => {
  const catalog = loadCatalog();
  const formats = new Map(catalog.vendors.map((v) => [v.id, v.format]));

  it('keeps every code and message verbatim in valid JSON', () => {
    let built = 0;
    for (const entry of catalog.entries) {
      const json = exampleBodyJson(formats.get(entry.vendor)!, entry);
      if (json === null) {
        expect(entry.vendor === '8x8' && entry.code === null).toBe(true);
        continue;
      }
      built += 1;
      const text = JSON.stringify(JSON.parse(json));
      expect(text).toContain(JSON.stringify(entry.message));
      if (entry.code !== null) expect(text).toContain(JSON.stringify(entry.code).slice(1, -1));
    }
    expect(built).toBeGreaterThan(250);
  });
});
