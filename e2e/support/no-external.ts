import { expect, type Page } from '@playwright/test';

/**
 * Records every request a page makes to an origin other than the site's, and aborts it so
 * nothing leaves the machine. Call before navigating; check with `expectNoExternal`.
 */
export async function recordExternal(page: Page, siteOrigin: string): Promise<string[]> {
  const origin = new URL(siteOrigin).origin;
  const outside: string[] = [];
  await page.route('**/*', (route) => {
    const url = route.request().url();
    if (new URL(url).origin === origin) return route.continue();
    outside.push(url);
    return route.abort('blockedbyclient');
  });
  return outside;
}

export function expectNoExternal(outside: string[]): void {
  expect(outside, 'requests to another origin').toEqual([]);
}
