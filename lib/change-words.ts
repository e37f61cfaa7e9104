import { CHANGE_KIND_LABELS, type EntryChange } from '@/lib/catalog/changes-schema';

/**
 * One change record in words, the same on the entry page, in its Markdown twin and in the
 * feed: `Message changed: from "…" to "…".` Values are quoted verbatim; a missing status says so.
 */
export function changeLine(change: EntryChange): string {
  return `${CHANGE_KIND_LABELS[change.kind]}: ${changeDetail(change)}.`;
}

function changeDetail(change: EntryChange): string {
  const status = (s: string | null) => (s === null ? 'no documented status' : `status ${s}`);
  switch (change.kind) {
    case 'added':
      return `message "${change.message}", ${status(change.status)}`;
    case 'message-changed':
      return `from "${change.was}" to "${change.message}"`;
    case 'status-changed':
      return `from ${status(change.was)} to ${status(change.status)}`;
    case 'observed-wording-added':
      return `"${change.wording}"`;
    case 'marked-undocumented':
      return "observed, not in the vendor's documentation";
  }
}
