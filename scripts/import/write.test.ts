import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import matter from 'gray-matter';
import { describe, expect, it } from 'vitest';
import { loadCatalog } from '@/lib/catalog/load';
import { readSeeds } from './seeds';
import { writeContent } from './write';

describe('re-running the importer over hand-edited content', () => {
  it('keeps bodies and our fields, restores the facts, and reports orphans', () => {
    const root = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'errdex-import-')), 'content');
    const seeds = readSeeds();
    expect(writeContent(root, seeds)).toEqual({ written: 277, orphans: [] });
    expect(loadCatalog(root).entries).toHaveLength(272);

    const file = path.join(root, 'errors', 'ringcentral', 'cmn-301.mdx');
    const edited = matter(fs.readFileSync(file, 'utf8'));
    edited.data.errdex.fault = 'account';
    edited.data.errdex.template = null;
    edited.data.message = 'tampered';
    fs.writeFileSync(file, matter.stringify('## What it means\n\nHand-written.', edited.data));
    const orphan = path.join(root, 'errors', 'ringcentral', 'zzz-999.mdx');
    fs.writeFileSync(orphan, '---\n---\n');

    expect(writeContent(root, seeds).orphans).toEqual([orphan]);
    const after = matter(fs.readFileSync(file, 'utf8'));
    expect(after.content.trim()).toBe('## What it means\n\nHand-written.');
    expect(after.data.errdex.fault).toBe('account');
    expect(after.data.message).toBe('Request rate exceeded');
    fs.rmSync(path.dirname(root), { recursive: true, force: true });
  });
});
