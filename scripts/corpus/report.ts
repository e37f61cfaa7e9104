/**
 * `npm run corpus`: runs every corpus item through the library's decoder and search and prints
 * hit@1, hit@3 and exact-match rates per kind and per vendor, then the misses. Exit 1 on a bad
 * corpus file (one line); the rates themselves are held by scripts/corpus/corpus.test.ts.
 */
import { loadCatalog } from '@/lib/catalog/load';
import { CorpusError, loadCorpus } from './load';
import { corpusReport, libraryRunner, runCorpus } from './run';

try {
  const runner = libraryRunner(loadCatalog());
  const items = loadCorpus('corpus', runner.known);
  console.log(corpusReport(runCorpus(items, runner)));
} catch (error) {
  if (!(error instanceof CorpusError) && !(error instanceof Error && error.name === 'ContentError'))
    throw error;
  console.error(`corpus: ${error.message}`);
  process.exit(1);
}
