import { recognitionOrder } from '@/lib/namespaces/vendors';
import type { RawError, Seen, VendorFormat } from '@/lib/namespaces/vendor';
import type { JsonObject } from './parse';

type Recognizer = { format: VendorFormat; claimedElsewhere: (code: string) => boolean };

let cached: { order: readonly VendorFormat[]; recognizers: Recognizer[] } | null = null;

/** The formats in recognition order, each with the test for codes other formats claim. */
function recognizers(): Recognizer[] {
  const order = recognitionOrder();
  if (cached?.order !== order) {
    const recognizers = order.map((format) => {
      const others = order.filter((f) => f !== format && f.identifier !== undefined);
      return {
        format,
        claimedElsewhere: (code: string) => others.some((f) => f.identifier?.test(code)),
      };
    });
    cached = { order, recognizers };
  }
  return cached.recognizers;
}

/**
 * The errors an object states, when its keys are one known format's body shape (each format's
 * module in `lib/namespaces/` says how). `cut`: the object was cut off before it closed, so the
 * keys that would complete its shape may be missing; a vendor's identifier is then enough (it
 * still has to resolve to be a match). `cutValue`: the string of this object the input was cut
 * off inside.
 */
export function recognize(
  o: JsonObject,
  cut = false,
  cutValue: Seen['cutValue'] = null,
): RawError[] | null {
  // One object for every format: this runs for each object of every input.
  const seen: Seen = { cut, cutValue, claimedElsewhere: () => false };
  for (const { format, claimedElsewhere } of recognizers()) {
    seen.claimedElsewhere = claimedElsewhere;
    const found = format.recognize(o, seen);
    if (found) return found.map((raw) => ({ ...raw, format: format.id }));
  }
  return null;
}

export { statusOf, isObject } from '@/lib/namespaces/vendor';
