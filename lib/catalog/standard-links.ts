import { z } from 'zod';
import { entryKey } from './tokens';
import type { Entry, StandardEntry } from './types';
import { ContentError } from './content-file';

const key = (what: string) =>
  z
    .string()
    .regex(/^[a-z0-9][a-z0-9-]*\/[a-z0-9_-]+$/, `a ${what} key such as ringcentral/cmn-101`);

/** One curated link between a vendor's error and a standard's code. */
const standardLinkSchema = z.strictObject({
  /** The vendor entry, `<vendor>/<slug>`. */
  entry: key('vendor entry'),
  /** The standard code, `<namespace>/<slug>` (`sip/486`). */
  standard: key('standard code'),
  /** Why they relate, in our words, quoting what the vendor's text says; shown on both pages. */
  why: z.string().min(10, 'a sentence saying why the two relate'),
});

/** `content/standard-links.yaml`: vendor errors whose documented text names a standard code. */
const standardLinksSchema = z.strictObject({
  /** Reviewed by hand; each link is shown on both pages. */
  links: z.array(standardLinkSchema),
});

export type StandardLink = z.infer<typeof standardLinkSchema>;

/** The file's links, each naming an entry and a code that exist, each pair once. */
export function parseStandardLinks(
  file: string,
  data: unknown,
  entries: Entry[],
  standards: StandardEntry[],
): StandardLink[] {
  const result = standardLinksSchema.safeParse(data);
  if (!result.success) {
    const issue = result.error.issues[0];
    throw new ContentError(file, issue?.path.join('.') || '(file)', issue?.message ?? 'invalid');
  }
  const entryKeys = new Set(entries.map(entryKey));
  const standardKeys = new Set(standards.map((s) => `${s.namespace}/${s.slug}`));
  const seen = new Set<string>();
  result.data.links.forEach((link, i) => {
    if (!entryKeys.has(link.entry))
      throw new ContentError(
        file,
        `links.${i}.entry`,
        `a catalogued entry, "${link.entry}" is not`,
      );
    if (!standardKeys.has(link.standard))
      throw new ContentError(
        file,
        `links.${i}.standard`,
        `a catalogued standard code, "${link.standard}" is not`,
      );
    const pair = `${link.entry} ${link.standard}`;
    if (seen.has(pair))
      throw new ContentError(file, `links.${i}`, `each pair once, "${pair}" repeats`);
    seen.add(pair);
  });
  return result.data.links;
}
