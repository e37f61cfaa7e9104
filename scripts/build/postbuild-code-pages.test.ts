import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createCatalogView } from '@/lib/catalog/index';
import { loadCatalog } from '@/lib/catalog/load';
import { unsafeToken, writeCodePages } from './postbuild-code-pages';

const FIXTURE = path.join(__dirname, '..', '..', 'lib', 'catalog', 'fixtures', 'valid');
let out: string;

beforeEach(() => {
  out = fs.mkdtempSync(path.join(os.tmpdir(), 'errdex-code-'));
});
afterEach(() => fs.rmSync(out, { recursive: true, force: true }));

describe('writing /code/ pages', () => {
  it('writes one index.html per token and replaces what an earlier build left', () => {
    const view = createCatalogView(loadCatalog(FIXTURE));
    fs.mkdirSync(path.join(out, 'code', 'stale'), { recursive: true });
    fs.writeFileSync(path.join(out, 'code', 'stale', 'index.html'), 'old');
    const tokens = [...view.getCodePaths().keys()];
    expect(tokens.length).toBeGreaterThan(0);
    expect(writeCodePages(out, view)).toBe(tokens.length);
    expect(fs.readdirSync(path.join(out, 'code')).sort()).toEqual([...tokens].sort());
    for (const [token, entries] of view.getCodePaths()) {
      const html = fs.readFileSync(path.join(out, 'code', token, 'index.html'), 'utf8');
      for (const e of entries) expect(html).toContain(`href="${e.url}"`);
    }
  });
});

describe('tokens as directory names', () => {
  it('refuses what would leave or nest inside out/code/', () => {
    for (const bad of ['', '.', '..', 'a/b', 'a\\b', 'a\0b'])
      expect(unsafeToken(bad), bad).toBe(true);
    for (const ok of ['cmn-101', '1300', 'authenticationfailed', 'a.b'])
      expect(unsafeToken(ok), ok).toBe(false);
  });
});
