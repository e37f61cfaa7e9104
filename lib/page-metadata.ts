import { SITE_NAME, SITE_URL } from './site';

/** An absolute URL on the site for a site-relative path. */
export function absoluteUrl(path: string): string {
  return `${SITE_URL}${path.startsWith('/') ? path : `/${path}`}`;
}

/**
 * Title, description, canonical and Open Graph for one page. A page's openGraph replaces the
 * layout's wholesale, so every page sets all of it here.
 */
export function pageMetadata(page: { title: string; description: string; path: string }) {
  const url = absoluteUrl(page.path);
  return {
    title: page.title,
    description: page.description,
    alternates: { canonical: url },
    openGraph: {
      siteName: SITE_NAME,
      type: 'website' as const,
      title: `${page.title} · ${SITE_NAME}`,
      description: page.description,
      url,
    },
  };
}
