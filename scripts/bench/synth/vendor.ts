import { vendorFormat } from '@/lib/namespaces/vendors';
import type { SynthFacts, VendorState } from './styles';

/** The vendor file: frontmatter in the shape of `vendorSchema` and a short handling guide. */
export function vendorFile(state: VendorState, name: string, facts: SynthFacts[]): string {
  const format = vendorFormat(state.format);
  if (!format) throw new Error(`synthetic vendor ${state.id}: no body format "${state.format}"`);
  const s = format.labels;
  // The first entry the format's module can build an example body for, as the vendor's example.
  const example = facts.map((f) => format.example(f)).find((body) => body !== null) ?? {};
  const q = JSON.stringify;
  return [
    '---',
    `id: ${q(state.id)}`,
    `name: ${q(name)}`,
    `product: ${q(`${name} ${s.product}`)}`,
    `format: ${q(state.format)}`,
    `shape: ${q(s.shape)}`,
    `example: ${q(JSON.stringify(example, null, 2))}`,
    `recognizedBy: ${q(s.recognizedBy)}`,
    `source: ${q(`synthetic-${state.id}.txt`)}`,
    '---',
    '',
    `## Handling errors from ${name}`,
    '',
    `${name} answers a failed call with the body described above. Log the whole body: the identifier tells you which entry applies, and the HTTP status alone is not enough to decide whether to retry.`,
    '',
    `Retry only what is marked as retryable, with exponential backoff; correct the request for everything else. ${facts.length} errors are catalogued for ${name}.`,
    '',
  ].join('\n');
}
