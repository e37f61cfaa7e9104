/**
 * A light English stemmer for search: folds the inflections error messages use (`expired`,
 * `expires`, `expiring`, `expiration` → `expir`; `permissions` → `permission`) so a query and a
 * message compare equal when they differ only in word form. Query and catalog go through the
 * same rules, so a stem only has to be consistent, not a real word. Deliberately small (no
 * dictionary, no Porter steps 2–5): over-eager stemming joins words that mean different things.
 */

const VOWEL = /[aeiouy]/;
/** Shortest stem kept: `used` stays `used` rather than becoming `us`. */
const MIN_STEM = 3;

const keep = (stem: string) => stem.length >= MIN_STEM && VOWEL.test(stem);

/** `stopped` → `stop`: a doubled final consonant left by `-ed`/`-ing` (not `ll`, `ss`, `zz`). */
function undouble(stem: string): string {
  const n = stem.length;
  const last = stem[n - 1] as string;
  return n > MIN_STEM && last === stem[n - 2] && !/[aeiouylsz]/.test(last)
    ? stem.slice(0, -1)
    : stem;
}

function plural(w: string): string {
  if (w.endsWith('ies') && w.length > 4) return `${w.slice(0, -3)}y`;
  if (/(?:ss|sh|ch|x|z)es$/.test(w)) return w.slice(0, -2);
  if (w.endsWith('s') && !/(?:ss|us|is)$/.test(w) && keep(w.slice(0, -1))) return w.slice(0, -1);
  return w;
}

function verb(w: string): string {
  if (w.endsWith('ied') && w.length > 4) return `${w.slice(0, -3)}y`;
  for (const suffix of ['ing', 'ed']) {
    if (!w.endsWith(suffix)) continue;
    const stem = w.slice(0, -suffix.length);
    if (keep(stem)) return undouble(stem);
  }
  return w;
}

/** `-ate`, `-ated`, `-ating`, `-ation`: `validation`/`validated` → `valid`, `authorization` → `authoriz`. */
const DERIVED = /^(.+?)(?:ation|ating|ated|ate)$/;

const memo = new Map<string, string>();

/** The stem of one folded word (lowercase letters and digits, as `words()` returns them). */
export function stem(word: string): string {
  if (word.length < 4 || /\d/.test(word)) return word;
  let s = memo.get(word);
  if (s !== undefined) return s;
  s = plural(word);
  const derived = DERIVED.exec(s);
  s = derived && keep(derived[1] as string) ? (derived[1] as string) : verb(s);
  if (s.length > MIN_STEM && s.endsWith('e')) s = s.slice(0, -1);
  if (memo.size > 100_000) memo.clear();
  memo.set(word, s);
  return s;
}
