import type { Entry } from '@/lib/catalog/types';
import { noCodeLabel, noCodeText } from '@/lib/entry-view';
import { CATEGORY_LABELS, UNDOCUMENTED_MARK } from '@/lib/taxonomy';
import { MessageText } from './message-text';

/**
 * A compact list of errors: code (or "no code"), message (after a mark when the vendor's
 * documentation lacks the entry), our category; each a link to its page.
 * Vendor and status pages list every error, thousands at scale, and each row is sent twice (HTML
 * and the RSC payload) and stored twice more (.txt payload files): so rows carry no classes (the
 * `.entry-list` rules in globals.css style them), a plain `<a>` rather than `Link` or
 * `EntryCodeLink` (no client component, nested spans or prefetch per row) and an index key.
 */
export function EntryList({ entries }: { entries: Entry[] }) {
  return (
    <ul className="entry-list">
      {entries.map((e, i) => (
        // The list never reorders on the client, so the index is a stable key (and a short one).
        <li key={i}>
          <a
            href={e.url}
            // Spread, not `undefined`, so rows with a code carry no attribute in the payload.
            {...(e.code === null ? { 'aria-label': noCodeLabel(e) } : {})}
          >
            {e.code ?? noCodeText(e)}
          </a>{' '}
          <span>
            {e.documented ? null : (
              <>
                <strong>{UNDOCUMENTED_MARK}</strong>{' '}
              </>
            )}
            <MessageText text={e.message} variables={e.variables} compact />
          </span>{' '}
          <small>{CATEGORY_LABELS[e.errdex.category]}</small>
        </li>
      ))}
    </ul>
  );
}
