import {
  defineVendorFormat,
  has,
  isObject,
  isWord,
  PLACEHOLDER,
  scalarFields,
  statusOf,
  str,
} from './vendor';

/** Vaspian (HAL): `errorCode` a word, with `httpCode`, `localizedUserMessage` or `_links`. */
export const vaspian = defineVendorFormat({
  id: 'vaspian',
  name: 'Vaspian',
  recognize(o, { cut, claimedElsewhere }) {
    if (!isWord(o.errorCode) || claimedElsewhere(String(o.errorCode))) return null;
    if (!has(o, 'httpCode') && !has(o, 'localizedUserMessage') && !has(o, '_links') && !cut)
      return null;
    const user = isObject(o.localizedUserMessage) ? o.localizedUserMessage : {};
    const values = user.paramValues;
    const fields: Record<string, string> = {};
    if (isObject(values)) Object.assign(fields, scalarFields(values));
    else if (Array.isArray(values))
      values.forEach((v, i) => {
        if (typeof v === 'string' || typeof v === 'number') fields[String(i)] = String(v);
      });
    return [
      {
        codes: [String(o.errorCode).trim()],
        message: str(user.renderedMessage) ?? str(o.developerMessage),
        type: null,
        status: statusOf(o.httpCode),
        fields,
        // paramValues are the message's values, whatever the template calls them.
        alwaysParam: () => true,
        source: o,
      },
    ];
  },
  example: (e) => ({
    _links: { about: { href: `/api/v1/${PLACEHOLDER}` } },
    errorCode: e.code,
    httpCode: e.statuses[0] ?? null,
    localizedUserMessage: { key: PLACEHOLDER, renderedMessage: e.message },
  }),
  labels: {
    product: 'Call control REST API (HAL)',
    shape:
      'A HAL JSON object with `errorCode` (a word), `httpCode`, `localizedUserMessage` and `_links`.',
    recognizedBy: '`errorCode` a word, plus `httpCode` or `localizedUserMessage` or `_links`.',
  },
});
