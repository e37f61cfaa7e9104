import path from 'node:path';
import { loadCatalog } from '@/lib/catalog/load';
import { loadCorpus } from './corpus/load';
import { judge, libraryRunner } from './corpus/run';
const catalog = loadCatalog();
const runner = libraryRunner(catalog);
const items = loadCorpus(path.resolve('corpus'), runner.known).filter((i) => !process.argv[2] || i.file.includes(process.argv[2]));
let bad = 0;
for (const item of items) {
  if (item.kind !== 'decode') continue;
  const got = runner.decode(item.input);
  const j = judge(item, got);
  if (!j.exact) { bad++; console.log('MISS', item.id, 'expected', item.expect, 'got', got); }
}
console.log(`${items.length} items, ${bad} misses`);
