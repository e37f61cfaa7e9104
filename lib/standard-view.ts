import type { StandardEntry } from '@/lib/catalog/types';
import { sourceInfo } from '@/lib/namespaces/sources';
import type { Standard } from '@/lib/namespaces/standard';

/**
 * What a standard code's page shows of its facts, read from them and nothing else: who names
 * the code and how, where the sources disagree (each side with its source), and the Q.850 ↔ SIP
 * mappings in both directions. Pure, so the page and its tests read the same view.
 */

/** A source key in words, with where to read it when it is public. */
export type SourceRef = { key: string; name: string; url?: string };

/** A SIP status one or more sources map a Q.850 cause to, or a cause mapping to a SIP status. */
export type MappingLink = {
  code: string;
  title: string | null;
  /** Its page, when the catalog has the code. */
  href: string | null;
  by: SourceRef[];
};

export type StandardFactsView = {
  rows: { term: string; value: string }[];
  /** The sources that give the code under its name. */
  namedBy: SourceRef[];
  /** A disagreement or remark the sources record (`note`), verbatim. */
  note: string | null;
  /** The one source that has the code, when only one does (`unverified`, `single_source`). */
  onlySource: SourceRef | null;
  /** Q.850: the SIP status each source maps the cause to, RFC 3398's first; null elsewhere. */
  sip: { links: MappingLink[]; disagree: boolean; note: string | null } | null;
  /** SIP: the Q.850 causes any source maps to this status; null elsewhere. */
  causes: MappingLink[] | null;
  /** Every source the view names, once, in the order first named: what each key stands for. */
  cited: (SourceRef & { what: string })[];
};

const ref = (key: string): SourceRef => {
  const { name, url } = sourceInfo(key);
  return url ? { key, name, url } : { key, name };
};
const str = (v: unknown): string | null => (typeof v === 'string' && v ? v : null);

/** A Q.850 cause's SIP mapping per source key: `sip_by_source`, with `sip` as RFC 3398's. */
export function sipBySource(facts: Record<string, unknown>): [string, number][] {
  const bySource = { ...((facts.sip_by_source as Record<string, number> | undefined) ?? {}) };
  if (typeof facts.sip === 'number' && bySource.rfc3398 === undefined) bySource.rfc3398 = facts.sip;
  const order = (k: string) => (k === 'rfc3398' ? 0 : 1);
  return Object.entries(bySource).sort((a, b) => order(a[0]) - order(b[0]));
}

/** Groups source → code pairs by code, in first-seen order, each with the sources that give it. */
function groupBy(pairs: [string, string][], find: (code: string) => StandardEntry | undefined) {
  const byCode = new Map<string, SourceRef[]>();
  for (const [key, code] of pairs) byCode.set(code, [...(byCode.get(code) ?? []), ref(key)]);
  return [...byCode].map(([code, by]): MappingLink => {
    const entry = find(code);
    return { code, title: entry?.title ?? null, href: entry?.url ?? null, by };
  });
}

/** The Q.850 causes whose RFC 3398 or per-source SIP mapping is `status`, in cause order. */
export function causesMappingTo(status: string, standards: StandardEntry[]): MappingLink[] {
  return standards
    .filter((s) => s.namespace === 'q850')
    .flatMap((cause) => {
      const by = sipBySource(cause.facts)
        .filter(([, sip]) => String(sip) === status)
        .map(([key]) => ref(key));
      return by.length ? [{ code: cause.code, title: cause.title, href: cause.url, by }] : [];
    });
}

export function standardFactsView(
  entry: StandardEntry,
  standard: Standard,
  standards: StandardEntry[],
): StandardFactsView {
  const f = entry.facts;
  const rows = [
    { term: 'Code', value: entry.code },
    ...(typeof f.value === 'string' ? [{ term: 'Value', value: f.value }] : []),
    { term: 'Name', value: entry.title },
    { term: 'Class', value: entry.group },
    { term: 'Defined in', value: standard.document(f) },
    ...(str(f.freeswitch) ? [{ term: 'FreeSWITCH name', value: str(f.freeswitch)! }] : []),
  ];
  const sources = Array.isArray(f.sources) ? (f.sources as string[]) : [];
  const single = f.unverified === true || f.single_source === true;
  const sipEntry = (code: string) =>
    standards.find((s) => s.namespace === 'sip' && s.slug === code);
  const mapped = sipBySource(f).map(([key, sip]): [string, string] => [key, String(sip)]);
  const sip =
    entry.namespace === 'q850'
      ? {
          links: groupBy(mapped, sipEntry),
          disagree: new Set(mapped.map(([, s]) => s)).size > 1,
          note: str(f.sip_note),
        }
      : null;
  const causes = entry.namespace === 'sip' ? causesMappingTo(entry.code, standards) : null;
  const keys = [
    ...sources,
    ...[...(sip?.links ?? []), ...(causes ?? [])].flatMap((l) => l.by.map((b) => b.key)),
  ];
  return {
    rows,
    namedBy: sources.map(ref),
    note: str(f.note),
    onlySource: single && sources[0] ? ref(sources[0]) : null,
    sip,
    causes,
    cited: [...new Set(keys)].map((key) => ({ ...ref(key), what: sourceInfo(key).what })),
  };
}
