import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fastestMs } from './timing';
import { craftedMessages } from './decode/crafted';
import { data } from './decode/test-fixtures';
import { templateOf } from './decode/matcher';
import {
  regexMatchTemplate,
  regexMatchTemplateAt,
  regexMatchTemplateStart,
} from './template-oracle';
import {
  hasVariables,
  matchTemplate,
  matchTemplateAt,
  matchTemplateStart,
  templateParts,
} from './template';

const templates = [
  ...new Set(
    data.entries.map(templateOf).filter((t): t is string => t !== null && hasVariables(t)),
  ),
];

describe('template matching agrees with the backtracking regex it replaced', () => {
  it('on texts spliced from the catalog templates own pieces', () => {
    const piece = fc.constantFrom(
      ...templates.flatMap((t) => templateParts(t).map((p) => (p.variable ? 'v' : p.text))),
      'x',
      ' ',
      '. ',
      '.',
      'ſ',
      'İ',
      ' - ',
      ';',
      ' a=b',
      '"',
    );
    fc.assert(
      fc.property(fc.constantFrom(...templates), fc.array(piece, { maxLength: 12 }), (t, bits) => {
        // Half the time, start from an instance and splice the rest in.
        const parts = templateParts(t).map((p) => (p.variable ? (bits.shift() ?? 'v') : p.text));
        const text = parts.join('') + bits.join('');
        for (const x of [text, bits.join(''), parts.join('').slice(0, bits.length * 3)]) {
          expect(matchTemplate(t, x)).toEqual(regexMatchTemplate(t, x));
          expect(matchTemplateAt(t, x)).toEqual(regexMatchTemplateAt(t, x));
          expect(matchTemplateStart(t, x)).toEqual(regexMatchTemplateStart(t, x));
        }
      }),
      { numRuns: 3000 },
    );
  });
});

/** Fewest milliseconds of a few runs (each ten rounds): the least disturbed by other work. */
function fastest(run: () => void): number {
  return fastestMs(() => {
    for (let j = 0; j < 10; j += 1) run();
  }, 5);
}

/** An instance of the template whose values make it `length` characters long: plain text. */
function plainInstance(template: string, length: number): string {
  const parts = templateParts(template);
  const slots = parts.filter((p) => p.variable).length;
  const room = length - parts.reduce((n, p) => n + (p.variable ? 0 : p.text.length), 0);
  return parts.map((p) => (p.variable ? 'x'.repeat(Math.floor(room / slots)) : p.text)).join('');
}

describe('crafted messages', () => {
  // A backtracking matcher spent milliseconds on a crafted 2 KB text, hundreds of times what a
  // plain instance of the same length cost (its cost grew with the length cubed). A linear one
  // costs about the same for both. Compared on the same machine, so a slow one does not fail it.
  it('cost every template about what a plain text of the same length does', () => {
    let worst = { ratio: 0, template: '' };
    const cost = (t: string, texts: string[]) =>
      fastest(() => {
        for (const m of texts) {
          matchTemplate(t, m);
          matchTemplateAt(t, m);
          matchTemplateStart(t, m);
        }
      });
    for (const t of templates) {
      const crafted = craftedMessages(t, 2000);
      const plain = crafted.map(() => plainInstance(t, 2000));
      const ratio = cost(t, crafted) / cost(t, plain);
      if (ratio > worst.ratio) worst = { ratio, template: t };
    }
    expect(worst.ratio, worst.template).toBeLessThan(40);
  });
});
