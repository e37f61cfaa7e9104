import type { Metadata } from 'next';

export const metadata: Metadata = {
  title: 'Framework floor',
  description: 'One paragraph on the framework runtime: what the Lighthouse gate measures against.',
  robots: { index: false },
};

/**
 * Never shipped: scripts/build/postbuild-reading-pages.ts moves it out of out/. The Lighthouse
 * gate measures /search/ and /decode/, which keep the framework runtime, against this page: the
 * site's layout and the framework with nothing of a page's own.
 */
export default function FrameworkFloor() {
  return <p>Errdex.</p>;
}
