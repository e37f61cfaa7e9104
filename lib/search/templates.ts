import { hasVariables, matchTemplate, templateParts, type TemplatePart } from '@/lib/template';
import { words } from './text';
import type { SearchDocument } from './types';

/** The template a query may be an instance of: our derived one, else a returned message with variables. */
export function matchableTemplate(doc: SearchDocument): string | null {
  if (doc.template) return doc.template;
  return doc.messageKind === 'returned' && doc.message.includes('{') && hasVariables(doc.message)
    ? doc.message
    : null;
}

/** Words of the template's literal text that no variable touches: any instance contains them whole. */
function wholeLiteralWords(parts: TemplatePart[]): string[] {
  const out: string[] = [];
  parts.forEach((part, i) => {
    if (part.variable !== undefined) return;
    const ws = words(part.text);
    const touchesBefore = i > 0 && /^[\p{L}\p{N}]/u.test(part.text);
    const touchesAfter = i < parts.length - 1 && /[\p{L}\p{N}]$/u.test(part.text);
    out.push(...ws.slice(touchesBefore ? 1 : 0, touchesAfter ? ws.length - 1 : ws.length));
  });
  return out;
}

/**
 * Finds the templates a query is an instance of without trying them all: each template is filed
 * under its rarest whole literal word, and only templates filed under a word of the query are
 * matched. Templates with no such word (all variables) would match anything and are left out.
 */
export function createTemplateMatcher(docs: readonly SearchDocument[]) {
  const templates: { id: number; template: string; anchors: string[]; literal: number }[] = [];
  const frequency = new Map<string, number>();
  docs.forEach((doc, id) => {
    const template = matchableTemplate(doc);
    if (!template) return;
    const parts = templateParts(template);
    const anchors = [...new Set(wholeLiteralWords(parts))];
    if (anchors.length === 0) return;
    for (const w of anchors) frequency.set(w, (frequency.get(w) ?? 0) + 1);
    const literal = parts
      .filter((p) => p.variable === undefined)
      .reduce((n, p) => n + p.text.trim().length, 0);
    templates.push({ id, template, anchors, literal });
  });
  const byAnchor = new Map<string, typeof templates>();
  for (const t of templates) {
    const rarest = t.anchors.reduce((a, b) =>
      (frequency.get(b) ?? 0) < (frequency.get(a) ?? 0) ? b : a,
    );
    const list = byAnchor.get(rarest);
    if (list) list.push(t);
    else byAnchor.set(rarest, [t]);
  }

  return {
    /** Documents whose template the query is an instance of, with the bound values and literal share. */
    match(query: string, queryWords: readonly string[]) {
      const out: { id: number; params: Record<string, string>; literal: number }[] = [];
      const present = new Set(queryWords);
      for (const w of present) {
        for (const t of byAnchor.get(w) ?? []) {
          // Every whole literal word must be in the query before the regex is worth running.
          if (!t.anchors.every((a) => present.has(a))) continue;
          const params = matchTemplate(t.template, query);
          if (params) out.push({ id: t.id, params, literal: t.literal });
        }
      }
      return out;
    },
  };
}
