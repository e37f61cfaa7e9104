import { literalText } from '@/lib/template';
import { SeedError } from './types';

/** Statuses the seeds misprint, and what they stand for. Any other odd status fails the import. */
const STATUS_TYPOS: Record<string, number> = { '4003': 403 };

/** Normalizes a documented status (`400, 403`, `400.403`, `4003`) and says what was changed. */
export function normalizeStatus(
  documented: string,
  where: { document: string; line: number },
): { statuses: number[]; note: string | null } {
  const parts = documented.split(/[,.\s]+/).filter(Boolean);
  const statuses: number[] = [];
  const notes: string[] = [];
  for (const part of parts) {
    const typo = STATUS_TYPOS[part];
    if (typo !== undefined) {
      statuses.push(typo);
      notes.push(`"${part}" is not an HTTP status; read as ${typo} (a typo in the source)`);
    } else if (/^[1-5]\d\d$/.test(part)) statuses.push(Number(part));
    else
      throw new SeedError(
        where.document,
        where.line,
        `cannot read the HTTP status "${documented}"`,
      );
  }
  if (/\d\.\d/.test(documented))
    notes.unshift(`read as ${statuses.join(' and ')} (two statuses separated by a period)`);
  return {
    statuses: [...new Set(statuses)],
    note: notes.length ? `Documented as "${documented}": ${notes.join('; ')}.` : null,
  };
}

/** Bandwidth slug: `<status>-` and the message's words in kebab-case, variables dropped, at most 60 characters. */
export function messageSlug(status: number, message: string): string {
  const words = literalText(message)
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
  let slug = String(status);
  for (const word of words) {
    if (slug.length + 1 + word.length > 60) break;
    slug += `-${word}`;
  }
  return slug;
}

/** Pulls the first balanced `{…}` JSON-looking block out of a text. */
export function firstJsonBlock(text: string): string | null {
  const start = text.indexOf('{');
  if (start < 0) return null;
  let depth = 0;
  let inString = false;
  for (let i = start; i < text.length; i += 1) {
    const ch = text[i];
    if (inString) {
      if (ch === '\\') i += 1;
      else if (ch === '"') inString = false;
    } else if (ch === '"') inString = true;
    else if (ch === '{') depth += 1;
    else if (ch === '}' && --depth === 0) return text.slice(start, i + 1);
  }
  return null;
}
