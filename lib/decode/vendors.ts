import type { BodyFormat } from '@/lib/taxonomy';
import type { Json, JsonObject } from './parse';

/** One error as a vendor body states it, before it is matched against the catalog. */
export type RawError = {
  format: BodyFormat;
  /** Identifiers to try, most specific first (BlueJeans: errorName, then the number). */
  codes: string[];
  message: string | null;
  /** Bandwidth's `type`. */
  type: string | null;
  /** A status stated inside the body (Vaspian `httpCode`). */
  status: number | null;
  /** Other string fields of the error, offered as template values (`parameterName`). */
  fields: Record<string, string>;
  /** The object the error came from, to tell whether it was cut off. */
  source: object;
  /** The beginning of a message the input was cut off inside (its `message` is then null). */
  partialMessage?: string;
};

/** A string value the input was cut off inside, as far as it got. */
type CutValue = { key: string; text: string };

const isObject = (v: Json | undefined): v is JsonObject =>
  typeof v === 'object' && v !== null && !Array.isArray(v);
const str = (v: Json | undefined): string | null =>
  typeof v === 'string' && v.trim() ? v.trim() : null;
const has = (o: JsonObject, key: string): boolean => o[key] !== undefined;
const isNumber = (v: Json | undefined): boolean =>
  typeof v === 'number' || (typeof v === 'string' && /^\d+$/.test(v.trim()));
const isWord = (v: Json | undefined): v is string =>
  typeof v === 'string' && /^[A-Za-z][A-Za-z0-9_.-]*$/.test(v.trim());
const RC_CODE = /^[A-Z]{3}-\d{3}$/i;

function scalarFields(o: JsonObject): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(o))
    if (typeof v === 'string' || typeof v === 'number') out[k] = String(v);
  return out;
}

function statusOf(v: Json | undefined): number | null {
  const n = typeof v === 'string' ? Number(v) : v;
  return typeof n === 'number' && Number.isInteger(n) && n >= 100 && n <= 599 ? n : null;
}

function bluejeans(o: JsonObject, cut: boolean): RawError[] | null {
  const code = isNumber(o.errorCode);
  const name = isWord(o.errorName);
  if (
    !((code || name) && (has(o, 'errorMessage') || has(o, 'errorDetails') || cut)) &&
    !(code && name)
  )
    return null;
  const codes = [name ? String(o.errorName) : null, code ? String(o.errorCode).trim() : null];
  const fields = isObject(o.errorDetails) ? scalarFields(o.errorDetails) : {};
  return [
    {
      format: 'bluejeans',
      codes: codes.filter((c): c is string => c !== null),
      message: str(o.errorMessage),
      type: null,
      status: null,
      fields,
      source: o,
    },
  ];
}

function vaspian(o: JsonObject, cut: boolean): RawError[] | null {
  if (!isWord(o.errorCode) || RC_CODE.test(String(o.errorCode))) return null;
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
      format: 'vaspian',
      codes: [String(o.errorCode).trim()],
      message: str(user.renderedMessage) ?? str(o.developerMessage),
      type: null,
      status: statusOf(o.httpCode),
      fields,
      source: o,
    },
  ];
}

function ringcentralItem(o: JsonObject): RawError {
  return {
    format: 'ringcentral',
    codes: [String(o.errorCode).trim()],
    message: str(o.message),
    type: null,
    status: null,
    fields: scalarFields(o),
    source: o,
  };
}

function ringcentral(o: JsonObject): RawError[] | null {
  const items = Array.isArray(o.errors)
    ? o.errors.filter((e): e is JsonObject => isObject(e) && typeof e.errorCode === 'string')
    : [];
  if (items.length > 0) return items.map(ringcentralItem);
  // One item on its own, as loggers often print it: the ABC-123 shape is RingCentral's.
  if (typeof o.errorCode === 'string' && RC_CODE.test(o.errorCode.trim()) && has(o, 'message'))
    return [ringcentralItem(o)];
  return null;
}

function bandwidth(o: JsonObject, _cut: boolean, cutValue: CutValue | null): RawError[] | null {
  if (typeof o.type !== 'string') return null;
  // Cut off inside its description: the beginning still narrows it down.
  const partial = cutValue?.key === 'description' ? cutValue.text.trim() : '';
  if (typeof o.description !== 'string' && !partial) return null;
  return [
    {
      format: 'bandwidth',
      codes: [],
      message: str(o.description),
      type: o.type.trim(),
      status: null,
      fields: {},
      source: o,
      ...(partial && { partialMessage: partial }),
    },
  ];
}

function eightByEight(o: JsonObject, cut: boolean): RawError[] | null {
  if (!isNumber(o.code) || !(typeof o.message === 'string' || (cut && has(o, 'message'))))
    return null;
  if (!has(o, 'errorId') && !has(o, 'timestamp') && !cut) return null;
  return [
    {
      format: '8x8',
      codes: [String(o.code).trim()],
      message: str(o.message),
      type: null,
      status: null,
      fields: {},
      source: o,
    },
  ];
}

/**
 * Order matters: RingCentral's `errors[]` wins over a repeated top-level `errorCode`. `cut`: the
 * object was cut off before it closed, so the keys that would complete its shape may be missing;
 * a vendor's identifier is then enough (it still has to resolve to be a match).
 */
const RECOGNIZERS: ((
  o: JsonObject,
  cut: boolean,
  cutValue: CutValue | null,
) => RawError[] | null)[] = [ringcentral, bluejeans, vaspian, eightByEight, bandwidth];

/**
 * The errors an object states, when its keys are one known vendor's body shape. `cutValue`: the
 * string of this object the input was cut off inside.
 */
export function recognize(
  o: JsonObject,
  cut = false,
  cutValue: CutValue | null = null,
): RawError[] | null {
  for (const r of RECOGNIZERS) {
    const found = r(o, cut, cutValue);
    if (found) return found;
  }
  return null;
}

export { statusOf, isObject };
