import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import matter from 'gray-matter';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readStandards, writeStandards } from './standards';

const SHARED = path.resolve('../shared/standards');
const jsonItems = (id: string) =>
  JSON.parse(fs.readFileSync(path.join(SHARED, `${id}.json`), 'utf8')) as Record<string, unknown>[];

let tmp: string;
beforeEach(() => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'errdex-standards-'));
});
afterEach(() => fs.rmSync(tmp, { recursive: true, force: true }));

describe('reading the standards', () => {
  const codes = readStandards(SHARED);

  it('takes every item of each file, facts verbatim', () => {
    for (const id of ['sip', 'q850', 'smpp']) {
      const mine = codes.filter((c) => c.namespace === id);
      expect(mine.map((c) => c.facts)).toEqual(jsonItems(id));
    }
  });

  it('gives the slugs and identifiers DESIGN.md names', () => {
    const find = (ns: string, slug: string) =>
      codes.find((c) => c.namespace === ns && c.slug === slug);
    expect(find('sip', '486')).toMatchObject({ code: '486' });
    expect(find('q850', '17')).toMatchObject({ code: '17' });
    expect(find('smpp', 'esme_rthrottled')).toMatchObject({ code: 'ESME_RTHROTTLED' });
  });

  it('fails on a bad item with one line naming the file, the item and the field', () => {
    for (const id of ['q850', 'smpp'])
      fs.copyFileSync(path.join(SHARED, `${id}.json`), path.join(tmp, `${id}.json`));
    const sip = jsonItems('sip');
    sip[3] = { ...sip[3], class: 'four' };
    fs.writeFileSync(path.join(tmp, 'sip.json'), JSON.stringify(sip));
    expect(() => readStandards(tmp)).toThrow(
      /sip\.json: item 3: field "class": a class such as 4xx$/,
    );
    fs.writeFileSync(path.join(tmp, 'sip.json'), '[{');
    expect(() => readStandards(tmp)).toThrow(/sip\.json: not valid JSON/);
    fs.rmSync(path.join(tmp, 'sip.json'));
    expect(() => readStandards(tmp)).toThrow(/sip\.json: not found/);
  });
});

describe('writing the standards into content', () => {
  const codes = readStandards(SHARED).filter((c) => c.namespace === 'sip');
  const file = (slug: string) => path.join(tmp, 'standards', 'sip', `${slug}.mdx`);

  it('writes the facts, keeps our fields and explanation, and names what is missing or orphaned', () => {
    fs.mkdirSync(path.dirname(file('486')), { recursive: true });
    const ours =
      '---\nnamespace: "sip"\nerrdex:\n  category: "busy"\n  fault: "remote"\n  retry: "backoff"\n---\n\n## What it means\n\nOurs.\n';
    fs.writeFileSync(file('486'), ours);
    fs.writeFileSync(file('999'), ours);
    const result = writeStandards(tmp, codes);
    expect(result.written).toBe(1);
    expect(result.missing).toHaveLength(codes.length - 1);
    expect(result.missing).toContain(file('404'));
    expect(result.orphans).toEqual([file('999')]);

    const written = matter(fs.readFileSync(file('486'), 'utf8'));
    expect(written.content.trim()).toBe('## What it means\n\nOurs.');
    expect(written.data).toEqual({
      namespace: 'sip',
      code: '486',
      slug: '486',
      facts: jsonItems('sip').find((i) => i.code === 486),
      errdex: { category: 'busy', fault: 'remote', retry: 'backoff' },
    });
    const first = fs.readFileSync(file('486'), 'utf8');
    writeStandards(tmp, codes);
    expect(fs.readFileSync(file('486'), 'utf8')).toBe(first);
  });
});
