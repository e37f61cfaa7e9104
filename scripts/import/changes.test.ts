import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { assertChangesCurrent } from '@/lib/catalog/changes';
import { loadCatalog } from '@/lib/catalog/load';
import { writeChanges } from './changes';

const FIXTURE = path.join(__dirname, '..', '..', 'lib', 'catalog', 'fixtures', 'valid');
let root: string;

beforeEach(() => {
  root = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'errdex-changes-')), 'content');
  fs.cpSync(FIXTURE, root, { recursive: true });
});
afterEach(() => fs.rmSync(path.dirname(root), { recursive: true, force: true }));

describe('npm run changes', () => {
  it('appends a dated record for each difference, keeping the records before it', async () => {
    const before = fs.readFileSync(path.join(root, 'changes.yaml'), 'utf8');
    const file = path.join(root, 'errors', 'acme', 'acm-102.mdx');
    fs.writeFileSync(
      file,
      fs.readFileSync(file, 'utf8').replace('message: "Not found"', 'message: "Gone"'),
    );
    expect(() => assertChangesCurrent(loadCatalog(root).entries, 'changes.yaml')).toThrow(
      /"message"/,
    );
    const drift = await writeChanges(root, '2026-12-05');
    expect(drift.map((d) => d.record)).toEqual([
      {
        entry: 'acme/acm-102',
        date: '2026-12-05',
        kind: 'message-changed',
        message: 'Gone',
        was: 'Not found',
      },
    ]);
    const after = fs.readFileSync(path.join(root, 'changes.yaml'), 'utf8');
    expect(after.startsWith(before)).toBe(true);
    expect(parse(after).at(-1)).toEqual(drift[0]!.record);
    expect(() => assertChangesCurrent(loadCatalog(root).entries, 'changes.yaml')).not.toThrow();
    expect(await writeChanges(root, '2026-12-06')).toEqual([]);
  });

  it('starts a missing change file with its header and an added record per entry', async () => {
    fs.rmSync(path.join(root, 'changes.yaml'));
    const drift = await writeChanges(root, '2026-11-23');
    expect(drift.map((d) => [d.entry, d.record.kind])).toEqual([
      ['acme/acm-101', 'added'],
      ['acme/acm-102', 'added'],
    ]);
    const text = fs.readFileSync(path.join(root, 'changes.yaml'), 'utf8');
    expect(text).toMatch(/^# The catalog's change record/);
  });
});
