import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ASSESSMENT_WORDS, CATEGORIES, FAULTS, RETRIES } from './taxonomy';

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
