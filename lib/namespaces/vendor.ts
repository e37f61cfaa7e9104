import type { Entry } from '@/lib/catalog/types';
import type { Json, JsonObject } from '@/lib/decode/parse';

/** One error as a vendor body states it, before it is matched against the catalog. */
export type RawError = {
  /** The id of the format module that recognized it. */
  format: string;
  /** Identifiers to try, most specific first (BlueJeans: errorName, then the number). */
  codes: string[];
  message: string | null;
  /** Bandwidth's `type`. */
  type: string | null;
  /** A status stated inside the body (Vaspian `httpCode`). */
  status: number | null;
  /** Other string fields of the error, offered as template values (`parameterName`). */
  fields: Record<string, string>;
  /** Fields that are template values even when the template does not name them. */
  alwaysParam?: (key: string) => boolean;
  /** The HTTP status the body's code stands for, when the format uses statuses as codes. */
  statusFromCode?: number | null;
  /** The object the error came from, to tell whether it was cut off. */
  source: object;
  /** The beginning of a message the input was cut off inside (its `message` is then null). */
  partialMessage?: string;
};

/** How the object being recognized was read. */
export type Seen = {
  /** The object was cut off before it closed: keys that would complete its shape may be missing. */
  cut: boolean;
  /** The string of this object the input was cut off inside, as far as it got. */
  cutValue: { key: string; text: string } | null;
  /** Whether another format's own identifier shape (`CMN-101`) claims this code. */
  claimedElsewhere: (code: string) => boolean;
};

/** The facts an example body is built from. */
export type ExampleFacts = Pick<
  Entry,
  'code' | 'aliases' | 'statuses' | 'message' | 'type' | 'detailKeys' | 'variables'
>;

/**
 * An illustrative error body in a vendor's own format, built only from an entry's documented
 * facts. Values the documentation does not give (ids, timestamps, detail values) are visible
 * placeholders, never made-up data that could pass for real output.
 */
export type ExampleBody = Record<string, unknown>;

/** Stands in for a value the vendor's documentation does not give. */
export const PLACEHOLDER = '…';

/**
 * Everything specific to one vendor body format: how a parsed object is recognized as one and
 * what errors it states, the shape of its codes, the example body an entry gets, and the words
 * the faces use for it. The decoder, example bodies, entry facts, CLI help and the synthetic
 * vendor files derive from these, so adding a format needs no edit anywhere else.
 */
export type VendorFormat<Id extends string = string> = {
  /** Format id: a vendor file's `format:` names it. */
  id: Id;
  /** The format's name in prose: who answers with it (`RingCentral`). */
  name: string;
  /** The shape only this format's codes have, when they have one (RingCentral `CMN-101`). */
  identifier?: RegExp;
  /**
   * Its keys are common words (Bandwidth's `type` and `description`): tried after every other
   * format, so a body that also has another format's keys is that format's.
   */
  genericKeys?: boolean;
  /** The errors an object states when its keys are this format's shape, or null. */
  recognize: (o: JsonObject, seen: Seen) => Omit<RawError, 'format'>[] | null;
  /** The example body for an entry, or null when its facts cannot make an honest one. */
  example: (entry: ExampleFacts) => ExampleBody | null;
  /** Words the faces use. */
  labels: {
    /**
     * Under "No code" on an entry page: how an entry without a code is identified (by default an
     * HTTP-level row, identified by its status).
     */
    codeless: string;
    /** The product whose errors come in this format, in words (synthetic vendor files). */
    product: string;
    /** The body shape in words (synthetic vendor files). */
    shape: string;
    /** The keys the recognizer requires, in words (synthetic vendor files). */
    recognizedBy: string;
  };
};

/** A format as its module writes it: `labels.codeless` may be left to the usual wording. */
type VendorFormatDefinition<Id extends string> = Omit<VendorFormat<Id>, 'labels'> & {
  labels: Omit<VendorFormat['labels'], 'codeless'> & { codeless?: string };
};

export function defineVendorFormat<const Id extends string>(
  def: VendorFormatDefinition<Id>,
): VendorFormat<Id> {
  return {
    ...def,
    labels: { codeless: 'An HTTP-level row, identified by its status', ...def.labels },
  };
}

/* Helpers the format modules share for reading parsed JSON. */

export const isObject = (v: Json | undefined): v is JsonObject =>
  typeof v === 'object' && v !== null && !Array.isArray(v);
export const str = (v: Json | undefined): string | null =>
  typeof v === 'string' && v.trim() ? v.trim() : null;
export const has = (o: JsonObject, key: string): boolean => o[key] !== undefined;
export const isNumber = (v: Json | undefined): boolean =>
  typeof v === 'number' || (typeof v === 'string' && /^\d+$/.test(v.trim()));
export const isWord = (v: Json | undefined): v is string =>
  typeof v === 'string' && /^[A-Za-z][A-Za-z0-9_.-]*$/.test(v.trim());

export function scalarFields(o: JsonObject): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(o))
    if (typeof v === 'string' || typeof v === 'number') out[k] = String(v);
  return out;
}

export function statusOf(v: Json | undefined): number | null {
  const n = typeof v === 'string' ? Number(v) : v;
  return typeof n === 'number' && Number.isInteger(n) && n >= 100 && n <= 599 ? n : null;
}

/** The first all-digit value: a numeric alias as a number. */
export function firstNumber(values: string[]): number | null {
  const found = values.find((v) => /^\d+$/.test(v));
  return found === undefined ? null : Number(found);
}
