import type { ComponentProps } from 'react';

/**
 * Links between Errdex pages: plain anchors. Reading pages carry no framework runtime, so a
 * client-side navigation could not work there anyway; on /search/ and /decode/ a full load of a
 * small static page costs a reader little and nothing is prefetched on sight.
 */
export function SiteLink(props: ComponentProps<'a'> & { href: string }) {
  return <a {...props} />;
}
