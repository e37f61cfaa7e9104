import { templateParts } from '@/lib/template';

/**
 * Crafted messages for a template: text that repeats the template's own literal pieces so a
 * backtracking matcher tries every way of splitting it into values, then fails (or succeeds)
 * only at the very end. Used by the template tests and `npm run bench:decode -- --crafted`.
 */

/** The literal pieces of a template, in order ('' where two variables touch). */
function literals(template: string): string[] {
  const out: string[] = [];
  let pending = '';
  for (const part of templateParts(template)) {
    if (part.variable === undefined) pending += part.text;
    else {
      out.push(pending);
      pending = '';
    }
  }
  out.push(pending);
  return out;
}

/**
 * One crafted text per way of failing: the middle literals repeated with one of them left out
 * (so the matcher never finds a complete instance), plus one whose instance completes only at
 * the end. Each text is about `length` characters.
 */
export function craftedMessages(template: string, length: number): string[] {
  const lits = literals(template);
  if (lits.length < 2) return [];
  const head = lits[0] as string;
  const tail = lits[lits.length - 1] as string;
  const middle = lits.slice(1, -1);
  const texts: string[] = [];
  // Leave out each middle literal in turn, and the last one; 'x' stands for a value. The
  // others come interleaved (`x, x, x`) and in blocks (every `[` before every `,`), since the
  // blocks multiply a backtracking matcher's choices: a×b×c ways rather than about n²/2.
  for (let skip = 0; skip <= middle.length; skip += 1) {
    const kept = [...middle, tail].filter((_, i) => i !== skip && [...middle, tail][i] !== '');
    const unit = kept.map((l) => `x${l}`);
    // The left-out literal also once, out of place, right after the head: then the text holds
    // every literal (it passes a "contains each literal" filter) and still fails late.
    const left = [...middle, tail][skip] as string;
    for (const start of left.trim() ? [head, head + left] : [head]) {
      texts.push(fill(start, unit.join('') || 'x', length, '~'));
      if (kept.length < 2) continue;
      const share = Math.floor((length - start.length - 1) / kept.length);
      const blocks = unit.map((u) => u.repeat(Math.max(1, Math.floor(share / u.length))));
      texts.push(start + blocks.join('') + '~');
    }
  }
  // Every literal, repeated: an instance exists, but the values are full of look-alikes.
  texts.push(fill(head, [...middle, tail].map((l) => `x${l}`).join(''), length, ''));
  return texts;
}

function fill(head: string, unit: string, length: number, end: string): string {
  const times = Math.max(1, Math.floor((length - head.length - end.length) / unit.length));
  return head + unit.repeat(times) + end;
}
