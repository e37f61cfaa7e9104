import type { JsonObject } from '@/lib/decode/parse';
import { defineVendorFormat, has, isObject, PLACEHOLDER, scalarFields, str } from './vendor';

const CODE = /^[A-Z]{3}-\d{3}$/i;

function item(o: JsonObject) {
  return {
    codes: [String(o.errorCode).trim()],
    message: str(o.message),
    type: null,
    status: null,
    fields: scalarFields(o),
    // An item carries its values as extra fields (`parameterName`).
    alwaysParam: (key: string) => key !== 'errorCode' && key !== 'message',
    source: o,
  };
}

/** RingCentral: `errors[]` of `{errorCode: "ABC-123", message, parameterName?}`. */
export const ringcentral = defineVendorFormat({
  id: 'ringcentral',
  name: 'RingCentral',
  identifier: CODE,
  recognize(o) {
    const items = Array.isArray(o.errors)
      ? o.errors.filter((e): e is JsonObject => isObject(e) && typeof e.errorCode === 'string')
      : [];
    if (items.length > 0) return items.map(item);
    // One item on its own, as loggers often print it: the ABC-123 shape is RingCentral's.
    if (typeof o.errorCode === 'string' && CODE.test(o.errorCode.trim()) && has(o, 'message'))
      return [item(o)];
    return null;
  },
  example(e) {
    const error: Record<string, unknown> = { errorCode: e.code, message: e.message };
    // RingCentral names the offending parameter beside the message when its text has that variable.
    if (e.variables.includes('parameterName')) error.parameterName = PLACEHOLDER;
    return { errors: [error] };
  },
  labels: {
    product: 'Platform REST API (voice, SMS, fax)',
    shape:
      'A JSON object with an `errors` array; each item has `errorCode` (`ABC-123`), `message`, and sometimes `parameterName`.',
    recognizedBy: '`errors[]` of `{errorCode: "ABC-123", message, parameterName?}`.',
  },
});
