import { expect, test, type Page } from '@playwright/test';
import { expectAccessible } from './support/axe';

const RC_BODY = JSON.stringify({
  errors: [
    {
      errorCode: 'CMN-101',
      message: 'Parameter [callerId] value is invalid.',
      parameterName: 'callerId',
    },
    { errorCode: 'MSG-240', message: "Specified recipient [+4420799900] isn't an US phone number" },
  ],
});

async function paste(page: Page, text: string) {
  await page.getByLabel(/Paste an error/).fill(text);
}

test.describe('decoder', () => {
  test('paste shows every match with its values and a link to the entry', async ({ page }) => {
    await page.goto('/decode/');
    await paste(page, `HTTP/1.1 400 Bad Request\ncontent-type: application/json\n\n${RC_BODY}`);
    await expect(page.getByRole('status')).toHaveText(/2 errors recognized/);
    const cards = page.getByRole('heading', { level: 3 });
    await expect(cards).toHaveText(['RingCentral CMN-101', 'RingCentral MSG-240']);
    await expect(page.getByText('callerId', { exact: true }).first()).toBeVisible();
    await expect(page.getByText('+4420799900', { exact: true })).toBeVisible();
    await expect(
      page.getByRole('link', { name: 'Open the entry for RingCentral CMN-101' }),
    ).toHaveAttribute('href', '/vendors/ringcentral/cmn-101/');
  });

  test('a SIP trace shows the failing status and its cause, linked to their pages', async ({
    page,
  }) => {
    await page.goto('/decode/');
    await paste(
      page,
      [
        'SIP/2.0 100 Trying',
        'CSeq: 102 INVITE',
        'SIP/2.0 486 Busy Here',
        'Reason: Q.850;cause=17;text="User busy"',
        'Content-Length: 0',
      ].join('\n'),
    );
    await expect(page.getByRole('status')).toHaveText(/2 errors recognized/);
    await expect(page.getByRole('heading', { level: 3 })).toHaveText([
      'SIP 486 Busy Here',
      'Q.850 17 User busy',
    ]);
    await expect(page.getByText('status not documented')).toHaveCount(0);
    await expect(
      page.getByRole('link', { name: 'Open the entry for SIP 486 Busy Here' }),
    ).toHaveAttribute('href', '/standards/sip/486/');
  });

  test('the Decode button decodes, and nothing recognized says so', async ({ page }) => {
    await page.goto('/decode/');
    await paste(
      page,
      JSON.stringify({
        code: 20404,
        message: 'not found',
        more_info: 'https://www.twilio.com/docs/errors/20404',
        status: 404,
      }),
    );
    await page.getByRole('button', { name: 'Decode' }).click();
    await expect(page.getByRole('status')).toHaveText(/Nothing recognized/);
  });

  test('a lone status line lists the errors documented with it, labelled as status-only', async ({
    page,
  }) => {
    await page.goto('/decode/');
    await paste(page, 'HTTP/1.1 422 Unprocessable Entity');
    await expect(page.getByRole('status')).toHaveText(
      'Only a status: 1 error documented with HTTP 422.',
    );
    await expect(
      page.getByRole('heading', { name: 'Errors documented with HTTP 422' }),
    ).toBeVisible();
    await expect(page.getByRole('link', { name: /^8x8 422 Unprocessable Entity/ })).toHaveAttribute(
      'href',
      '/vendors/8x8/http-422/',
    );
    await expect(
      page.getByRole('link', { name: 'what HTTP 422 means across vendors' }),
    ).toHaveAttribute('href', '/status/422/');
  });

  test('a share link carries the paste in the fragment, masked, and decodes when opened', async ({
    page,
    context,
  }) => {
    await page.goto('/decode/');
    await paste(
      page,
      `Authorization: Bearer sk_live_abcdef123456\n{"password":"hunter2hunter2"}\nfailed errorCode=OAU-146`,
    );
    await expect(page.getByRole('status')).toHaveText(/1 error recognized/);
    await page.getByRole('button', { name: 'Share' }).click();
    await expect(page).toHaveURL(/\/decode\/#p=[A-Za-z0-9_-]+$/);
    const url = page.url();
    expect(new URL(url).search).toBe('');
    const other = await context.newPage();
    await other.goto(url);
    const box = other.getByLabel(/Paste an error/);
    await expect(box).toHaveValue(/errorCode=OAU-146/);
    const value = await box.inputValue();
    expect(value).not.toContain('sk_live_abcdef123456');
    expect(value).not.toContain('hunter2hunter2');
    await expect(other.getByRole('heading', { level: 3 })).toHaveText(['RingCentral OAU-146']);
  });

  test('pasted markup is shown as text and never runs', async ({ page }) => {
    await page.goto('/decode/');
    const evil = '<img src=x onerror="window.__pwned=1"><script>window.__pwned=2</script>';
    const body = JSON.stringify({
      errors: [{ errorCode: 'CMN-102', message: `Resource for parameter [${evil}] is not found` }],
    });
    await paste(page, `${evil}\n${body}`);
    await expect(page.getByRole('status')).toHaveText(/1 error recognized/);
    await expect(page.getByText(evil, { exact: true })).toBeVisible();
    expect(
      await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned),
    ).toBeUndefined();
    expect(await page.locator('main img, main script:not([src])').count()).toBe(0);
  });

  test('nothing leaves the origin while decoding', async ({ page, baseURL }) => {
    const requests: string[] = [];
    page.on('request', (r) => requests.push(r.url()));
    await page.goto('/decode/');
    const secret = 'unique-marker-9f3a';
    await paste(page, `${secret} ${RC_BODY}`);
    await expect(page.getByRole('status')).toHaveText(/2 errors recognized/);
    const origin = new URL(baseURL as string).origin;
    for (const url of requests) {
      expect(
        url.startsWith(`${origin}/`) || url.startsWith('blob:') || url.startsWith('data:'),
        url,
      ).toBe(true);
      expect(url).not.toContain(secret);
    }
  });

  for (const scheme of ['light', 'dark'] as const) {
    test(`axe finds no violation with results shown (${scheme})`, async ({ page }) => {
      await page.emulateMedia({ colorScheme: scheme });
      await page.goto('/decode/');
      await paste(page, `${RC_BODY}\nInternal Server Error`);
      await expect(page.getByRole('heading', { name: 'Recognized errors' })).toBeVisible();
      await expectAccessible(page);
    });
  }

  test('a 4 MB paste decodes in the worker while the page stays responsive', async ({ page }) => {
    await page.goto('/decode/');
    const line = `2025-03-04T12:00:00Z ERROR status=404 body=${JSON.stringify({ errors: [{ errorCode: 'CMN-102', message: 'Resource for parameter [x] is not found' }] })}\nINFO ok id=1\n`;
    const big = line.repeat(Math.ceil((4 * 1024 * 1024) / line.length));
    await page.evaluate((text) => {
      const box = document.querySelector('textarea') as HTMLTextAreaElement;
      const setter = Object.getOwnPropertyDescriptor(HTMLTextAreaElement.prototype, 'value')?.set;
      setter?.call(box, text);
      box.dispatchEvent(new Event('input', { bubbles: true }));
    }, big);
    // The main thread keeps answering while the worker decodes.
    const gap = await page.evaluate(async () => {
      const start = performance.now();
      await new Promise((r) => setTimeout(r, 50));
      return performance.now() - start;
    });
    expect(gap).toBeLessThan(500);
    const status = page.getByRole('status');
    const timing = async () => {
      await expect(status).toHaveText(/1 error recognized in \d+ ms/, { timeout: 15_000 });
      return Number((await status.textContent())?.match(/in (\d+) ms/)?.[1]);
    };
    const runs = [await timing()];
    // Decode twice more: on a shared, loaded machine a run can be descheduled; the best run
    // is the decoder's own speed.
    for (let i = 0; i < 2; i += 1) {
      // Count the status line's changes: a fast decode can show "Decoding…" for less time than
      // an assertion polls, and may end on the very same text as the run before.
      await page.evaluate(() => {
        const el = document.querySelector('[role="status"]') as HTMLElement;
        const w = window as unknown as { statusChanges: number };
        w.statusChanges = 0;
        new MutationObserver(() => (w.statusChanges += 1)).observe(el, {
          subtree: true,
          childList: true,
          characterData: true,
        });
      });
      await page.getByRole('button', { name: 'Decode' }).click();
      await page.waitForFunction(
        () => (window as unknown as { statusChanges: number }).statusChanges >= 2,
        undefined,
        { timeout: 15_000 },
      );
      runs.push(await timing());
    }
    expect(Math.min(...runs)).toBeLessThanOrEqual(1000);
  });
});
