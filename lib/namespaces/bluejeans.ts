import {
  defineVendorFormat,
  firstNumber,
  has,
  isNumber,
  isObject,
  isWord,
  PLACEHOLDER,
  scalarFields,
  str,
} from './vendor';

/** BlueJeans: `errorCode` (a number) and `errorName` (a word) name the error; `errorDetails` fills it in. */
export const bluejeans = defineVendorFormat({
  id: 'bluejeans',
  name: 'BlueJeans',
  recognize(o, { cut }) {
    const code = isNumber(o.errorCode);
    const name = isWord(o.errorName);
    if (
      !((code || name) && (has(o, 'errorMessage') || has(o, 'errorDetails') || cut)) &&
      !(code && name)
    )
      return null;
    const codes = [name ? String(o.errorName) : null, code ? String(o.errorCode).trim() : null];
    return [
      {
        codes: codes.filter((c): c is string => c !== null),
        message: str(o.errorMessage),
        type: null,
        status: null,
        fields: isObject(o.errorDetails) ? scalarFields(o.errorDetails) : {},
        source: o,
      },
    ];
  },
  example: (e) => ({
    errorCode: firstNumber(e.aliases),
    errorName: e.code,
    errorMessage: e.message,
    errorDetails: Object.fromEntries(e.detailKeys.map((k) => [k, PLACEHOLDER])),
  }),
  labels: {
    product: 'Meetings and Relay API',
    shape:
      'A JSON object with `errorCode` (a number), `errorName` (a word), `errorMessage` (one filled-in text) and an `errorDetails` object whose keys depend on the error.',
    recognizedBy:
      '`errorCode` a number or `errorName` a word, plus `errorMessage` or `errorDetails` (or both identifiers).',
  },
});
