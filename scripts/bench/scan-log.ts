/**
 * A generated application log for `bench:scan`, from the catalog itself: quiet lines, JSON log
 * records carrying each vendor's documented example body as an escaped string, text lines with
 * an example body inline, `errorCode=` fields and returned messages. Lines differ from each
 * other (timestamp, sequence number), so no cache answers for a repeated line.
 */
import type { Catalog } from '@/lib/catalog/types';

/** An example body on one line: compact JSON, or (an annotated example) its lines joined. */
function oneLine(example: string): string {
  try {
    return JSON.stringify(JSON.parse(example) as unknown);
  } catch {
    return example.replace(/\s*\n\s*/g, ' ');
  }
}

type Kind = (ts: string, seq: number) => string;

/** The kinds of line, as many times each as it should weigh: mostly quiet, as real logs are. */
export function lineKinds(catalog: Catalog): Kind[] {
  const bodies = catalog.vendors.map((v) => ({ vendor: v.id, body: oneLine(v.example) }));
  const codes = catalog.entries.flatMap((e) => (e.code ? [e.code] : []));
  const messages = catalog.entries
    .filter((e) => e.messageKind === 'returned' && e.variables.length === 0)
    .map((e) => e.message);
  const pick = <T>(list: T[], seq: number): T => list[seq % list.length] as T;
  const quiet: Kind = (ts, seq) =>
    `${ts} INFO request ${seq} handled in ${seq % 300} ms path=/api/v1/accounts/${seq % 977}/calls`;
  const debug: Kind = (ts, seq) =>
    JSON.stringify({ ts, level: 'debug', msg: 'cache hit', key: `session:${seq}`, ttl: 300 });
  const record: Kind = (ts, seq) => {
    const { vendor, body } = pick(bodies, seq);
    return JSON.stringify({ ts, level: 'error', vendor, seq, status: 400, body });
  };
  const inline: Kind = (ts, seq) => {
    const { vendor, body } = pick(bodies, seq + 1);
    return `${ts} ERROR ${vendor} call ${seq} failed: ${body}`;
  };
  const code: Kind = (ts, seq) =>
    `${ts} WARN worker job=${seq} errorCode=${pick(codes, seq)} retry=false`;
  const message: Kind = (ts, seq) => `${ts} ERROR ${pick(messages, seq)}`;
  return [quiet, quiet, quiet, quiet, debug, debug, record, inline, code, message];
}

/** Lines `from` to `to` (exclusive) of the log, each ending in a newline. */
export function logLines(kinds: Kind[], from: number, to: number): string {
  let out = '';
  for (let seq = from; seq < to; seq += 1) {
    const ts = new Date(Date.UTC(2026, 0, 1) + seq * 7).toISOString();
    out += (kinds[seq % kinds.length] as Kind)(ts, seq) + '\n';
  }
  return out;
}
