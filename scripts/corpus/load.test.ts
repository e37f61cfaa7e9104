import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCorpus } from './load';
import { judge } from './run';

const KNOWN = new Set(['ringcentral/oau-251', 'ringcentral/oau-128']);
const GOOD = `items:
  - id: one
    kind: decode
    source: "https://example.com/t/1"
    input: |-
      {"errors":[{"errorCode":"OAU-251"}]}
    expect: [ringcentral/oau-251]
  - id: two
    kind: search
    source: "acme/sdk@0123abc:test/err.json"
    input: "token expired"
    expect: [ringcentral/oau-128]
`;

function load(files: Record<string, string>) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'errdex-corpus-'));
  for (const [name, text] of Object.entries(files)) fs.writeFileSync(path.join(dir, name), text);
  return () => loadCorpus(dir, KNOWN);
}

describe('loading corpus files', () => {
  it('reads every item with its file, whitespace kept', () => {
    const items = load({ 'a.yaml': GOOD })();
    expect(items.map((i) => [i.id, i.kind, i.file.endsWith('a.yaml')])).toEqual([
      ['one', 'decode', true],
      ['two', 'search', true],
    ]);
    expect(items[0]?.input).toBe('{"errors":[{"errorCode":"OAU-251"}]}');
  });

  it.each([
    [
      'an id used twice across files',
      { 'a.yaml': GOOD, 'b.yaml': GOOD },
      'b.yaml: item "one", field "id": a unique id',
    ],
    [
      'a source that is not a URL',
      { 'a.yaml': GOOD.replace('https://example.com/t/1', 'a forum') },
      'item "one", field "source": a URL or owner/repo@commit:path',
    ],
    [
      'an unknown kind',
      { 'a.yaml': GOOD.replace('kind: decode', 'kind: lookup') },
      'item "one", field "kind"',
    ],
    [
      'an entry that does not exist',
      { 'a.yaml': GOOD.replace('[ringcentral/oau-128]', '[ringcentral/oau-999]') },
      'item "two", field "expect": existing entries, "ringcentral/oau-999" is not one',
    ],
    [
      'a search item expecting nothing',
      { 'a.yaml': GOOD.replace('[ringcentral/oau-128]', '[]') },
      'item "two", field "expect": at least one entry',
    ],
    [
      'an unknown field',
      { 'a.yaml': GOOD.replace('kind: search', 'kind: search\n    why: x') },
      'item "two", field "why"',
    ],
    ['broken YAML', { 'a.yaml': 'items: [' }, 'a.yaml: (file): valid YAML'],
  ])('rejects %s with one line naming the file, item and field', (_what, files, message) => {
    expect(load(files)).toThrow(message);
  });
});

describe('judging an item', () => {
  const [decodeItem, searchItem] = load({ 'a.yaml': GOOD })();
  it('wants decode matches exactly and in order, search in the top 3', () => {
    expect(judge(decodeItem!, ['ringcentral/oau-251']).exact).toBe(true);
    expect(judge(decodeItem!, ['ringcentral/oau-251', 'ringcentral/oau-128']).exact).toBe(false);
    expect(judge(searchItem!, ['x/1', 'x/2', 'ringcentral/oau-128']).hit3).toBe(true);
    expect(judge(searchItem!, ['x/1', 'x/2', 'x/3', 'ringcentral/oau-128']).hit3).toBe(false);
  });

  it('counts a body of another API as a hit only when nothing matched', () => {
    const foreign = { ...decodeItem!, expect: [] };
    expect(judge(foreign, []).hit1).toBe(true);
    expect(judge(foreign, ['ringcentral/oau-251'])).toMatchObject({ hit1: false, exact: false });
  });
});
