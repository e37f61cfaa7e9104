import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import matter from 'gray-matter';
import { describe, expect, it } from 'vitest';
import { loadCatalog } from '@/lib/catalog/load';
import { readSeeds } from './seeds';
import { writeContent } from './write';

describe('re-running the importer over hand-edited content', () => {
  it('keeps bodies, our fields and observed wordings, restores the facts, and reports orphans (not undocumented entries)', () => {
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
    const undocumented = path.join(root, 'errors', 'ringcentral', 'oau-999.mdx');
    fs.writeFileSync(undocumented, '---\ndocumented: false\n---\n');
    const observed = path.join(root, 'errors', 'ringcentral', 'cmn-101.mdx');
    const withObserved = matter(fs.readFileSync(observed, 'utf8'));
    const seen = [{ text: 'Seen this way', source: 'https://example.com/t/1', status: 400 }];
    withObserved.data.observed = seen;
    fs.writeFileSync(observed, matter.stringify(withObserved.content, withObserved.data));

    expect(writeContent(root, seeds).orphans).toEqual([orphan]);
    const after = matter(fs.readFileSync(file, 'utf8'));
    expect(after.content.trim()).toBe('## What it means\n\nHand-written.');
    expect(after.data.errdex.fault).toBe('account');
    expect(after.data.message).toBe('Request rate exceeded');
    expect(matter(fs.readFileSync(observed, 'utf8')).data.observed).toEqual(seen);
    fs.rmSync(path.dirname(root), { recursive: true, force: true });
  });
});
