import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { STANDARDS } from '@/lib/namespaces/standards';
import {
  ASSESSMENT_WORDS,
  CATEGORIES,
  FAULT_LABELS,
  FAULTS,
  RETRIES,
  STANDARD_KINDS,
  faultLabel,
  faultLine,
} from './taxonomy';

// The CLI schema is shared with the other faces; in a checkout it sits beside the repository.
const schema = JSON.parse(
  fs.readFileSync(path.resolve(process.cwd(), '../shared/cli.schema.json'), 'utf8'),
) as { $defs: { Item: { properties: Record<string, { enum?: string[] }> } } };

const schemaEnum = (field: string): string[] => schema.$defs.Item.properties[field]?.enum ?? [];

describe('the one label table covers every value the CLI schema allows', () => {
  for (const field of ['category', 'fault', 'retry'] as const) {
    it(`has a plain label for every ${field} of cli.schema.json`, () => {
      const values = schemaEnum(field);
      expect(values.length).toBeGreaterThan(0);
      const labels: Record<string, string> = ASSESSMENT_WORDS[field].labels;
      const missing = values.filter((v) => !labels[v]?.trim());
      expect(missing).toEqual([]);
    });
  }

  it('knows the same enum values as the schema, no more and no fewer', () => {
    expect([...CATEGORIES].sort()).toEqual([...schemaEnum('category')].sort());
    expect([...FAULTS].sort()).toEqual([...schemaEnum('fault')].sort());
    expect([...RETRIES].sort()).toEqual([...schemaEnum('retry')].sort());
  });
});

describe('fault words for standard codes', () => {
  it('tell every fault in the words of a call and of a message', () => {
    for (const kind of STANDARD_KINDS)
      for (const fault of FAULTS)
        expect(ASSESSMENT_WORDS.fault.byStandardKind[kind][fault].trim()).not.toBe('');
  });

  it('put a SIP busy (fault remote) on the called side, not a system a platform calls', () => {
    expect(faultLabel('remote', 'call')).toBe(
      'the called party or the network beyond your provider',
    );
    expect(faultLine('remote', 'call')).toBe(
      'Who must fix it: the called party or the network beyond your provider',
    );
    expect(faultLabel('vendor', 'message')).toContain('SMS centre');
  });

  it('leave the vendor words as they are when no standard is named', () => {
    for (const fault of FAULTS) expect(faultLabel(fault)).toBe(FAULT_LABELS[fault]);
    expect(faultLine('remote')).toBe('Who must fix it: a system the platform talks to for you');
  });

  it('know the words of every standard namespace', () => {
    for (const s of STANDARDS) expect(faultLabel('remote', s.kind)).not.toBe(FAULT_LABELS.remote);
    expect(faultLabel('remote', 'call')).toBe(faultLabel('remote', 'call'));
    expect(faultLabel('remote', 'message')).not.toBe(faultLabel('remote', 'call'));
  });
});
