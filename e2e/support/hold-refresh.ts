import type { Page } from '@playwright/test';

/**
 * Serves `urlPath` as a browser that does not follow meta refreshes shows it: the exported
 * HTML with its refresh tag left out, so the forwarding page itself stays to be checked.
 * Returns whether the served page had a refresh to leave out.
 */
export async function holdRefresh(page: Page, urlPath: string): Promise<() => boolean> {
  let held = false;
  await page.route(`**${urlPath}`, async (route) => {
    const response = await route.fetch();
    const html = await response.text();
    const body = html.replace(/<meta http-equiv="refresh"[^>]*>/, '');
    held = body !== html;
    await route.fulfill({
      status: response.status(),
      contentType: 'text/html; charset=utf-8',
      body,
    });
  });
  return () => held;
}
