import NextLink from 'next/link';
import type { ComponentProps } from 'react';

/**
 * Links between Errdex pages. Next.js prefetches every link that scrolls into view; an entry
 * page shows a dozen or more, and fetching and parsing their payloads during load was the
 * largest share of its main-thread work under Lighthouse. The pages are small static files, so
 * fetching on click costs a reader little.
 */
export function SiteLink(props: ComponentProps<typeof NextLink>) {
  return <NextLink prefetch={false} {...props} />;
}
