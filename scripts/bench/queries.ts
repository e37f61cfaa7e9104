import type { HitKind, SearchDocument, SearchHit } from '@/lib/search';
import { templateParts } from '@/lib/template';
import { canMisspell, words } from '@/lib/search/text';
import { matchableTemplate } from '@/lib/search/templates';
import type { Rng } from './synth/random';

/** One benchmark query: its text, the entry it was made from, and what a sane result looks like. */
export type BenchQuery = { kind: HitKind; text: string; target: SearchDocument };

const RANK: Record<HitKind, number> = {
  code: 0,
  template: 1,
  phrase: 2,
  words: 3,
  prefix: 4,
  typo: 5,
  partial: 6,
};

function literalWords(doc: SearchDocument): string[] {
  return words(
    templateParts(matchableTemplate(doc) ?? doc.message)
      .map((p) => (p.variable === undefined ? p.text : ' | '))
      .join(''),
  );
}

const frequencies = new WeakMap<readonly SearchDocument[], Map<string, number>>();
/** How many documents' messages hold the word (counted once per catalog). */
function df(docs: readonly SearchDocument[], word: string): number {
  let counts = frequencies.get(docs);
  if (!counts) {
    counts = new Map();
    for (const d of docs)
      for (const w of new Set(words(d.message))) counts.set(w, (counts.get(w) ?? 0) + 1);
    frequencies.set(docs, counts);
  }
  return counts.get(word) ?? 0;
}

function makeQuery(
  kind: HitKind,
  doc: SearchDocument,
  r: Rng,
  docs: readonly SearchDocument[],
): string | null {
  const ws = literalWords(doc);
  switch (kind) {
    case 'code': {
      const ids = [doc.code, ...doc.aliases].filter((x): x is string => x !== null);
      if (ids.length === 0) return null;
      const id = r.pick(ids);
      return r.pick([id, id.toLowerCase(), id.replace(/-/g, ''), id.toUpperCase()]);
    }
    case 'template': {
      const template = matchableTemplate(doc);
      if (!template) return null;
      return templateParts(template)
        .map((p) => (p.variable === undefined ? p.text : `v${r.int(0, 999_999).toString(16)}`))
        .join('');
    }
    case 'phrase': {
      const runs = doc.message
        .split(/\$\{[^}]*\}|\{[^}]*\}/)
        .map(words)
        .filter((w) => w.length >= 2);
      if (runs.length === 0) return null;
      const run = r.pick(runs);
      const n = Math.min(run.length, 2 + r.int(0, 1));
      const start = r.int(0, run.length - n);
      return run.slice(start, start + n).join(' ');
    }
    case 'words':
      return ws.length >= 3 ? `${ws[ws.length - 1]} ${ws[0]}` : null;
    case 'prefix': {
      const long = ws.filter((w) => w.length >= 7 && !/\d/.test(w));
      return long.length ? r.pick(long).slice(0, 4 + r.int(0, 1)) : null;
    }
    case 'partial': {
      // A question about the message with its commonest word dropped (dropping the one word
      // that tells entries apart would leave nothing to find it by): no exact stage matches.
      if (ws.length < 4) return null;
      const at = ws.reduce(
        (best, w, i) => (df(docs, w) > df(docs, ws[best] as string) ? i : best),
        0,
      );
      return `Why am I getting ${[...ws.slice(0, at), ...ws.slice(at + 1)].join(' ')} on every call`;
    }
    case 'typo': {
      const long = ws.filter((w) => canMisspell(w) && w.length >= 6);
      if (!long.length) return null;
      const w = r.pick(long);
      const at = 1 + r.int(0, w.length - 3);
      const typo = w.slice(0, at) + w.slice(at + 1);
      const other = ws.find((x) => x !== w && x.length >= 4);
      return other ? `${typo} ${other}` : typo;
    }
  }
}

export function makeQueries(docs: readonly SearchDocument[], kind: HitKind, n: number, r: Rng) {
  const out: BenchQuery[] = [];
  for (let tries = 0; out.length < n && tries < n * 200; tries += 1) {
    const target = r.pick(docs);
    const text = makeQuery(kind, target, r, docs);
    if (text) out.push({ kind, text, target });
  }
  return out;
}

/** Why a result is wrong for its query, or null: codes and templates must put their entry first. */
export function qualityProblem(q: BenchQuery, hits: SearchHit[]): string | null {
  const first = hits[0];
  if (!first) return 'no result';
  if (q.kind === 'code' && first.doc.key !== q.target.key) return `first hit ${first.doc.key}`;
  if (q.kind === 'partial' && !hits.slice(0, 10).some((h) => h.doc.key === q.target.key))
    return 'entry not in the first 10';
  if (q.kind === 'template') {
    const ranked = hits.filter((h) => h.kind === 'template').map((h) => h.doc.key);
    if (!ranked.includes(q.target.key)) return 'entry not among the template hits';
  }
  if (RANK[first.kind] > RANK[q.kind]) return `first hit is only a ${first.kind} match`;
  return null;
}
