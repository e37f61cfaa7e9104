/**
 * The "In short" answer of an entry, read from its own explanation (MDX body) and nothing else:
 * the first sentence of "What it means" and the first step of "What to do". Pure: no fs, no DOM.
 *
 * Texts keep their inline code spans (`like this`) so a page can show them as code; links and
 * emphasis are reduced to their words. `plainText` gives the same text without the backticks,
 * which is what the decoder, search cards and the CLI print.
 */
export type EntrySummary = {
  /** First sentence of "What it means". */
  meaning: string;
  /** First step of "What to do": its first list item, or its first sentence when it has no list. */
  firstStep: string;
  /** How many more list items (or, for prose, paragraphs) "What to do" holds after the first. */
  moreSteps: number;
};

/** The raw lines of one `## Heading` section (up to the next `#` or `##` heading), or null. */
function sectionLines(body: string, heading: string): string[] | null {
  const lines = body.split(/\r?\n/);
  const wanted = `## ${heading}`.toLowerCase();
  const start = lines.findIndex((l) => l.trim().toLowerCase() === wanted);
  if (start < 0) return null;
  const rest: string[] = [];
  for (const line of lines.slice(start + 1)) {
    if (/^#{1,2}\s/.test(line)) break;
    rest.push(line);
  }
  return rest;
}

const ITEM = /^\s{0,3}(?:[-*+]|\d+[.)])\s+/;

/** Paragraphs and list items of a section, each as one line of inline Markdown. */
function blocks(lines: string[]): { text: string; item: boolean }[] {
  const out: { text: string; item: boolean }[] = [];
  let current: { text: string; item: boolean } | null = null;
  for (const line of lines) {
    if (line.trim() === '') {
      current = null;
      continue;
    }
    if (ITEM.test(line)) {
      current = { text: line.replace(ITEM, '').trim(), item: true };
      out.push(current);
    } else if (current) {
      current.text = `${current.text} ${line.trim()}`;
    } else {
      current = { text: line.trim(), item: false };
      out.push(current);
    }
  }
  return out;
}

/** Split inline Markdown into text and code spans (a lone backtick stays text). */
function inlineParts(md: string): { code: boolean; text: string }[] {
  const parts: { code: boolean; text: string }[] = [];
  const re = /`([^`]+)`/g;
  let last = 0;
  for (let m = re.exec(md); m; m = re.exec(md)) {
    if (m.index > last) parts.push({ code: false, text: md.slice(last, m.index) });
    parts.push({ code: true, text: m[1] ?? '' });
    last = m.index + m[0].length;
  }
  if (last < md.length) parts.push({ code: false, text: md.slice(last) });
  return parts;
}

/** Links and emphasis reduced to their words; code spans kept as written. */
function reduceInline(md: string): string {
  return inlineParts(md)
    .map((p) =>
      p.code
        ? `\`${p.text}\``
        : p.text
            .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
            .replace(/(\*\*|__)(.+?)\1/g, '$2')
            .replace(/(^|[^\w*])[*_]([^*_\s][^*_]*?)[*_](?=[^\w*]|$)/g, '$1$2'),
    )
    .join('')
    .replace(/\s+/g, ' ')
    .trim();
}

/** The inline Markdown without code-span backticks: what a plain-text face shows. */
export function plainText(md: string): string {
  return inlineParts(md)
    .map((p) => p.text)
    .join('');
}

/**
 * The first sentence of inline Markdown. A sentence ends at `.`, `!` or `?` outside a code span,
 * followed by a space and something that does not continue it in lower case (so "e.g. the" and
 * "i.e. a" stay inside).
 */
export function firstSentenceOf(md: string): string {
  // Mask code spans so punctuation inside them never ends a sentence.
  // Masked with capitals: a code span after a full stop starts a new sentence.
  const masked = md.replace(/`[^`]+`/g, (s) => 'X'.repeat(s.length));
  const m = /[.!?](?=\s+[^a-z\s]|$)/.exec(masked);
  return (m ? md.slice(0, m.index + 1) : md).trim();
}

/** The In-short summary of an MDX explanation, or null when either section is missing or empty. */
export function entrySummary(body: string): EntrySummary | null {
  const meaningLines = sectionLines(body, 'What it means');
  const todoLines = sectionLines(body, 'What to do');
  if (!meaningLines || !todoLines) return null;
  const meaningBlock = blocks(meaningLines)[0];
  const todo = blocks(todoLines);
  const first = todo[0];
  if (!meaningBlock || !first) return null;
  const meaning = firstSentenceOf(reduceInline(meaningBlock.text));
  const items = todo.filter((b) => b.item);
  const firstStep = first.item
    ? reduceInline(first.text)
    : firstSentenceOf(reduceInline(first.text));
  const moreSteps = first.item ? items.length - 1 : todo.length - 1;
  if (!meaning || !firstStep) return null;
  return { meaning, firstStep, moreSteps };
}

/** The headings an explanation is written under, in the order the content uses. */
export const EXPLANATION_SECTIONS = ['What it means', 'Likely causes', 'What to do'] as const;
export type ExplanationSection = (typeof EXPLANATION_SECTIONS)[number];

/**
 * The explanation cut into its sections (Markdown source without the heading), so a page can
 * place each one where a reader needs it. A section the body lacks is absent.
 */
export function explanationSections(body: string): Partial<Record<ExplanationSection, string>> {
  const out: Partial<Record<ExplanationSection, string>> = {};
  for (const heading of EXPLANATION_SECTIONS) {
    const lines = sectionLines(body, heading);
    const text = lines?.join('\n').trim();
    if (text) out[heading] = text;
  }
  return out;
}

/**
 * `/search-steps.json`: each entry's first step in plain text, keyed by its URL. Kept apart from
 * the search data, which it would double: /search/ fetches it beside the data to put the first
 * step on its result cards, and the header box, which shows no steps, never does.
 */
export function firstSteps(
  entries: readonly { url: string; body: string }[],
): Record<string, string> {
  const steps: Record<string, string> = {};
  for (const entry of entries) {
    const summary = entrySummary(entry.body);
    if (summary) steps[entry.url] = plainText(summary.firstStep);
  }
  return steps;
}
