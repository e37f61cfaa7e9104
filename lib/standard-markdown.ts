import type { StandardEntry } from '@/lib/catalog/types';
import { answerMarkdown, code } from '@/lib/entry-markdown';

/**
 * `<entry path>.md` of a telecom standard code (`/standards/sip/486.md`): its page as plain
 * Markdown, in the page's order and words (app/standards/[id]/[slug]/page.tsx): the title, In
 * short, our explanation, then the standard's facts verbatim with the sources that give them.
 * Pure: the build writes it beside the page.
 */

/** A fact's value as the page shows it: text as is, lists and maps as JSON. */
function factValue(value: unknown): string {
  return typeof value === 'object' && value !== null ? JSON.stringify(value) : String(value);
}

export function standardMarkdown(
  entry: StandardEntry,
  standard: { name: string },
  site: string,
): string {
  const ours = '_Errdex guidance in our own words, not the standard’s text._';
  const lines = [`# ${entry.code} ${entry.title} (${standard.name})`, ''];
  lines.push(`Page: ${site}${entry.url}`, '');
  if (entry.aliases.length)
    lines.push(`Also looked up as: ${entry.aliases.map((a) => code(a)).join(', ')}`, '');
  lines.push(...answerMarkdown(entry.body, entry.errdex, ours, entry.faultWords));
  lines.push(
    '## Facts from the sources',
    '',
    '_The standard’s facts as its sources give them, keys and values verbatim; `sources` lists the sources that have this code._',
    '',
    ...Object.entries(entry.facts).map(
      ([key, value]) => `- ${code(key)}: ${code(factValue(value))}`,
    ),
    '',
  );
  return `${lines.join('\n').trimEnd()}\n`;
}
