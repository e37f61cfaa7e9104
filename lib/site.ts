/** Site-wide constants shared by layouts, metadata, the sitemap and the CLI. */
export const SITE_NAME = 'Errdex';
export const SITE_TAGLINE =
  'What a communications API error means, whose fault it is, and what to do.';

/** Absolute origin for canonical URLs, the sitemap and Open Graph; set ERRDEX_SITE_URL when deploying. */
export const SITE_URL = (process.env.ERRDEX_SITE_URL ?? 'https://errdex.dev').replace(/\/+$/, '');
