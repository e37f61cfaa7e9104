import { bandwidth } from './bandwidth';
import { bluejeans } from './bluejeans';
import { eightByEight } from './eight-by-eight';
import { ringcentral } from './ringcentral';
import { vaspian } from './vaspian';
import type { VendorFormat } from './vendor';

const formats: VendorFormat[] = [];
let order: VendorFormat[] | null = null;

/**
 * Adds a vendor body format: from then on a vendor file may name it, the decoder recognizes it,
 * and entries of its vendors get its example body and labels. The built-in formats go through
 * here too, so a test can add one the same way.
 */
export function registerVendorFormat(format: VendorFormat): void {
  if (formats.some((f) => f.id === format.id))
    throw new Error(`vendor format "${format.id}" is registered twice`);
  formats.push(format);
  order = null;
}

// Adding a vendor is a module and an entry here (in DESIGN's order of the catalog table).
for (const format of [bluejeans, vaspian, ringcentral, bandwidth, eightByEight])
  registerVendorFormat(format);

/** Every registered format, in the order they were registered. */
export const vendorFormats = (): readonly VendorFormat[] => formats;

export const vendorFormat = (id: string): VendorFormat | undefined =>
  formats.find((f) => f.id === id);

/**
 * The order a parsed object is tried in: formats whose codes have a shape of their own first
 * (RingCentral's `errors[]` wins over a repeated top-level `errorCode`), formats whose keys are
 * common words last.
 */
export function recognitionOrder(): readonly VendorFormat[] {
  const rank = (f: VendorFormat) => (f.identifier ? 0 : f.genericKeys ? 2 : 1);
  order ??= [...formats].sort((a, b) => rank(a) - rank(b));
  return order;
}
