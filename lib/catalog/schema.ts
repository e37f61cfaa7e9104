import { z } from 'zod';
import { isPublicSource } from './public-source';
import { vendorFormat, vendorFormats } from '@/lib/namespaces/vendors';
import { CATEGORIES, FAULTS, MESSAGE_KINDS, RETRIES } from '@/lib/taxonomy';

const status = z
  .number()
  .int()
  .min(100, 'an HTTP status from 100 to 599')
  .max(599, 'an HTTP status from 100 to 599');
const id = z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'lowercase letters, digits and dashes');

/** A public place a reader can open: an http(s) URL, or `owner/repo@commit:path` in a public repository. */
export const publicSource = z.string().refine(isPublicSource, 'a URL or owner/repo@commit:path');

/** A text the API was seen to return for an entry: verbatim, never edited, with where it was seen. */
const observedSchema = z.strictObject({
  /** The text exactly as the source shows it. */
  text: z.string().min(1),
  /** Where it was seen. */
  source: publicSource,
  /** The HTTP status the source shows with it, when it shows one. */
  status: status.nullable().default(null),
});

/** Where a documented entry's facts come from: the seed document and the line of the row. */
const seedSourceSchema = z.strictObject({
  document: z.string().min(1),
  line: z.number().int().positive(),
});

/** Where an undocumented entry was seen: a public source showing its code with its message. */
const publicSourceSchema = z.strictObject({ url: publicSource });

/** What Errdex writes about an entry: never documented by the vendor, always shown as ours. */
const errdexFieldsSchema = z.strictObject({
  /** What kind of failure this is. */
  category: z.enum(CATEGORIES),
  /** Whose side has to act: the request, the account, the vendor, or a system the vendor calls. */
  fault: z.enum(FAULTS),
  /** Whether and how the same call can succeed later. */
  retry: z.enum(RETRIES),
  /** A template we derived from the vendor's example message, with `${name}` variables (BlueJeans). */
  template: z.string().min(1).nullable().default(null),
  /** Why the normalized statuses differ from the documented text, when they do. */
  statusNote: z.string().min(1).nullable().default(null),
});

/** Frontmatter of one entry file: `content/errors/<vendor>/<slug>.mdx`. */
export const entrySchema = z.strictObject({
  /** Vendor id; a file `content/vendors/<vendor>.mdx` must exist. */
  vendor: id,
  /** The vendor's own identifier, verbatim (`CMN-101`, `AuthenticationFailed`, `1300`); null when it has none. */
  code: z.string().min(1).nullable(),
  /** Other identifiers that resolve to this entry (BlueJeans' numeric errorCode). */
  aliases: z.array(z.string().min(1)).default([]),
  /** URL segment under /vendors/<vendor>/; equals the file name. */
  slug: id,
  /** The HTTP status as the vendor wrote it (`400, 403`, `400.403`, `4003`); null when undocumented. */
  status: z.string().min(1).nullable(),
  /** The statuses used for browsing, normalized from `status`; empty when undocumented. */
  statuses: z.array(status),
  /** The documented message, verbatim, typos and all. */
  message: z.string().min(1),
  /** What kind of text `message` is: the text the API returns, one example of it, or a description. */
  messageKind: z.enum(MESSAGE_KINDS),
  /** The vendor's error type where its body has one (Bandwidth's `type`). */
  type: z.string().min(1).nullable().default(null),
  /** Keys the vendor documents inside the error's detail object (BlueJeans `errorDetails`). */
  detailKeys: z.array(z.string().min(1)).default([]),
  /** Variables of `message` in order (`parameterName`, `0`); each must occur in the message. */
  variables: z.array(z.string().min(1)).default([]),
  /** The heading of the seed section the row sits under. */
  section: z.string().min(1).nullable().default(null),
  /** Where the facts come from: the seed row (documented), or a public source showing code and message. */
  source: z.union([seedSourceSchema, publicSourceSchema]),
  /** False for a code real responses carry that the vendor's documentation lacks (message as observed). */
  documented: z.boolean().default(true),
  /** Texts the API was seen to return for this entry besides `message` ("Also seen as"). */
  observed: z.array(observedSchema).default([]),
  /** Fields written by Errdex, not the vendor. */
  errdex: errdexFieldsSchema,
});

/** Frontmatter of one telecom standard code: `content/standards/<namespace>/<slug>.mdx`. */
export const standardEntrySchema = z.strictObject({
  /** The standard (`sip`, `q850`, `smpp`); a module in lib/namespaces/ knows its facts. */
  namespace: id,
  /** The identifier as the standard writes it (`486`, `17`, `ESME_RTHROTTLED`); written by the importer. */
  code: z.string().min(1),
  /** URL segment under /standards/<namespace>/; equals the file name. */
  slug: z.string().regex(/^[a-z0-9_]+$/, 'lowercase letters, digits and underscores'),
  /** The standard's facts about the code, verbatim from `../shared/standards/<namespace>.json`. */
  facts: z.record(z.string(), z.unknown()),
  /** Fields written by Errdex, not the standard. */
  errdex: z.strictObject({
    /** What kind of outcome this is (`informational` when nothing failed). */
    category: z.enum(CATEGORIES),
    /** Whose side has to act (`none` when nothing failed). */
    fault: z.enum(FAULTS),
    /** Whether and how the same call or message can succeed later. */
    retry: z.enum(RETRIES),
  }),
});

/** Frontmatter of one vendor file: `content/vendors/<vendor>.mdx`. */
export const vendorSchema = z.strictObject({
  /** Vendor id, used in URLs and the CLI; equals the file name. */
  id,
  /** Display name. */
  name: z.string().min(1),
  /** What product the errors come from (`Voice API`, `SMS and Chat Apps APIs`). */
  product: z.string().min(1),
  /** Which body shape the API answers with (a module in `lib/namespaces/`); the decoder recognizes the vendor by it. */
  format: z.string().superRefine((format, ctx) => {
    if (vendorFormat(format) === undefined)
      ctx.addIssue({
        code: 'custom',
        message: `one of the body formats ${vendorFormats()
          .map((f) => f.id)
          .join(', ')}, got "${format}"`,
      });
  }),
  /** The body shape in words. */
  shape: z.string().min(1),
  /** An example error body, as the vendor documents it. */
  example: z.string().min(1),
  /** How Errdex tells a body is this vendor's: the keys it requires. */
  recognizedBy: z.string().min(1),
  /** The seed document the vendor's facts come from. */
  source: z.string().min(1),
});

/** Frontmatter of one status file: `content/statuses/<nnn>.mdx` (our account of the status). */
export const statusDocSchema = z.strictObject({
  /** The HTTP status this file explains; equals the file name. */
  status,
});

/** One group of `content/phrasings.md`: phrasings that say the same thing in API messages. */
const phrasingGroupSchema = z.strictObject({
  /** Names the group in errors and reviews; unique in the file. */
  id,
  /** Two or more phrasings search treats as interchangeable, both ways: lowercase words and spaces. */
  phrases: z
    .array(z.string().regex(/^[a-z0-9]+(?: [a-z0-9]+)*$/, 'lowercase words separated by one space'))
    .min(2, 'at least two phrasings'),
});

/** Frontmatter of `content/phrasings.md`: the curated, reviewed list of equivalent phrasings. */
export const phrasingsSchema = z.strictObject({
  /** The groups, each reviewed as a whole (see the file's body for the rules). */
  groups: z.array(phrasingGroupSchema).min(1, 'at least one group'),
});

export type PhrasingGroup = z.infer<typeof phrasingGroupSchema>;
export type ObservedWording = z.infer<typeof observedSchema>;
export type EntryFrontmatter = z.infer<typeof entrySchema>;
export type StandardEntryFrontmatter = z.infer<typeof standardEntrySchema>;
export type VendorFrontmatter = z.infer<typeof vendorSchema>;
