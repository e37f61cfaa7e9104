import { z } from 'zod';

/** What a change record says happened to an entry. */
type ChangeKind = ChangeRecord['kind'];

/** How each kind reads on a page and in the feed. */
export const CHANGE_KIND_LABELS: Record<ChangeKind, string> = {
  added: 'Added',
  'message-changed': 'Message changed',
  'status-changed': 'Status changed',
  'observed-wording-added': 'Observed wording added',
  'marked-undocumented': 'Marked undocumented',
};

const status = z.number().int().min(100).max(599);

const common = {
  /** The entry the record is about: `<vendor>/<slug>`. */
  entry: z.string().regex(/^[a-z0-9][a-z0-9-]*\/[a-z0-9][a-z0-9-]*$/, 'a "<vendor>/<slug>" key'),
  /** The day the change entered the catalog (YYYY-MM-DD). */
  date: z.iso.date('a date written YYYY-MM-DD'),
};

/**
 * One line of `content/changes.yaml`. Each record keeps the values it recorded, so the catalog
 * can be checked against the latest record of every entry.
 */
export const changeRecordSchema = z.discriminatedUnion('kind', [
  z.strictObject({
    ...common,
    /** The entry entered the catalog. */
    kind: z.literal('added'),
    /** The documented message when it was added, verbatim. */
    message: z.string().min(1),
    /** The documented status text when it was added; null when none was documented. */
    status: z.string().min(1).nullable(),
    /** The normalized statuses when it was added. */
    statuses: z.array(status),
  }),
  z.strictObject({
    ...common,
    /** The vendor's documented message changed. */
    kind: z.literal('message-changed'),
    /** The new message, verbatim. */
    message: z.string().min(1),
    /** The message it replaced. */
    was: z.string().min(1),
  }),
  z.strictObject({
    ...common,
    /** The documented status (or its normalized statuses) changed. */
    kind: z.literal('status-changed'),
    /** The new documented status text; null when none is documented any more. */
    status: z.string().min(1).nullable(),
    /** The new normalized statuses. */
    statuses: z.array(status),
    /** The documented status text it replaced. */
    was: z.string().min(1).nullable(),
  }),
  z.strictObject({
    ...common,
    /** A wording the API was seen to return was added to the entry. */
    kind: z.literal('observed-wording-added'),
    /** The observed text, verbatim. */
    wording: z.string().min(1),
  }),
  z.strictObject({
    ...common,
    /** The entry is known from observed responses, not from the vendor's documentation. */
    kind: z.literal('marked-undocumented'),
  }),
]);

export type ChangeRecord = z.infer<typeof changeRecordSchema>;

/** A record as an entry carries it (in `/catalog.json` and the entry's JSON): without its key. */
export type EntryChange = DistributiveOmit<ChangeRecord, 'entry'>;
type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;
