import type { SearchDocument } from '@/lib/search';
import { CATEGORIES, FAULTS, RETRIES } from '@/lib/taxonomy';
import { words as wordsOf } from '@/lib/search/text';
import { createRng } from './random';

const SYLLABLES = 'ka lo mi ne ra to vu pe si da gro fen tal mor quin zel bar dex sor lin'.split(
  ' ',
);
const VARIABLES = ['parameterName', 'extensionId', 'type', '0', '1', 'limit', 'session', 'header'];
const capital = (w: string) => w.charAt(0).toUpperCase() + w.slice(1);

/**
 * Synthetic catalogs shaped like the real one: the vendors in the real proportions, each with its
 * own code style (RingCentral `ABC-123`, BlueJeans `CamelName` + number alias, 8x8 numbers, Vaspian
 * names, Bandwidth no code), messages of real length drawn from the real words plus invented ones
 * (so the vocabulary grows with the catalog), and templates where the vendor has them.
 */
export function syntheticDocuments(real: readonly SearchDocument[], size: number, seed = 7) {
  const r = createRng(seed);
  const realWords = [...new Set(real.flatMap((d) => d.message.split(/\s+/)))].filter((w) =>
    /^[A-Za-z][a-z]+$/.test(w),
  );
  const invented: string[] = [];
  const inventedCount = Math.max(200, Math.round(size / 4));
  for (let i = 0; i < inventedCount; i += 1) {
    const n = 2 + r.int(0, 2);
    invented.push(Array.from({ length: n }, () => r.pick(SYLLABLES)).join(''));
  }
  const word = () => (r.next() < 0.8 ? r.pick(realWords) : r.pick(invented));
  const used = new Set<string>();
  const unique = (make: () => string) => {
    for (;;) {
      const code = make();
      const key = code.toLowerCase().replace(/-/g, '');
      if (!used.has(key)) return (used.add(key), code);
    }
  };

  const out: SearchDocument[] = [];
  for (let i = 0; i < size; i += 1) {
    const model = real[i % real.length] as SearchDocument;
    const length = Math.max(1, wordsOf(model.message).length + r.int(0, 1) - 1);
    const text = Array.from({ length }, word);
    let template: string | null = null;
    if (model.messageKind === 'returned' && r.next() < 0.3) {
      text.splice(1 + r.int(0, length - 1), 0, `[\${${r.pick(VARIABLES)}}]`);
    }
    let message = capital(text.join(' '));
    let code: string | null = null;
    let aliases: string[] = [];
    let slug: string;
    if (model.vendor === 'ringcentral') {
      code = unique(
        () =>
          `${Array.from({ length: 3 }, () => String.fromCharCode(65 + r.int(0, 25))).join('')}-${100 + r.int(0, 899)}`,
      );
    } else if (model.vendor === 'bluejeans') {
      code = unique(
        () =>
          capital(r.pick(invented)) +
          capital(r.pick(realWords)) +
          (r.next() < 0.5 ? 'Exception' : ''),
      );
      aliases = [unique(() => String(10_000_000 + r.int(0, 2_099_999_999)))];
      if (length >= 3 && r.next() < 0.3) template = message.replace(/ (\w+)$/, ' ${value}');
      message = message + ` ${1000 + r.int(0, 89_999)}.`;
    } else if (model.vendor === '8x8') {
      code = unique(() => String(1000 + r.int(0, Math.max(9000, size * 4) - 1)));
    } else if (model.vendor === 'vaspian') {
      code = unique(() => capital(r.pick(realWords)) + capital(r.pick(invented)));
    }
    if (code === null)
      slug = `${model.statuses[0] ?? 400}-${wordsOf(message).slice(0, 6).join('-')}-${i}`;
    else slug = code.toLowerCase();
    out.push({
      key: `${model.vendor}/${slug}`,
      vendor: model.vendor,
      code,
      aliases,
      statuses: model.statuses,
      message,
      template,
      url: `/vendors/${model.vendor}/${slug}/`,
      category: r.pick(CATEGORIES),
      fault: r.pick(FAULTS),
      retry: r.pick(RETRIES),
      messageKind: model.messageKind,
    });
  }
  return out;
}
