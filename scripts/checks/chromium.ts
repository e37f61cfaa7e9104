/**
 * How every tool here starts Chromium (Playwright's e2e, the Lighthouse audits): one binary and
 * one flag list, so the browser tested is the browser audited. No sandbox, GPU or background
 * traffic on a shared build machine.
 */
export const CHROMIUM_PATH = process.env.CHROME_PATH ?? '/usr/bin/chromium';

export const CHROMIUM_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];
