import { STANDARDS } from '@/lib/namespaces/standards';
import type { CatalogView } from './index';

/** The standards the catalog carries codes of, in registry order: `label` prefixes a code (`SIP 486`). */
export function catalogStandards(view: CatalogView): { id: string; name: string; label: string }[] {
  const used = new Set(view.catalog.standards.map((s) => s.namespace));
  return STANDARDS.filter((s) => used.has(s.id)).map(({ id, name, label }) => ({
    id,
    name,
    label,
  }));
}

/** Namespace id → how results name it: the vendor's name, or the standard's label. */
export function namespaceNames(view: CatalogView): Record<string, string> {
  return Object.fromEntries([
    ...view.getVendors().map((v) => [v.id, v.name]),
    ...catalogStandards(view).map((s) => [s.id, s.label]),
  ]);
}
