import { describe, expect, it } from 'vitest';
import type { EntryChange } from './changes-schema';
import {
  asEntryChange,
  assertChangesCurrent,
  attachChanges,
  detectChanges,
  missingRecords,
  parseChangeRecords,
  recordedValues,
} from './changes';
import type { Entry } from './types';

const FILE = 'content/changes.yaml';

function entry(over: Partial<Entry> = {}): Entry {
  return {
    vendor: 'ringcentral',
    code: 'CMN-101',
    aliases: [],
    slug: 'cmn-101',
    status: '400, 403',
    statuses: [400, 403],
    message: 'Parameter [${parameterName}] value is invalid.',
    messageKind: 'returned',
    type: null,
    detailKeys: [],
    variables: ['parameterName'],
    section: null,
    source: { document: 'd.txt', line: 1 },
    documented: true,
    observed: [],
    errdex: {
      category: 'validation',
      fault: 'client',
      retry: 'after-change',
      template: null,
      statusNote: null,
    },
    url: '/vendors/ringcentral/cmn-101/',
    tokens: ['cmn-101'],
    body: '',
    file: 'errors/ringcentral/cmn-101.mdx',
    changes: [],
    ...over,
  };
}

const added = (over: Partial<Extract<EntryChange, { kind: 'added' }>> = {}): EntryChange => ({
  date: '2026-11-23',
  kind: 'added',
  message: 'Parameter [${parameterName}] value is invalid.',
  status: '400, 403',
  statuses: [400, 403],
  ...over,
});

describe('parsing the change file', () => {
  it('accepts records of every kind and an empty file', () => {
    const records = parseChangeRecords(FILE, [
      { entry: 'ringcentral/cmn-101', ...added() },
      {
        entry: 'ringcentral/cmn-101',
        date: '2026-12-01',
        kind: 'message-changed',
        message: 'b',
        was: 'a',
      },
      {
        entry: 'ringcentral/cmn-101',
        date: '2026-12-02',
        kind: 'observed-wording-added',
        wording: 'x',
      },
      { entry: 'ringcentral/cmn-101', date: '2026-12-03', kind: 'marked-undocumented' },
    ]);
    expect(records.map((r) => r.kind)).toEqual([
      'added',
      'message-changed',
      'observed-wording-added',
      'marked-undocumented',
    ]);
    expect(parseChangeRecords(FILE, null)).toEqual([]);
  });

  it('names the file, the record and the field of a bad record', () => {
    const bad = { entry: 'ringcentral/cmn-101', ...added(), date: '23.11.2026' };
    expect(() => parseChangeRecords(FILE, [bad])).toThrow(
      /^content\/changes\.yaml: field "\[0\]\.date": a date written YYYY-MM-DD \(ringcentral\/cmn-101\)$/,
    );
    const missing = { entry: 'ringcentral/cmn-101', date: '2026-11-23', kind: 'added' };
    expect(() => parseChangeRecords(FILE, [missing])).toThrow(/field "\[0\]\.message"/);
    const unknown = { entry: 'ringcentral/cmn-101', date: '2026-11-23', kind: 'renamed' };
    expect(() => parseChangeRecords(FILE, [unknown])).toThrow(/field "\[0\]\.kind"/);
    expect(() => parseChangeRecords(FILE, { changes: [] })).toThrow(/a list of change records/);
  });

  it('rejects a record naming no entry, and attaches the rest oldest first', () => {
    const later = {
      entry: 'ringcentral/cmn-101',
      date: '2026-12-01',
      kind: 'marked-undocumented',
    } as const;
    const records = [later, { entry: 'ringcentral/cmn-101', ...added() }];
    const [withChanges] = attachChanges([entry()], records, FILE);
    expect(withChanges?.changes.map((c) => c.kind)).toEqual(['added', 'marked-undocumented']);
    expect(() =>
      attachChanges([entry()], [{ entry: 'ringcentral/cmn-999', ...added() }], FILE),
    ).toThrow(/field "\[0\]\.entry": an entry of the catalog, "ringcentral\/cmn-999" is not one/);
  });
});

describe('checking content against its latest records', () => {
  it('passes an entry whose latest records hold its message and statuses', () => {
    const changed: EntryChange[] = [
      added({ message: 'old', status: '400', statuses: [400] }),
      { date: '2026-12-01', kind: 'message-changed', message: entry().message, was: 'old' },
      {
        date: '2026-12-02',
        kind: 'status-changed',
        status: '400, 403',
        statuses: [400, 403],
        was: '400',
      },
    ];
    expect(() => assertChangesCurrent([entry({ changes: changed })], FILE)).not.toThrow();
  });

  it('fails an entry without an added record, naming the entry', () => {
    expect(() => assertChangesCurrent([entry()], FILE)).toThrow(
      /^content\/changes\.yaml: field "entry": entry ringcentral\/cmn-101 needs an "added" record/,
    );
    const orphan: EntryChange[] = [{ date: '2026-12-01', kind: 'marked-undocumented' }];
    expect(() => assertChangesCurrent([entry({ changes: orphan })], FILE)).toThrow(/"added"/);
  });

  it('fails a changed message or status, naming the entry and the field', () => {
    const e = entry({ changes: [added()] });
    expect(() => assertChangesCurrent([{ ...e, message: 'New text' }], FILE)).toThrow(
      /field "message": entry ringcentral\/cmn-101 needs a "message-changed" record: its message is "New text"/,
    );
    expect(() => assertChangesCurrent([{ ...e, statuses: [400] }], FILE)).toThrow(
      /field "statuses": entry ringcentral\/cmn-101 needs a "status-changed" record/,
    );
    expect(() => assertChangesCurrent([{ ...e, status: '400.403' }], FILE)).toThrow(/"statuses"/);
  });
});

describe('generating the records content needs', () => {
  it('dates one added record per new entry with the values it recorded', () => {
    const drift = detectChanges([entry()], '2026-12-05');
    expect(drift.map((d) => d.record)).toEqual([
      { entry: 'ringcentral/cmn-101', ...added({ date: '2026-12-05' }) },
    ]);
  });

  it('records what changed, keeping what it replaced', () => {
    const e = entry({ changes: [added()], message: 'New text', status: '400', statuses: [400] });
    const records = detectChanges([e], '2026-12-05').map((d) => d.record);
    expect(records).toEqual([
      {
        entry: 'ringcentral/cmn-101',
        date: '2026-12-05',
        kind: 'message-changed',
        message: 'New text',
        was: entry().message,
      },
      {
        entry: 'ringcentral/cmn-101',
        date: '2026-12-05',
        kind: 'status-changed',
        status: '400',
        statuses: [400],
        was: '400, 403',
      },
    ]);
    // Once appended, the entry is current.
    const after = { ...e, changes: [...e.changes, ...records.map(asEntryChange)] };
    expect(detectChanges([after], '2026-12-06')).toEqual([]);
  });

  it('records new observed wordings and an entry marked undocumented, once', () => {
    const was = recordedValues([added()]);
    const now = { message: entry().message, status: '400, 403', statuses: [400, 403] };
    const missing = missingRecords({ ...now, observed: ['Seen text'], documented: false }, was);
    expect(missing.map((m) => [m.field, m.record.kind])).toEqual([
      ['observed', 'observed-wording-added'],
      ['documented', 'marked-undocumented'],
    ]);
    const history = [added(), ...missing.map((m) => m.record)];
    expect(
      missingRecords(
        { ...now, observed: ['Seen text'], documented: false },
        recordedValues(history),
      ),
    ).toEqual([]);
  });
});
