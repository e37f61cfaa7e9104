import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createCatalogView } from './index';
import { loadCatalog } from './load';

const FIXTURE = path.join(__dirname, 'fixtures', 'valid');
const LINKS = 'standard-links.yaml';
let dir: string;

beforeEach(() => {
  dir = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'errdex-')), 'content');
  fs.cpSync(FIXTURE, dir, { recursive: true });
});
afterEach(() => fs.rmSync(path.dirname(dir), { recursive: true, force: true }));

function loadWithLinks(yaml: string): string {
  fs.writeFileSync(path.join(dir, LINKS), yaml);
  try {
    loadCatalog(dir);
  } catch (error) {
    return (error as Error).message;
  }
  throw new Error('loading bad links did not fail');
}

describe('curated vendor ↔ standard links', () => {
  it('show each link from both sides, with the same reason', () => {
    const view = createCatalogView(loadCatalog(dir));
    const entry = view.getEntry('acme', 'acm-101')!;
    const standard = view.getStandardEntry('sip', '486')!;
    expect(view.getLinkedStandards(entry).map((l) => l.standard)).toEqual([standard]);
    expect(view.getLinkedEntries(standard).map((l) => l.entry)).toEqual([entry]);
    expect(view.getLinkedStandards(entry)[0]?.why).toBe(view.getLinkedEntries(standard)[0]?.why);
    expect(view.getLinkedStandards(view.getEntry('acme', 'acm-102')!)).toEqual([]);
  });

  it('is reciprocal over the real content: every link is read back from its code', () => {
    const view = createCatalogView(loadCatalog());
    for (const entry of view.getEntries())
      for (const { standard } of view.getLinkedStandards(entry))
        expect(view.getLinkedEntries(standard).map((l) => l.entry)).toContain(entry);
    for (const standard of view.catalog.standards)
      for (const { entry } of view.getLinkedEntries(standard))
        expect(view.getLinkedStandards(entry).map((l) => l.standard)).toContain(standard);
  });

  it('names the file and field of a link to nothing', () => {
    expect(
      loadWithLinks(
        'links:\n  - entry: acme/acm-999\n    standard: sip/486\n    why: "A reason long enough."\n',
      ),
    ).toBe(
      'content/standard-links.yaml: field "links.0.entry": a catalogued entry, "acme/acm-999" is not',
    );
    expect(
      loadWithLinks(
        'links:\n  - entry: acme/acm-101\n    standard: sip/999\n    why: "A reason long enough."\n',
      ),
    ).toBe(
      'content/standard-links.yaml: field "links.0.standard": a catalogued standard code, "sip/999" is not',
    );
  });

  it('rejects a link without a reason, a pair given twice, and YAML that does not parse', () => {
    expect(loadWithLinks('links:\n  - entry: acme/acm-101\n    standard: sip/486\n')).toMatch(
      /^content\/standard-links\.yaml: field "links\.0\.why": /,
    );
    const one =
      '  - entry: acme/acm-101\n    standard: sip/486\n    why: "A reason long enough."\n';
    expect(loadWithLinks(`links:\n${one}${one}`)).toBe(
      'content/standard-links.yaml: field "links.1": each pair once, "acme/acm-101 sip/486" repeats',
    );
    expect(loadWithLinks('links: [')).toMatch(
      /^content\/standard-links\.yaml: field "\(file\)": valid YAML/,
    );
  });
});
