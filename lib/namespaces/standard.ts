import type { z } from 'zod';
import type { StandardKind } from '@/lib/taxonomy';
import type { Recognizer } from './text';

/**
 * What a telecom standard namespace (SIP, Q.850, SMPP) knows about its own codes: the shape of
 * its facts as `../shared/standards/<id>.json` gives them (kept verbatim in content), and how a
 * code's slug and identifier are read from them. Everything else derives from these.
 */
type StandardDefinition<Facts> = {
  /** Namespace id: URL segment under /standards/ and the `vendor` of `--json` items. */
  id: string;
  /** Display name. */
  name: string;
  /** The document that defines its codes, when the facts do not name one per code. */
  document: (facts: Facts) => string;
  /** Short name that prefixes a code in lists, cards and the CLI: `SIP` 486, `Q.850` 17. */
  label: string;
  /** What its codes are about, which sets the words for who must fix one (lib/taxonomy.ts). */
  kind: StandardKind;
  /**
   * The schema of one code's facts, built from the zod the caller passes: the browser's decoder
   * imports the namespace modules, and must not carry zod (only the build validates facts).
   */
  facts: (zod: typeof z) => z.ZodType<Facts>;
  /** URL segment under /standards/<id>/ (DESIGN.md "URL contract additions"). */
  slug: (facts: Facts) => string;
  /** The identifier as the standard writes it: `486`, `17`, `ESME_RTHROTTLED`. */
  code: (facts: Facts) => string;
  /** Its name: the reason phrase, cause name or meaning the standard gives. */
  title: (facts: Facts) => string;
  /** The class it is grouped under on the standard's page (`4xx`, `normal event`). */
  group: (facts: Facts) => string;
  /** Every other identifier that resolves to it under /code/ (`sip-486`, `0x58`, `user_busy`). */
  aliases: (facts: Facts) => string[];
  /** Its place in the standard's own order (the code's number). */
  rank: (facts: Facts) => number;
  /** How its codes show in logs, traces and pastes (lib/namespaces/text.ts). */
  text: readonly Recognizer[];
  /** Codes of other standards it maps to, and who maps it so (Q.850 17 to SIP 486). */
  related?: (facts: Facts) => Related[];
};

/** A code of another standard that one maps to: `{ standard: 'sip', code: '486', by: 'RFC 3398' }`. */
export type Related = { standard: string; code: string; by: string };

/** One code's facts read through its namespace, or the first field that is wrong. */
type ReadCode =
  | {
      ok: true;
      facts: Record<string, unknown>;
      slug: string;
      code: string;
      title: string;
      group: string;
      aliases: string[];
      rank: number;
      related: Related[];
    }
  | { ok: false; field: string; expected: string };

/** A standard namespace, with its facts type hidden so a list can hold every standard. */
export type Standard = {
  id: string;
  name: string;
  /** The defining document of one code, read from its (already validated) facts. */
  document: (facts: Record<string, unknown>) => string;
  label: string;
  kind: StandardKind;
  /** Validates one code's facts (with the zod passed in) and reads them through the namespace. */
  read: (raw: unknown, zod: typeof z) => ReadCode;
  /** Codes of other standards one code maps to, read from its (already validated) facts. */
  related: (facts: Record<string, unknown>) => Related[];
  /** How its codes show in text: what the decoder looks for. */
  text: readonly Recognizer[];
};

export function defineStandard<Facts extends Record<string, unknown>>(
  def: StandardDefinition<Facts>,
): Standard {
  return {
    id: def.id,
    name: def.name,
    document: (facts) => def.document(facts as Facts),
    label: def.label,
    kind: def.kind,
    text: def.text,
    related: (facts) => def.related?.(facts as Facts) ?? [],
    read(raw, zod) {
      const result = def.facts(zod).safeParse(raw);
      if (!result.success) {
        const issue = result.error.issues[0];
        const keys = issue && 'keys' in issue && Array.isArray(issue.keys) ? issue.keys : [];
        const field = [...(issue?.path ?? []), ...keys].map(String).join('.') || '(item)';
        return { ok: false, field, expected: issue?.message ?? 'invalid' };
      }
      const facts = result.data;
      return {
        ok: true,
        facts,
        slug: def.slug(facts),
        code: def.code(facts),
        title: def.title(facts),
        group: def.group(facts),
        aliases: def.aliases(facts),
        rank: def.rank(facts),
        related: def.related?.(facts) ?? [],
      };
    },
  };
}
