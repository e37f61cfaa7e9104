import { describe, expect, it } from 'vitest';
import { loadCatalog } from '@/lib/catalog/load';
import type { StandardEntry } from '@/lib/catalog/types';
import { STANDARD_SOURCES } from '@/lib/namespaces/sources';
import { STANDARDS } from '@/lib/namespaces/standards';
import { causesMappingTo, sipBySource, standardFactsView } from './standard-view';

const { standards } = loadCatalog();
const byKey = (ns: string, slug: string) => {
  const entry = standards.find((s) => s.namespace === ns && s.slug === slug);
  if (!entry) throw new Error(`no ${ns}/${slug} in content`);
  return entry;
};
const viewOf = (entry: StandardEntry) =>
  standardFactsView(
    entry,
    STANDARDS.find((s) => s.id === entry.namespace)!,
    standards,
  );
const causes = standards.filter((s) => s.namespace === 'q850');
const statuses = standards.filter((s) => s.namespace === 'sip');

describe('Q.850 ↔ SIP links over the catalog', () => {
  it('give every SIP status a cause maps to a page, and link back from it', () => {
    let links = 0;
    for (const cause of causes)
      for (const link of viewOf(cause).sip!.links) {
        links++;
        expect(link.href, `q850/${cause.code} → sip ${link.code}`).toBe(
          `/standards/sip/${link.code}/`,
        );
        const back = viewOf(byKey('sip', link.code)).causes!.find((c) => c.code === cause.code);
        expect(back, `sip ${link.code} lists q850/${cause.code}`).toBeDefined();
        expect(back!.href).toBe(cause.url);
        expect(back!.by.map((b) => b.key).sort()).toEqual(link.by.map((b) => b.key).sort());
      }
    expect(links).toBeGreaterThan(30);
  });

  it('list on a SIP page only causes that map there', () => {
    let links = 0;
    for (const status of statuses)
      for (const c of viewOf(status).causes!) {
        links++;
        const forward = viewOf(byKey('q850', c.code)).sip!.links.find(
          (l) => l.code === status.code,
        );
        expect(forward, `q850/${c.code} maps to sip ${status.code}`).toBeDefined();
      }
    expect(links).toBeGreaterThan(30);
  });

  it('count RFC 3398 (`sip`) as a source of its own beside sip_by_source', () => {
    expect(sipBySource({ sip: 503, sip_by_source: { freeswitch_mod_sofia: 488 } })).toEqual([
      ['rfc3398', 503],
      ['freeswitch_mod_sofia', 488],
    ]);
    expect(sipBySource({ name: 'no mapping' })).toEqual([]);
    const on486 = causesMappingTo('486', standards).map((c) => c.code);
    expect(on486).toContain('17');
  });
});

describe('a disagreement is shown with the source of each side', () => {
  it('Q.850 21: RFC 3398 and Asterisk give 403, FreeSWITCH gives 603', () => {
    const sip = viewOf(byKey('q850', '21')).sip!;
    expect(sip.disagree).toBe(true);
    const who = Object.fromEntries(sip.links.map((l) => [l.code, l.by.map((b) => b.name)]));
    expect(who).toEqual({
      '403': ['RFC 3398', 'Asterisk chan_pjsip'],
      '603': ['FreeSWITCH mod_sofia'],
    });
    expect(viewOf(byKey('sip', '603')).causes!.find((c) => c.code === '21')!.by).toEqual([
      expect.objectContaining({ key: 'freeswitch_mod_sofia' }),
    ]);
  });

  it('Q.850 22: 410 from every mapping source, and the note on OPAL’s 301 verbatim', () => {
    const view = viewOf(byKey('q850', '22'));
    expect(view.sip!.links.map((l) => [l.code, l.by.map((b) => b.key)])).toEqual([
      ['410', ['rfc3398', 'freeswitch_mod_sofia', 'asterisk_chan_pjsip']],
    ]);
    expect(view.note).toBe('RFC 3398: 410 without diagnostic, 301 with diagnostic (OPAL uses 301)');
  });

  it('a name only one source has names that source (SIP 425, Q.850 13)', () => {
    expect(viewOf(byKey('sip', '425')).onlySource?.key).toBe('iana_snapshot_table');
    expect(viewOf(byKey('q850', '13')).onlySource?.name).toBe('Yeti');
    expect(viewOf(byKey('sip', '486')).onlySource).toBeNull();
  });

  it('a cause no source maps says so through its note (Q.850 16)', () => {
    const view = viewOf(byKey('q850', '16'));
    expect(view.sip!.links).toEqual([]);
    expect(view.note).toContain('BYE/CANCEL');
  });
});

describe('the facts rows', () => {
  it('name code, name, class and defining document', () => {
    const rows = Object.fromEntries(viewOf(byKey('sip', '486')).rows.map((r) => [r.term, r.value]));
    expect(rows).toEqual({
      Code: '486',
      Name: 'Busy Here',
      Class: '4xx',
      'Defined in': 'RFC 3261',
    });
    const q = Object.fromEntries(viewOf(byKey('q850', '17')).rows.map((r) => [r.term, r.value]));
    expect(q['Defined in']).toBe('ITU-T Recommendation Q.850');
    expect(q['FreeSWITCH name']).toBe('USER_BUSY');
    const only = viewOf(byKey('q850', '45')).rows.find((r) => r.term === 'Defined in');
    expect(only?.value).toContain('not in the Q.850 lists checked');
    const smpp = viewOf(byKey('smpp', 'esme_rthrottled')).rows;
    expect(smpp.find((r) => r.term === 'Value')?.value).toBe('0x00000058');
  });

  it('explain every source key the catalog names, once per page', () => {
    for (const entry of standards) {
      const cited = viewOf(entry).cited;
      expect(new Set(cited.map((c) => c.key)).size).toBe(cited.length);
      for (const c of cited)
        expect(STANDARD_SOURCES[c.key], `${entry.file}: ${c.key}`).toBeDefined();
    }
  });
});
