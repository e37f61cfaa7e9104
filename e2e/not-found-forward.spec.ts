import { expect, test } from '@playwright/test';
import { expectNoExternal, recordExternal } from './support/no-external';

// The 404 page lowercases a path in capitals; a path that begins like a host
// (`//Evil.example/x`, `/\Evil.example`) must still land on this origin.
for (const p of [
  '//Evil.example/x',
  '///Evil.example/x',
  '/\\Evil.example/x',
  '/%2F%2FEvil.example',
]) {
  test(`${p} stays on the site`, async ({ page, baseURL }) => {
    const outside = await recordExternal(page, baseURL!);
    await page.goto(`${baseURL}${p}`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Not catalogued');
    // The forward, if any, has happened: the path is lowercase.
    await page.waitForFunction(() => location.pathname === location.pathname.toLowerCase());
    expect(new URL(page.url()).origin).toBe(new URL(baseURL!).origin);
    expectNoExternal(outside);
  });
}
