import { defineVendorFormat, has, isNumber, str } from './vendor';

const PLACEHOLDER_UUID = '00000000-0000-0000-0000-000000000000';
const PLACEHOLDER_TIME = '2000-01-01T00:00:00.00Z';

/** 8x8 (SMS, Chat Apps): `code` a number and `message`, plus `errorId` or `timestamp`. */
export const eightByEight = defineVendorFormat({
  id: '8x8',
  name: '8x8',
  recognize(o, { cut }) {
    if (!isNumber(o.code) || !(typeof o.message === 'string' || (cut && has(o, 'message'))))
      return null;
    if (!has(o, 'errorId') && !has(o, 'timestamp') && !cut) return null;
    const code = String(o.code).trim();
    return [
      {
        codes: [code],
        message: str(o.message),
        type: null,
        status: null,
        fields: {},
        // 8x8 documents its HTTP-level errors without a code; its API reference shows such
        // bodies with the status as the code (`{"code":429,…}` for its HTTP 429 row).
        statusFromCode: /^[1-5]\d\d$/.test(code) ? Number(code) : null,
        source: o,
      },
    ];
  },
  example(e) {
    // 8x8's HTTP-level rows document a status, not a body code: no honest body can be built.
    if (e.code === null || !/^\d+$/.test(e.code)) return null;
    return {
      code: Number(e.code),
      message: e.message,
      errorId: PLACEHOLDER_UUID,
      timestamp: PLACEHOLDER_TIME,
    };
  },
  labels: {
    product: 'SMS API and Chat Apps API',
    shape: 'A JSON object with `code` (an integer), `message`, `errorId` (a UUID) and `timestamp`.',
    recognizedBy: '`code` a number and `message`, plus `errorId` or `timestamp`.',
  },
});
