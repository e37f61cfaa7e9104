import fs from 'node:fs';
import path from 'node:path';
import { createCatalogView, type CatalogView } from './index';
import type { Catalog } from './types';

/**
 * Build-time access for routes: reads the catalog that `scripts/build/prebuild.ts` validated into
 * `generated/catalog.json`, once per process.
 */
let view: CatalogView | null = null;

export function getCatalog(): CatalogView {
  if (view) return view;
  const file = path.resolve('generated', 'catalog.json');
  if (!fs.existsSync(file))
    throw new Error(
      'generated/catalog.json is missing: run `npm run build` (it validates content first)',
    );
  view = createCatalogView(JSON.parse(fs.readFileSync(file, 'utf8')) as Catalog);
  return view;
}
